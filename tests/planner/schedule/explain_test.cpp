// The words of slips and warnings: why a day is off, the holidays of a day grouped by name, runs of skipped
// days, a blackout's extent. Names are the shipped calendars' own.
#include <catch2/catch.hpp>

#include "planner/release_window.hpp"
#include "planner/schedule/explain.hpp"
#include "tests/support/calendars.hpp"
#include "tests/support/schedule.hpp"

using namespace relplan;
using namespace relplan::schedule;
using test::day;

namespace {
const WeekdaySet tue_to_thu = weekdays_tue_wed_thu();
}  // namespace

TEST_CASE("off_reasons names each calendar and holiday, the weekend and blackouts", "[planner][schedule][explain]") {
  const auto four = test::shipped("US,GB-ENG,DE,CN");
  CHECK(off_reasons(four, day("2020-05-01")) == "DE Labour Day (Tag der Arbeit); CN Labour Day");
  CHECK(off_reasons(test::shipped("US"), day("2019-12-14")) == "weekend");
  CHECK(off_reasons(test::shipped("GB-ENG"), day("2021-12-27")) == "GB-ENG Christmas Day observed");
  CHECK(off_reasons(four, day("2020-05-06")).empty());
  const auto cals = test::schedule_calendars("US,GB-ENG,DE", {"12-20..01-05"});
  CHECK(off_reasons(cals.working, day("2019-12-23")) == "blackout 12-20..01-05");
}

TEST_CASE("holidays_on groups a day's holidays by their English name", "[planner][schedule][explain]") {
  const auto three = test::shipped("US,GB-ENG,DE");
  CHECK(holidays_on(three, day("2019-12-25")) == "Christmas Day (US, GB-ENG, DE)");
  CHECK(holidays_on(three, day("2019-12-26")) == "Boxing Day (GB-ENG), Second Day of Christmas (DE)");
  CHECK(holidays_on(three, day("2019-12-14")).empty());  // a weekend is no holiday
  CHECK(holidays_on(test::shipped("US,GB-ENG"), day("2021-12-27")) == "Christmas Day observed (GB-ENG)");
}

TEST_CASE("skipped_days: runs of one cause between two days", "[planner][schedule][explain]") {
  const auto three = test::shipped("US,GB-ENG,DE");
  // Easter 2020: Good Friday and Easter Monday (GB-ENG, DE) around the weekend: one run of days off.
  CHECK(skipped_days(three, day("2020-04-09"), day("2020-04-14"), tue_to_thu) ==
        "Fri 2020-04-10..Mon 2020-04-13 Good Friday (GB-ENG, DE) Fri 2020-04-10, weekend, Easter Monday (GB-ENG, DE) "
        "Mon 2020-04-13");
  // Christmas 2021 on US+GB-ENG: observed days on both sides of the weekend.
  CHECK(skipped_days(test::shipped("US,GB-ENG"), day("2021-12-23"), day("2021-12-29"), tue_to_thu) ==
        "Fri 2021-12-24..Tue 2021-12-28 Christmas Day observed (US) Fri 2021-12-24, Christmas Day (US, GB-ENG) Sat "
        "2021-12-25, Boxing Day (GB-ENG) Sun 2021-12-26, Christmas Day observed (GB-ENG) Mon 2021-12-27, Boxing Day "
        "observed (GB-ENG) Tue 2021-12-28");
  // A working Friday and Monday that are no release weekdays, the weekend between them.
  CHECK(skipped_days(three, day("2019-12-12"), day("2019-12-17"), tue_to_thu) ==
        "Fri 2019-12-13 not an allowed release weekday (tue,wed,thu); Sat 2019-12-14..Sun 2019-12-15 weekend; Mon "
        "2019-12-16 not an allowed release weekday (tue,wed,thu)");
  // Without weekdays (a soak): only days off; a single holiday by name.
  CHECK(skipped_days(three, day("2019-12-12"), day("2019-12-17"), std::nullopt) ==
        "Sat 2019-12-14..Sun 2019-12-15 weekend");
  CHECK(skipped_days(three, day("2019-11-27"), day("2019-11-29"), std::nullopt) ==
        "Thu 2019-11-28 Thanksgiving Day (US)");
  CHECK(skipped_days(three, day("2019-12-10"), day("2019-12-12"), tue_to_thu).empty());
  CHECK(skipped_days(three, day("2019-12-10"), day("2019-12-11"), tue_to_thu).empty());
  // A blackout is one run, with the holidays in it; the weekday after it is its own run.
  const auto cals = test::schedule_calendars("US,GB-ENG,DE", {"12-20..01-05"});
  CHECK(skipped_days(cals.working, day("2019-12-19"), day("2020-01-07"), tue_to_thu) ==
        "Fri 2019-12-20..Sun 2020-01-05 blackout 12-20..01-05 (holidays in it: Christmas Day (US, GB-ENG, DE) Wed "
        "2019-12-25, Boxing Day (GB-ENG) Thu 2019-12-26, Second Day of Christmas (DE) Thu 2019-12-26, New Year's Day "
        "(US, GB-ENG, DE) Wed 2020-01-01); Mon 2020-01-06 not an allowed release weekday (tue,wed,thu)");
}

TEST_CASE("blackout_on and blackout_extent find a blackout and its whole run", "[planner][schedule][explain]") {
  const auto cals = test::schedule_calendars("US,GB-ENG,DE", {"12-20..01-05"});
  CHECK(blackout_on(cals.working, day("2019-12-24")) == std::optional<std::string>("12-20..01-05"));
  CHECK_FALSE(blackout_on(cals.working, day("2019-12-19")));
  CHECK_FALSE(blackout_on(cals.working, day("2019-12-14")));  // a weekend outside the window
  CHECK(blackout_extent(cals.working, day("2019-12-24"), "12-20..01-05") == "Fri 2019-12-20..Sun 2020-01-05");
  CHECK(blackout_extent(cals.working, day("2020-01-05"), "12-20..01-05") == "Fri 2019-12-20..Sun 2020-01-05");
  CHECK(day_range(day("2020-01-06"), day("2020-01-06")) == "Mon 2020-01-06");
}
