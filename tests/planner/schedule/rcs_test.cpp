// The RC series: weekly from a milestone, working-day intervals, adjustment, the count and its limit.
#include <catch2/catch.hpp>

#include "planner/schedule/rcs.hpp"
#include "tests/support/calendars.hpp"
#include "tests/support/expected_files.hpp"

using namespace relplan;
using namespace relplan::schedule;
using test::day;

namespace {
RcSeries series(std::string first, Offset every, std::string until, std::string prefix = "RC") {
  RcSeries s;
  s.first = std::move(first);
  s.every = every;
  s.until = std::move(until);
  s.prefix = std::move(prefix);
  return s;
}

std::vector<std::string> lines(const std::vector<Rc>& rcs) {
  std::vector<std::string> out;
  for (const auto& rc : rcs) out.push_back(rc.name + " " + format_date(rc.date));
  return out;
}
}  // namespace

TEST_CASE("Weekly RCs from the code freeze to final commits, both included", "[planner][schedule][rcs]") {
  const auto team = test::shipped("US,US-FED-CLOSINGS,GB-ENG,DE");
  auto rcs = plan_rcs(series("code_freeze", {1, Unit::weeks}, "final_commits"), day("2019-11-08"), day("2019-12-13"),
                      team, Adjustment::following);
  REQUIRE(rcs.ok());
  CHECK(test::diff_lists({"RC1 2019-11-08", "RC2 2019-11-15", "RC3 2019-11-22", "RC4 2019-11-29", "RC5 2019-12-06",
                          "RC6 2019-12-13"},
                         lines(*rcs)) == "");
}

TEST_CASE("RCs on days off move by the convention - intervals in working days", "[planner][schedule][rcs]") {
  const auto team = test::shipped("US,US-FED-CLOSINGS,GB-ENG,DE");
  // Weekly from Thu 2019-11-21: Thu 11-28 is Thanksgiving (US) -> Fri 11-29; Thu 12-26 Boxing Day -> Fri 12-27.
  auto weekly = plan_rcs(series("a", {1, Unit::weeks}, "b", "rc"), day("2019-11-21"), day("2019-12-27"), team,
                         Adjustment::following);
  REQUIRE(weekly.ok());
  CHECK(test::diff_lists({"rc1 2019-11-21", "rc2 2019-11-29", "rc3 2019-12-05", "rc4 2019-12-12", "rc5 2019-12-19",
                          "rc6 2019-12-27"},
                         lines(*weekly)) == "");
  // Every 3 working days from Mon 2019-12-16: 17, 18, 19 -> RC2 12-19; 20, 23, 27 (24-26 off) -> RC3 12-27;
  // 30, 31, 01-02 is after the last day.
  auto working = plan_rcs(series("a", {3, Unit::working_days}, "b"), day("2019-12-16"), day("2019-12-31"), team,
                          Adjustment::following);
  REQUIRE(working.ok());
  CHECK(test::diff_lists({"RC1 2019-12-16", "RC2 2019-12-19", "RC3 2019-12-27"}, lines(*working)) == "");
}

TEST_CASE("Daily RCs that adjust onto one day are one RC - the series is limited", "[planner][schedule][rcs]") {
  const auto team = test::shipped("US,US-FED-CLOSINGS,GB-ENG,DE");
  // Daily from Fri 2019-12-20: Sat and Sun adjust onto Mon 12-23, then Tue 24 .. Thu 26 onto Fri 27.
  auto daily =
      plan_rcs(series("a", {1, Unit::days}, "b"), day("2019-12-20"), day("2019-12-27"), team, Adjustment::following);
  REQUIRE(daily.ok());
  CHECK(test::diff_lists({"RC1 2019-12-20", "RC2 2019-12-23", "RC3 2019-12-27"}, lines(*daily)) == "");
  CHECK(plan_rcs(series("a", {1, Unit::days}, "b"), day("2019-12-20"), day("2019-10-01"), team, Adjustment::following)
            ->empty());
  auto many =
      plan_rcs(series("a", {1, Unit::days}, "b"), day("2019-01-01"), day("2019-12-31"), team, Adjustment::following);
  REQUIRE_FALSE(many.ok());
  CHECK(many.error().message == "rcs: expected at most 99 RCs between 2019-01-01 and 2019-12-31, saw 100 or more");
}

TEST_CASE("An RC offset and count: RC1 a week after the code freeze, four RCs at most", "[planner][schedule][rcs]") {
  const auto team = test::shipped("US,US-FED-CLOSINGS,GB-ENG,DE");
  auto s = series("code_freeze", {1, Unit::weeks}, "final_commits");
  s.offset = {1, Unit::weeks};
  s.count = 4;
  auto rcs = plan_rcs(s, day("2019-11-08"), day("2019-12-13"), team, Adjustment::following);
  REQUIRE(rcs);
  CHECK(lines(*rcs) ==
        std::vector<std::string>{"RC1 2019-11-15", "RC2 2019-11-22", "RC3 2019-11-29", "RC4 2019-12-06"});
  s.count = 9;  // the last milestone still ends the series
  rcs = plan_rcs(s, day("2019-11-08"), day("2019-12-13"), team, Adjustment::following);
  REQUIRE(rcs);
  CHECK(lines(*rcs) == std::vector<std::string>{"RC1 2019-11-15", "RC2 2019-11-22", "RC3 2019-11-29", "RC4 2019-12-06",
                                                "RC5 2019-12-13"});
}

TEST_CASE("An RC that days off hold next to the next RC is that RC", "[planner][schedule][rcs]") {
  // CN National Day 2025 (10-01..10-08) and German Unity Day (Fri 10-03) hold the RC of Fri 10-03 to
  // Thu 10-09, a day before the RC of Fri 10-10: one RC, on 10-10.
  const auto team = test::shipped("US,GB-ENG,DE,CN");
  auto rcs = plan_rcs(series("code_freeze", {1, Unit::weeks}, "final_commits"), day("2025-09-26"), day("2025-10-17"),
                      team, Adjustment::following);
  REQUIRE(rcs);
  CHECK(lines(*rcs) == std::vector<std::string>{"RC1 2025-09-26", "RC2 2025-10-10", "RC3 2025-10-17"});
}
