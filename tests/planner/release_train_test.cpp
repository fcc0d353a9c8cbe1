// Release trains: nominal dates from the anchor (month-end traps), placement across year ends,
// the maximum shift error, horizons, versions, and actual releases under keep_grid / shift_grid.
#include <catch2/catch.hpp>

#include "planner/release_train.hpp"
#include "tests/support/calendars.hpp"
#include "tests/support/expected_files.hpp"
#include "tests/support/trains.hpp"

using namespace relplan;
using test::day;

namespace {

using test::arithmetic_train;
using test::xen_team;

// "4.12 2019-03-10 -> 2019-03-12 (+2)", one line per release.
std::vector<std::string> lines(const std::vector<PlannedRelease>& releases) {
  std::vector<std::string> out;
  for (const auto& r : releases) {
    std::string line = r.version + " " + format_date(r.nominal) + " -> " + format_date(r.planned) + " (" +
                       (r.shift_days > 0 ? "+" : "") + std::to_string(r.shift_days) + ")";
    if (r.actual) line += " actual " + format_date(*r.actual);
    out.push_back(line);
  }
  return out;
}

}  // namespace

TEST_CASE("Nominal dates are counted from the anchor each time: Jan 31 clamps, then is the 31st again",
          "[planner][release_train]") {
  auto t = arithmetic_train(Cadence::months(1), "2019-01-31", "1.0", 5);
  const std::vector<std::string> expected{"1.0 2019-01-31 -> 2019-01-31 (0)", "1.1 2019-02-28 -> 2019-02-28 (0)",
                                          "1.2 2019-03-31 -> 2019-03-31 (0)", "1.3 2019-04-30 -> 2019-04-30 (0)",
                                          "1.4 2019-05-31 -> 2019-05-31 (0)"};
  CHECK(test::diff_lists(expected, lines(plan_releases(t).value())) == "");
  t.month_end = MonthEnd::reject;
  auto rejected = plan_releases(t);
  REQUIRE_FALSE(rejected.ok());
  CHECK(rejected.error().message ==
        "release 1.1: 2019-01-31 + 1 month is 2019-02-31, which does not exist (month_end: reject; clamp gives "
        "2019-02-28)");
}

TEST_CASE("A Feb 29 anchor lands on Feb 28 in common years and Feb 29 in leap years", "[planner][release_train]") {
  const auto t = arithmetic_train(Cadence::months(12), "2020-02-29", "1", 5);
  const std::vector<std::string> expected{"1 2020-02-29 -> 2020-02-29 (0)", "2 2021-02-28 -> 2021-02-28 (0)",
                                          "3 2022-02-28 -> 2022-02-28 (0)", "4 2023-02-28 -> 2023-02-28 (0)",
                                          "5 2024-02-29 -> 2024-02-29 (0)"};
  CHECK(test::diff_lists(expected, lines(plan_releases(t).value())) == "");
}

TEST_CASE("Weeks cadence and an end-date horizon (nominal dates up to and including it)", "[planner][release_train]") {
  auto t = arithmetic_train(Cadence::weeks(26), "2021-01-05", "1", 1);
  t.horizon = Horizon::through(day("2022-01-04"));  // 2021-01-05 + 52 weeks = 2022-01-04: included
  const std::vector<std::string> expected{"1 2021-01-05 -> 2021-01-05 (0)", "2 2021-07-06 -> 2021-07-06 (0)",
                                          "3 2022-01-04 -> 2022-01-04 (0)"};
  CHECK(test::diff_lists(expected, lines(plan_releases(t).value())) == "");
  t.horizon = Horizon::through(day("2022-01-03"));
  CHECK(plan_releases(t).value().size() == 2);
}

TEST_CASE("Shifts across a year end on the joined calendars with the year-end blackout", "[planner][release_train]") {
  ReleaseTrain t;
  t.cadence = Cadence::months(6);
  t.anchor = Anchor{day("2019-06-30"), "4.12", AnchorKind::first_release};
  t.horizon = Horizon::count(3);
  t.calendar = xen_team();
  // 2019-06-30 Sun -> Tue 07-02 (+2); 2019-12-30 Mon in the blackout -> Tue 2020-01-07 (+8; 01-06 is a Monday,
  // Thu 2019-12-19 is -11); 2020-06-30 Tue stays.
  const std::vector<std::string> expected{"4.12 2019-06-30 -> 2019-07-02 (+2)", "4.13 2019-12-30 -> 2020-01-07 (+8)",
                                          "4.14 2020-06-30 -> 2020-06-30 (0)"};
  const auto releases = plan_releases(t).value();
  CHECK(test::diff_lists(expected, lines(releases)) == "");
  std::vector<std::string> days;
  for (const auto& r : releases[1].reasons) days.push_back(format_date(r.day));
  days.erase(std::unique(days.begin(), days.end()), days.end());
  const std::vector<std::string> skipped{"2019-12-30", "2019-12-31", "2020-01-01", "2020-01-02",
                                         "2020-01-03", "2020-01-04", "2020-01-05", "2020-01-06"};
  CHECK(test::diff_lists(skipped, days) == "");
}

TEST_CASE("A maximum shift that cannot be met names the release, its nominal date and the rule",
          "[planner][release_train]") {
  ReleaseTrain t;
  t.cadence = Cadence::months(9);
  t.anchor = Anchor{day("2018-09-22"), "4.11", AnchorKind::first_release};
  t.horizon = Horizon::count(5);
  t.calendar = xen_team();
  t.adjustment = ReleaseAdjustment{ShiftDirection::nearest, 3};
  // 4.11 Sat 2018-09-22 -> Thu 09-20; 4.12 Sat 2019-06-22 -> Thu 06-20; 4.13 Sun 2020-03-22 -> Tue 03-24;
  // 4.14 Tue 2020-12-22 is in the blackout, and so is every day to 12-25; Sat 12-19 is 3 days back.
  auto r = plan_releases(t);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().message ==
        "release 4.14 (nominal 2020-12-22): no allowed release day within 3 days (max_shift_days)");
}

TEST_CASE("keep_grid shortens the cycle after a slip, shift_grid counts from the actual date",
          "[planner][release_train]") {
  // Xen: 4.11 released 2018-07-10, 8-month cadence, 4.12 planned for March 2019 but released 2019-04-02.
  auto t = arithmetic_train(Cadence::months(8), "2018-07-10", "4.11", 4);
  t.anchor.kind = AnchorKind::last_actual_release;
  t.actuals = {{"4.12", day("2019-04-02")}};
  t.slip = SlipPolicy::keep_grid;
  const std::vector<std::string> keep{"4.11 2018-07-10 -> 2018-07-10 (0) actual 2018-07-10",
                                      "4.12 2019-03-10 -> 2019-03-10 (0) actual 2019-04-02",
                                      "4.13 2019-11-10 -> 2019-11-10 (0)", "4.14 2020-07-10 -> 2020-07-10 (0)"};
  CHECK(test::diff_lists(keep, lines(plan_releases(t).value())) == "");
  t.slip = SlipPolicy::shift_grid;
  const std::vector<std::string> shift{"4.11 2018-07-10 -> 2018-07-10 (0) actual 2018-07-10",
                                       "4.12 2019-03-10 -> 2019-03-10 (0) actual 2019-04-02",
                                       "4.13 2019-12-02 -> 2019-12-02 (0)", "4.14 2020-08-02 -> 2020-08-02 (0)"};
  CHECK(test::diff_lists(shift, lines(plan_releases(t).value())) == "");
  // Under keep_grid, a slip past the next nominal date leaves no cycle: an error, not a silent reorder.
  t.slip = SlipPolicy::keep_grid;
  t.actuals = {{"4.12", day("2019-11-20")}};
  CHECK(plan_releases(t).error().message ==
        "release 4.13 (nominal 2019-11-10): planned 2019-11-10 is not after 4.12 (released 2019-11-20)");
  t.slip = SlipPolicy::shift_grid;  // 2019-11-20 + 8 months
  CHECK(format_date(plan_releases(t).value()[2].nominal) == "2020-07-20");
}

TEST_CASE("A last_actual_release anchor is not moved", "[planner][release_train]") {
  ReleaseTrain t;
  t.cadence = Cadence::months(8);
  t.anchor = Anchor{day("2022-12-12"), "4.17", AnchorKind::last_actual_release};  // a Monday
  t.horizon = Horizon::count(2);
  const auto releases = plan_releases(t).value();
  CHECK(format_date(releases[0].planned) == "2022-12-12");
  CHECK(releases[0].shift_days == 0);
  CHECK(releases[0].actual == day("2022-12-12"));
  CHECK(format_date(releases[1].planned) == "2023-08-10");  // Sat 2023-08-12 -> Thu 08-10
}

TEST_CASE("Bad trains and actual dates are errors naming the input", "[planner][release_train]") {
  auto t = arithmetic_train(Cadence::months(8), "2018-07-10", "4.11", 4);
  const auto [mutate, message] = GENERATE(table<int, std::string>({
      {0, "cadence_months: expected 1..36, saw 0"},
      {1, "cadence_weeks: expected 1..104, saw 105"},
      {2, "horizon: expected 1..1000 releases, saw 0"},
      {3, "actual release 5.1: expected a version such as 4.{minor}, saw '5.1'"},
      {4,
       "actual release 4.11: no date, but a later release has one (actual dates are given for the releases in "
       "order, without gaps)"},
      {5, "actual release 4.12: expected a date after 4.11 (2018-07-10), saw 2018-07-01"},
      {6, "actual release 4.20: after the horizon (4.11..4.14)"},
      {7, "anchor version: expected a version such as 2.{minor}, saw '4.11'"},
  }));
  switch (mutate) {
    case 0:
      t.cadence = Cadence::months(0);
      break;
    case 1:
      t.cadence = Cadence::weeks(105);
      break;
    case 2:
      t.horizon = Horizon::count(0);
      break;
    case 3:
      t.actuals = {{"5.1", day("2019-04-02")}};
      break;
    case 4:
      t.actuals = {{"4.12", day("2019-04-02")}};
      break;
    case 5:
      t.actuals = {{"4.11", day("2018-07-10")}, {"4.12", day("2018-07-01")}};
      break;
    case 6:
      t.anchor.kind = AnchorKind::last_actual_release;
      for (int minor = 12; minor <= 20; ++minor)
        t.actuals.push_back({"4." + std::to_string(minor), day("2019-01-01") + date::days{minor}});
      break;
    default:
      t.version_scheme = "2.{minor}";
      break;
  }
  INFO(mutate);
  auto r = plan_releases(t);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().message == message);
}
