// Offsets and weekday pins: every unit and direction, and blackout days lost.
#include <catch2/catch.hpp>

#include "planner/schedule/steps.hpp"
#include "tests/support/calendars.hpp"
#include "tests/support/schedule.hpp"

using namespace relplan;
using namespace relplan::schedule;
using test::day;

TEST_CASE("step by days, weeks and working days", "[planner][schedule][steps]") {
  const auto team = test::shipped("US,US-FED-CLOSINGS,GB-ENG,DE");
  const auto [from, offset, expected] = GENERATE(table<std::string, Offset, std::string>({
      {"2019-12-11", {2, Unit::working_days}, "2019-12-13"},   // the seed: Wed + 2 working days = Fri
      {"2019-12-17", {-2, Unit::working_days}, "2019-12-13"},  // collateral lead: Tue - 2 = Fri
      {"2019-12-23", {1, Unit::working_days}, "2019-12-27"},   // US closed 24 Dec 2019 (EO 13900), 25, 26
      {"2019-12-21", {3, Unit::days}, "2019-12-24"},           // calendar days ignore holidays
      {"2023-08-11", {3, Unit::weeks}, "2023-09-01"},
      {"2023-10-20", {-2, Unit::weeks}, "2023-10-06"},
      {"2019-12-14", {0, Unit::working_days}, "2019-12-14"},  // zero is the day itself
  }));
  INFO(from << " + " << to_string(offset));
  CHECK(format_date(step(team, day(from), offset).value()) == expected);
}

TEST_CASE("pin to a weekday in each direction", "[planner][schedule][steps]") {
  const auto [from, weekday, direction, expected] = GENERATE(table<std::string, unsigned, PinDirection, std::string>({
      {"2019-12-13", 5, PinDirection::on_or_before, "2019-12-13"},  // a Friday stays
      {"2019-12-13", 5, PinDirection::before, "2019-12-06"},
      {"2019-12-16", 5, PinDirection::on_or_before, "2019-12-13"},  // Mon -> the Friday before
      {"2019-12-13", 3, PinDirection::after, "2019-12-18"},         // Fri -> the Wednesday after
      {"2019-12-18", 3, PinDirection::after, "2019-12-25"},         // strictly after
      {"2019-12-18", 3, PinDirection::on_or_after, "2019-12-18"},
      {"2019-12-19", 3, PinDirection::on_or_after, "2019-12-25"},
  }));
  INFO(from << " " << to_string(direction) << " " << weekday);
  CHECK(format_date(pin(day(from), {date::weekday{weekday}, direction})) == expected);
}

TEST_CASE("Offsets, directions and conventions print and parse back", "[planner][schedule][steps]") {
  CHECK(to_string(Offset{3, Unit::weeks}) == "3 weeks");
  CHECK(to_string(Offset{-1, Unit::days}) == "-1 day");
  CHECK(to_string(Offset{1, Unit::working_days}) == "1 working day");
  for (auto d : {PinDirection::on_or_before, PinDirection::before, PinDirection::on_or_after, PinDirection::after}) {
    CHECK(parse_pin_direction(to_string(d)) == d);
  }
  for (auto a : {Adjustment::following, Adjustment::preceding, Adjustment::modified_following, Adjustment::nearest}) {
    CHECK(parse_adjustment(to_string(a)) == a);
  }
  CHECK_FALSE(parse_pin_direction("around"));
  CHECK(day_label(day("2019-12-13")) == "Fri 2019-12-13");
}

TEST_CASE("blackout_days_lost counts team working days inside blackouts", "[planner][schedule][steps]") {
  const auto cals = test::schedule_calendars("US,US-FED-CLOSINGS,GB-ENG,DE", {"12-20..01-05"});
  // (2019-12-13, 2020-01-10]: blackout 12-20..01-05 holds working days 12-20, 23, 24 (US-FED-CLOSINGS: not a
  // working day), 27, 30, 31, 01-02, 01-03 -> 12-20, 23, 27, 30, 31, 01-02, 01-03 = 7.
  CHECK(blackout_days_lost(cals.team, cals.working, day("2019-12-13"), day("2020-01-10")).value() == 7);
  CHECK(blackout_days_lost(cals.team, cals.working, day("2020-01-10"), day("2019-12-13")).value() == -7);
  CHECK(blackout_days_lost(cals.team, cals.working, day("2019-11-01"), day("2019-12-13")).value() == 0);
}
