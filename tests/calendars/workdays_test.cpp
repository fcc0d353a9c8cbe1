// Working-day arithmetic: joined calendars, year ends, make-up working days, conventions, errors.
#include <catch2/catch.hpp>

#include "calendars/workdays.hpp"
#include "tests/support/calendars.hpp"

using namespace relplan;
using test::day;

TEST_CASE("add_working_days on joined calendars, forward and back", "[calendars][workdays]") {
  const auto team = test::shipped("US,GB-ENG,DE");
  const auto [from, n, expected] = GENERATE(table<std::string, int, std::string>({
      {"2019-12-11", 2, "2019-12-13"},  // the seed example: Wed + 2 = Fri
      {"2019-12-11", 3, "2019-12-16"},  // over the weekend
      {"2019-12-20", 1, "2019-12-23"},
      {"2019-12-23", 1, "2019-12-24"},
      {"2019-12-24", 1, "2019-12-27"},  // 25, 26 holidays (US Christmas, GB Boxing Day, DE)
      {"2019-12-27", 2, "2019-12-31"},
      {"2019-12-27", 3, "2020-01-02"},  // across the year end, over New Year's Day
      {"2020-01-02", -2, "2019-12-30"},
      {"2019-12-13", -2, "2019-12-11"},
      {"2019-12-14", 0, "2019-12-14"},  // zero returns the day itself, even a Saturday
  }));
  INFO(from << " + " << n);
  auto out = add_working_days(team, day(from), n);
  REQUIRE(out.ok());
  CHECK(format_date(*out) == expected);
}

TEST_CASE("working_days_between counts the days after a through b and inverts add_working_days",
          "[calendars][workdays]") {
  const auto team = test::shipped("US,GB-ENG,DE");
  CHECK(working_days_between(team, day("2019-12-11"), day("2019-12-17")).value() == 4);
  CHECK(working_days_between(team, day("2019-12-17"), day("2019-12-11")).value() == -4);
  CHECK(working_days_between(team, day("2019-12-11"), day("2019-12-11")).value() == 0);
  // Round trip for every n over a year end and two months of holidays.
  for (int n = -60; n <= 60; ++n) {
    auto d = add_working_days(team, day("2021-12-20"), n);
    REQUIRE(d.ok());
    INFO("n = " << n);
    CHECK(working_days_between(team, day("2021-12-20"), *d).value() == n);
  }
  // A long span agrees with a day-by-day count.
  int slow = 0;
  for (auto d = day("2000-01-02"); d <= day("2050-12-31"); d += date::days{1}) slow += team.is_working_day_unchecked(d);
  CHECK(working_days_between(team, day("2000-01-01"), day("2050-12-31")).value() == slow);
}

TEST_CASE("Make-up working days make a weekend day a working day in CN only", "[calendars][workdays]") {
  const auto cn = test::shipped("CN");
  // 2024: Spring Festival 10-17 Feb off; Sun 4 Feb and Sun 18 Feb are working days.
  CHECK(cn.is_working_day(day("2024-02-04")).value());
  CHECK(cn.is_working_day(day("2024-02-18")).value());
  CHECK_FALSE(cn.is_working_day(day("2024-02-12")).value());
  CHECK(format_date(next_working_day(cn, day("2024-02-09")).value()) == "2024-02-18");
  CHECK(format_date(add_working_days(cn, day("2024-02-02"), 1).value()) == "2024-02-04");
  // Joined with GB-ENG, the Sunday is off again: off in any calendar means off.
  const auto joined = test::shipped("CN,GB-ENG");
  CHECK_FALSE(joined.is_working_day(day("2024-02-04")).value());
}

TEST_CASE("adjust by convention", "[calendars][workdays]") {
  const auto gb = test::shipped("GB-ENG");
  const auto [input, convention, expected] = GENERATE(table<std::string, Adjustment, std::string>({
      {"2021-12-25", Adjustment::following, "2021-12-29"},  // Sat; 27, 28 substitute days
      {"2021-12-25", Adjustment::preceding, "2021-12-24"},
      {"2021-12-25", Adjustment::nearest, "2021-12-24"},  // 1 day back vs 4 forward
      {"2022-04-30", Adjustment::modified_following,
       "2022-04-29"},  // Sat; following is 3 May (2 May holiday), next month
      {"2022-04-30", Adjustment::following, "2022-05-03"},
      {"2026-01-03", Adjustment::nearest, "2026-01-02"},    // Sat: Fri is 1 day back, Mon 2 forward
      {"2026-01-04", Adjustment::nearest, "2026-01-05"},    // Sun: Mon is 1 day, Fri 2 days
      {"2026-03-10", Adjustment::preceding, "2026-03-10"},  // a working day stays
  }));
  INFO(input);
  CHECK(format_date(adjust(gb, day(input), convention).value()) == expected);
}

TEST_CASE("Questions outside the range name the calendar, the year and the range", "[calendars][workdays]") {
  const auto cn = test::shipped("CN");
  auto r = cn.is_working_day(day("2051-01-03"));
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().message ==
        "calendar CN: year 2051 is outside 2000..2050 (official tables end 2026; later years estimated from the "
        "lunisolar calendar)");
  const auto team = test::shipped("US,GB-ENG");
  auto walked = add_working_days(team, day("2050-12-29"), 5);
  REQUIRE_FALSE(walked.ok());
  CHECK(walked.error().message == "calendar US: year 2051 is outside 2000..2050");
  auto before = working_days_between(team, day("1999-12-31"), day("2000-01-10"));
  REQUIRE_FALSE(before.ok());
  CHECK(before.error().message == "calendar US: year 1999 is outside 2000..2050");
}
