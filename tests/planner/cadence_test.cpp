// Cadences: validation at both ends of the ranges, names, releases a year and steps from an origin.
#include <catch2/catch.hpp>

#include "planner/cadence.hpp"
#include "tests/support/calendars.hpp"

using namespace relplan;
using test::day;

TEST_CASE("Cadence ranges: months 1..36, weeks 1..104", "[planner][cadence]") {
  CHECK(Cadence::months(1).validate().ok());
  CHECK(Cadence::months(36).validate().ok());
  CHECK(Cadence::weeks(104).validate().ok());
  CHECK(Cadence::months(0).validate().error().message == "cadence_months: expected 1..36, saw 0");
  CHECK(Cadence::months(37).validate().error().message == "cadence_months: expected 1..36, saw 37");
  CHECK(Cadence::weeks(0).validate().error().message == "cadence_weeks: expected 1..104, saw 0");
  CHECK(Cadence::months(0).validate().error().field == "cadence_months");
}

TEST_CASE("Cadence names and releases a year", "[planner][cadence]") {
  CHECK(Cadence::months(8).to_string() == "8 months");
  CHECK(Cadence::months(1).to_string() == "1 month");
  CHECK(Cadence::weeks(26).to_string() == "26 weeks");
  CHECK(Cadence::months(8).releases_per_year() == 1.5);
  CHECK(Cadence::months(9).releases_per_year() == Approx(4.0 / 3.0));
  CHECK(Cadence::weeks(1).releases_per_year() == Approx(52.1775));  // 365.2425 / 7
}

TEST_CASE("Steps count from the origin: months with the month-end policy, weeks exactly", "[planner][cadence]") {
  CHECK(format_date(Cadence::months(8).step(day("2018-07-10"), 2, MonthEnd::reject).value()) == "2019-11-10");
  CHECK(format_date(Cadence::months(1).step(day("2019-01-31"), 2, MonthEnd::reject).value()) == "2019-03-31");
  CHECK_FALSE(Cadence::months(1).step(day("2019-01-31"), 1, MonthEnd::reject).ok());
  CHECK(format_date(Cadence::weeks(26).step(day("2021-01-05"), 2, MonthEnd::reject).value()) == "2022-01-04");
  CHECK(format_date(Cadence::months(6).step(day("2021-01-05"), 0, MonthEnd::clamp).value()) == "2021-01-05");
}
