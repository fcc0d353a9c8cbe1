// Month arithmetic: the month-end trap (clamp vs reject), Feb 29, negative steps, month lengths.
#include <catch2/catch.hpp>

#include "planner/month_math.hpp"
#include "tests/support/calendars.hpp"

using namespace relplan;
using test::day;

TEST_CASE("add_months clamps or rejects a day the target month lacks", "[planner][month_math]") {
  const auto [from, months, clamped, rejected] = GENERATE(table<std::string, int, std::string, std::string>({
      {"2019-01-31", 1, "2019-02-28",
       "2019-01-31 + 1 month is 2019-02-31, which does not exist (month_end: reject; clamp gives 2019-02-28)"},
      {"2020-01-31", 1, "2020-02-29",
       "2020-01-31 + 1 month is 2020-02-31, which does not exist (month_end: reject; clamp gives 2020-02-29)"},
      {"2019-01-31", 2, "2019-03-31", ""},  // from the anchor, not 02-28 + 1 month
      {"2019-01-31", 3, "2019-04-30",
       "2019-01-31 + 3 months is 2019-04-31, which does not exist (month_end: reject; clamp gives 2019-04-30)"},
      {"2020-02-29", 12, "2021-02-28",
       "2020-02-29 + 12 months is 2021-02-29, which does not exist (month_end: reject; clamp gives 2021-02-28)"},
      {"2020-02-29", 48, "2024-02-29", ""},  // leap year to leap year
      {"2020-02-29", 1, "2020-03-29", ""},   // the 29th exists in March
      {"2019-08-31", 18, "2021-02-28",
       "2019-08-31 + 18 months is 2021-02-31, which does not exist (month_end: reject; clamp gives 2021-02-28)"},
      {"2018-07-10", 36, "2021-07-10", ""},
      {"2019-12-15", 1, "2020-01-15", ""},  // across a year end
      {"2020-03-31", -1, "2020-02-29",
       "2020-03-31 - 1 month is 2020-02-31, which does not exist (month_end: reject; clamp gives 2020-02-29)"},
  }));
  INFO(from << " + " << months);
  CHECK(format_date(add_months(day(from), months, MonthEnd::clamp).value()) == clamped);
  CHECK(format_date(add_months_clamped(day(from), months)) == clamped);
  auto strict = add_months(day(from), months, MonthEnd::reject);
  if (rejected.empty()) {
    REQUIRE(strict.ok());
    CHECK(format_date(*strict) == clamped);
  } else {
    REQUIRE_FALSE(strict.ok());
    CHECK(strict.error().message == rejected);
    CHECK(strict.error().field == "month_end");
  }
}

TEST_CASE("months_between counts like add_months_clamped, with a fraction for the rest", "[planner][month_math]") {
  CHECK(months_between(day("2018-07-10"), day("2021-07-10")) == 36.0);
  CHECK(months_between(day("2021-01-31"), day("2021-02-28")) == 1.0);  // 01-31 + 1 month clamps to 02-28
  CHECK(months_between(day("2020-02-29"), day("2021-02-28")) == 12.0);
  CHECK(months_between(day("2021-01-05"), day("2021-01-05")) == 0.0);
  // 2021-01-05 + 0 months = 01-05, + 1 month = 02-05 (31 days later): 15 days are 15/31 of a month.
  CHECK(months_between(day("2021-01-05"), day("2021-01-20")) == Approx(15.0 / 31.0));
  // 2021-01-05 + 11 months = 2021-12-05; to 2022-01-04 is 30 of the 31 days to 2022-01-05.
  CHECK(months_between(day("2021-01-05"), day("2022-01-04")) == Approx(11.0 + 30.0 / 31.0));
}
