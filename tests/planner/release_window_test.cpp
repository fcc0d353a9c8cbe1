// Placing a release: allowed weekdays, joined calendars, blackouts across a year end, target days,
// the three directions, the maximum shift and the reasons reported for each skipped day.
#include <catch2/catch.hpp>

#include "calendars/combine.hpp"
#include "calendars/io/blackout_text.hpp"
#include "planner/release_window.hpp"
#include "tests/support/calendars.hpp"
#include "tests/support/expected_files.hpp"

using namespace relplan;
using test::day;

namespace {

Calendar team_with_year_end_blackout() {
  const std::vector<BlackoutWindow> windows{parse_blackout("12-20..01-05").value()};
  return with_blackouts(test::shipped("US,GB-ENG,DE"), windows).value();
}

std::vector<std::string> reason_lines(const PlacedDay& placed) {
  std::vector<std::string> out;
  for (const auto& r : placed.reasons) {
    out.push_back(format_date(r.day) + " " + std::string(to_string(r.rule)) + ": " + r.text);
  }
  return out;
}

}  // namespace

TEST_CASE("Allowed weekdays decide the day when there is no calendar", "[planner][release_window]") {
  // 2021-03-08 is a Monday. Tue..Thu allowed; nearest ties go to the later day.
  const auto [nominal, direction, planned] = GENERATE(table<std::string, ShiftDirection, std::string>({
      {"2021-03-08", ShiftDirection::nearest, "2021-03-09"},  // mon -> tue (+1)
      {"2021-03-12", ShiftDirection::nearest, "2021-03-11"},  // fri -> thu (-1)
      {"2021-03-13", ShiftDirection::nearest, "2021-03-11"},  // sat -> thu (-2), not tue (+3)
      {"2021-03-14", ShiftDirection::nearest, "2021-03-16"},  // sun -> tue (+2), not thu (-3)
      {"2021-03-10", ShiftDirection::nearest, "2021-03-10"},  // wed stays
      {"2021-03-08", ShiftDirection::earlier, "2021-03-04"},  // mon -> previous thu (-4)
      {"2021-03-12", ShiftDirection::later, "2021-03-16"},    // fri -> next tue (+4)
  }));
  INFO(nominal);
  const ReleaseWindow window;  // tue,wed,thu
  auto placed = place_release(day(nominal), nullptr, window, {direction, 14});
  REQUIRE(placed.ok());
  CHECK(format_date(placed->planned) == planned);
}

TEST_CASE("A tie between equally near days goes to the later one", "[planner][release_window]") {
  ReleaseWindow window;
  window.weekdays = WeekdaySet{};
  window.weekdays.insert(date::Monday);
  window.weekdays.insert(date::Friday);
  // Wed 2021-03-10: Mon 03-08 and Fri 03-12 are both 2 days away.
  CHECK(format_date(place_release(day("2021-03-10"), nullptr, window, {}).value().planned) == "2021-03-12");
}

TEST_CASE("Joined calendars: each skipped day with every reason", "[planner][release_window]") {
  const auto team = test::shipped("US,US-FED-CLOSINGS,GB-ENG,DE");
  // Tue 2019-12-24: US federal offices closed (EO 13900, in US-FED-CLOSINGS); 25, 26 holidays; Fri 27 and Mon 23 not
  // allowed weekdays. Nearest allowed: Thu 2019-12-19 (-5) before Tue 2019-12-31 (+7).
  auto placed = place_release(day("2019-12-24"), &team, ReleaseWindow{}, {ShiftDirection::nearest, 14});
  REQUIRE(placed.ok());
  CHECK(format_date(placed->planned) == "2019-12-19");
  const std::vector<std::string> expected{
      "2019-12-24 holiday: day off US-FED-CLOSINGS Christmas Eve (federal closing)",
      "2019-12-23 weekday_rule: weekday rule: mon not in tue,wed,thu",
      "2019-12-22 weekend: weekend (US, US-FED-CLOSINGS, GB-ENG, DE)",
      "2019-12-22 weekday_rule: weekday rule: sun not in tue,wed,thu",
      "2019-12-21 weekend: weekend (US, US-FED-CLOSINGS, GB-ENG, DE)",
      "2019-12-21 weekday_rule: weekday rule: sat not in tue,wed,thu",
      "2019-12-20 weekday_rule: weekday rule: fri not in tue,wed,thu",
  };
  CHECK(test::diff_lists(expected, reason_lines(*placed)) == "");
  // Only later: Tue 2019-12-31, skipping Christmas and Boxing Day with each calendar's name.
  auto later = place_release(day("2019-12-24"), &team, ReleaseWindow{}, {ShiftDirection::later, 14});
  REQUIRE(later.ok());
  CHECK(format_date(later->planned) == "2019-12-31");
  const std::vector<std::string> expected_later{
      "2019-12-24 holiday: day off US-FED-CLOSINGS Christmas Eve (federal closing)",
      "2019-12-25 holiday: holiday US Christmas Day",
      "2019-12-25 holiday: holiday GB-ENG Christmas Day",
      "2019-12-25 holiday: holiday DE Christmas Day (1. Weihnachtstag)",
      "2019-12-26 holiday: holiday GB-ENG Boxing Day",
      "2019-12-26 holiday: holiday DE Second Day of Christmas (2. Weihnachtstag)",
      "2019-12-27 weekday_rule: weekday rule: fri not in tue,wed,thu",
      "2019-12-28 weekend: weekend (US, US-FED-CLOSINGS, GB-ENG, DE)",
      "2019-12-28 weekday_rule: weekday rule: sat not in tue,wed,thu",
      "2019-12-29 weekend: weekend (US, US-FED-CLOSINGS, GB-ENG, DE)",
      "2019-12-29 weekday_rule: weekday rule: sun not in tue,wed,thu",
      "2019-12-30 weekday_rule: weekday rule: mon not in tue,wed,thu",
  };
  CHECK(test::diff_lists(expected_later, reason_lines(*later)) == "");
}

TEST_CASE("A blackout over the year end moves the release into the new year", "[planner][release_window]") {
  const auto team = team_with_year_end_blackout();
  // Thu 2020-12-31 is in 12-20..01-05. Later: Wed 2021-01-06 (+6); earlier: Thu 2020-12-17 (-14).
  auto placed = place_release(day("2020-12-31"), &team, ReleaseWindow{}, {ShiftDirection::nearest, 14});
  REQUIRE(placed.ok());
  CHECK(format_date(placed->planned) == "2021-01-06");
  CHECK(placed->reasons.front().text == "blackout 12-20..01-05");
  const std::vector<std::string> expected{
      "2020-12-31 blackout: blackout 12-20..01-05",
      "2021-01-01 holiday: holiday US New Year's Day",
      "2021-01-01 holiday: holiday GB-ENG New Year's Day",
      "2021-01-01 holiday: holiday DE New Year's Day (Neujahr)",
      "2021-01-01 blackout: blackout 12-20..01-05",
      "2021-01-01 weekday_rule: weekday rule: fri not in tue,wed,thu",
      "2021-01-02 blackout: blackout 12-20..01-05",
      "2021-01-02 weekend: weekend (US, GB-ENG, DE)",
      "2021-01-02 weekday_rule: weekday rule: sat not in tue,wed,thu",
      "2021-01-03 blackout: blackout 12-20..01-05",
      "2021-01-03 weekend: weekend (US, GB-ENG, DE)",
      "2021-01-03 weekday_rule: weekday rule: sun not in tue,wed,thu",
      "2021-01-04 blackout: blackout 12-20..01-05",
      "2021-01-04 weekday_rule: weekday rule: mon not in tue,wed,thu",
      "2021-01-05 blackout: blackout 12-20..01-05",
  };
  CHECK(test::diff_lists(expected, reason_lines(*placed)) == "");
  // Only earlier, 14 days: Thu 2020-12-17, the last allowed day before the blackout.
  auto earlier = place_release(day("2020-12-31"), &team, ReleaseWindow{}, {ShiftDirection::earlier, 14});
  REQUIRE(earlier.ok());
  CHECK(format_date(earlier->planned) == "2020-12-17");
  CHECK(earlier->reasons.size() >= 14);
}

TEST_CASE("A target part of the month is a rule of its own", "[planner][release_window]") {
  ReleaseWindow window;
  window.target_days = TargetDays{1, 15};
  // Tue 2021-03-16 is outside 1-15; Mon 15, Sun 14, Sat 13, Fri 12 are not allowed weekdays.
  auto placed = place_release(day("2021-03-16"), nullptr, window, {ShiftDirection::nearest, 14});
  REQUIRE(placed.ok());
  CHECK(format_date(placed->planned) == "2021-03-11");
  CHECK(placed->reasons.front().text == "outside target days 1-15");
  CHECK(placed->reasons.front().rule == SkipRule::target_days);
  CHECK(placed->reasons.size() == 5);
  // Later only: nothing in target days before Thu 2021-04-01, 16 days away.
  auto later = place_release(day("2021-03-16"), nullptr, window, {ShiftDirection::later, 14});
  REQUIRE_FALSE(later.ok());
  CHECK(later.error().message == "no allowed release day within 14 days after (max_shift_days, adjust later)");
  CHECK(format_date(place_release(day("2021-03-16"), nullptr, window, {ShiftDirection::later, 16}).value().planned) ==
        "2021-04-01");
}

TEST_CASE("No allowed day within the maximum shift is an error, and so is leaving the calendar",
          "[planner][release_window]") {
  const auto team = team_with_year_end_blackout();
  auto placed = place_release(day("2020-12-22"), &team, ReleaseWindow{}, {ShiftDirection::nearest, 3});
  REQUIRE_FALSE(placed.ok());
  CHECK(placed.error().message == "no allowed release day within 3 days (max_shift_days)");
  CHECK(placed.error().field == "max_shift_days");
  auto earlier = place_release(day("2020-12-22"), &team, ReleaseWindow{}, {ShiftDirection::earlier, 1});
  CHECK(earlier.error().message == "no allowed release day within 1 day before (max_shift_days, adjust earlier)");
  const auto us = test::shipped("US");
  auto outside = place_release(day("2050-12-31"), &us, ReleaseWindow{}, {ShiftDirection::later, 5});
  REQUIRE_FALSE(outside.ok());
  CHECK(outside.error().message == "calendar US: year 2051 is outside 2000..2050");
}

TEST_CASE("Window and adjustment validation name the field and the rule", "[planner][release_window]") {
  ReleaseWindow none;
  none.weekdays = WeekdaySet{};
  CHECK(none.validate().error().message == "weekdays: expected at least one weekday, saw none");
  ReleaseWindow target;
  target.target_days = TargetDays{16, 15};
  CHECK(target.validate().error().message == "target_days: expected 1 <= first <= last <= 31, saw 16-15");
  CHECK(ReleaseAdjustment{ShiftDirection::nearest, -1}.validate().error().message ==
        "max_shift_days: expected 0..62, saw -1");
}
