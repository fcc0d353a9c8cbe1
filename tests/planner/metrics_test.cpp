// Every metric on small scenarios, computed by hand in the comments.
#include <catch2/catch.hpp>

#include "planner/scenario.hpp"
#include "tests/support/calendars.hpp"
#include "tests/support/trains.hpp"

using namespace relplan;
using test::day;

namespace {

Scenario six_months_four_releases() {
  // Releases 2021-01-05, 2021-07-05, 2022-01-05, 2022-07-05 (every weekday allowed: no shifts);
  // 6 months general, 12 months security.
  Scenario s;
  s.train = test::arithmetic_train(Cadence::months(6), "2021-01-05", "1", 4);
  s.support = {SupportPolicy{.name = "6/12", .general = SupportMonths{6}, .security = SupportMonths{12}}};
  return s;
}

std::vector<unsigned> months_of(const Metrics& m) {
  std::vector<unsigned> out;
  for (auto month : m.release_months) out.push_back(unsigned(month));
  return out;
}

}  // namespace

TEST_CASE("Metrics of four releases, by hand", "[planner][metrics]") {
  const auto r = evaluate_scenario(six_months_four_releases()).value();
  const auto& m = r.metrics;
  CHECK(r.name == "6 months");
  // releases_per_year = 12 / 6 = 2.
  CHECK(m.releases_per_year == 2.0);
  // One cycle: lcm(6, 12) / 6 = 2 releases (0 and 1): January and July.
  CHECK(m.release_months_counted == 2);
  CHECK(months_of(m) == std::vector<unsigned>{1, 7});
  CHECK(m.distinct_release_months == 2);
  // Steady state: release 1's security ends 2022-01-05, so from 2022-01-06 through the last release,
  // 2022-07-05. Days: Jan 6..31 = 26, Feb 28, Mar 31, Apr 30, May 31, Jun 30, Jul 1..5 = 5: 181.
  REQUIRE(m.steady_state.has_value());
  CHECK(format_date(m.steady_state->from) == "2022-01-06");
  CHECK(format_date(m.steady_state->to) == "2022-07-05");
  // Security: releases 2 and 3 on 2022-01-06..2022-07-04 (180 days), plus 4 on 2022-07-05 while 2 is
  // on its last day: 3. Mean = (180 * 2 + 1 * 3) / 181 = 363 / 181.
  CHECK(m.max_security_supported == 3);
  CHECK(*m.mean_security_supported == Approx(363.0 / 181.0));
  // The peak of 3 holds on 1 day of 181; 2 on the other 180 (99 %): the 95th percentile is 2.
  CHECK(m.max_security_supported_days == 1);
  CHECK(m.p95_security_supported == 2);
  // General: 3 alone on 180 days (2's general ended 2022-01-05), 3 and 4 on 2022-07-05.
  // Mean = (180 * 1 + 1 * 2) / 181 = 182 / 181.
  CHECK(m.max_general_supported == 2);
  CHECK(m.max_general_supported_days == 1);
  CHECK(*m.mean_general_supported == Approx(182.0 / 181.0));
  // A fix on a day of the window reaches on average the security-supported branches: 363 / 181.
  CHECK(*m.backports_per_fix == Approx(363.0 / 181.0));
  // Branch months: 4 branches * 12 months = 48, over 4 releases / 2 a year = 2 years: 24.
  CHECK(*m.branch_months_per_year == Approx(24.0));
  CHECK(m.releases_shifted == 0);
  CHECK(m.max_shift_days == 0);
  CHECK(m.notes.empty());
}

TEST_CASE("Shift metrics and release months of an 8-month train, by hand", "[planner][metrics]") {
  Scenario s;
  s.train = test::arithmetic_train(Cadence::months(8), "2018-07-10", "4.11", 3);
  s.train.window = ReleaseWindow{};  // tue,wed,thu, no calendar
  s.support = {SupportPolicy{.name = "18/36", .general = SupportMonths{18}, .security = SupportMonths{36}}};
  const auto r = evaluate_scenario(s).value();
  // 2018-07-10 Tue stays; 2019-03-10 Sun -> Tue 03-12 (+2, Thu 03-07 is -3); 2019-11-10 Sun -> Tue 11-12 (+2).
  CHECK(format_date(r.releases[1].planned) == "2019-03-12");
  CHECK(format_date(r.releases[2].planned) == "2019-11-12");
  CHECK(r.metrics.releases_shifted == 2);
  CHECK(r.metrics.max_shift_days == 2);
  // One cycle = lcm(8, 12) / 8 = 3 releases: July, March, November.
  CHECK(months_of(r.metrics) == std::vector<unsigned>{3, 7, 11});
  CHECK(r.metrics.releases_per_year == 1.5);
  // Branch months: 3 * 36 = 108 over 3 / 1.5 = 2 years: 54.
  CHECK(*r.metrics.branch_months_per_year == Approx(54.0));
  // The first branch's security (to 2021-07-10) outlives the last release (2019-11-12): no window.
  CHECK_FALSE(r.metrics.steady_state.has_value());
  CHECK_FALSE(r.metrics.mean_security_supported.has_value());
  CHECK_FALSE(r.metrics.backports_per_fix.has_value());
  REQUIRE(r.metrics.notes.size() == 1);
  CHECK(r.metrics.notes[0] ==
        "steady state: empty window: the first branch (4.11) has security support until 2021-07-10, which does not "
        "end before the last release (4.13, 2019-11-12); the concurrency metrics are null");
}

TEST_CASE("Release months of a weeks cadence and of a horizon shorter than a cycle", "[planner][metrics]") {
  Scenario weeks;
  weeks.train = test::arithmetic_train(Cadence::weeks(26), "2021-01-05", "1", 4);
  weeks.support = {SupportPolicy{.name = "p", .general = SupportMonths{6}, .security = SupportMonths{12}}};
  // Within 12 months of 2021-01-05 (before 2022-01-05): 2021-01-05, 2021-07-06, 2022-01-04 -> Jan, Jul.
  const auto w = evaluate_scenario(weeks).value();
  CHECK(w.metrics.release_months_counted == 3);
  CHECK(months_of(w.metrics) == std::vector<unsigned>{1, 7});
  // releases_per_year = 365.2425 / 7 / 26.
  CHECK(w.metrics.releases_per_year == Approx(365.2425 / 7.0 / 26.0));

  Scenario short_horizon = weeks;
  short_horizon.train = test::arithmetic_train(Cadence::months(9), "2021-01-05", "1", 2);
  // A cycle of 9 months is lcm(9, 12) / 9 = 4 releases; the horizon has 2: Jan and Oct, with a note.
  const auto s = evaluate_scenario(short_horizon).value();
  CHECK(s.metrics.release_months_counted == 2);
  CHECK(months_of(s.metrics) == std::vector<unsigned>{1, 10});
  CHECK(s.metrics.notes.front() ==
        "release_months: the horizon has 2 releases, fewer than one full cycle of the cadence; counted those only");
}

TEST_CASE("Open-ended support leaves branch_months_per_year null, with a note", "[planner][metrics]") {
  Scenario s;
  s.train = test::arithmetic_train(Cadence::months(6), "2021-01-05", "4.10", 5);
  s.support = {SupportPolicy{.name = "last", .general = SupportLastN{1}, .security = SupportLastN{2}}};
  const auto r = evaluate_scenario(s).value();
  CHECK_FALSE(r.metrics.branch_months_per_year.has_value());
  CHECK(r.metrics.notes.back() ==
        "branch_months_per_year: null, because the security support of 4.13, 4.14 ends after the horizon (when a "
        "later release ships)");
  // Steady state: 4.10's security ends 2022-01-04 (the day before 4.12), window 2022-01-05..2023-01-05.
  // "The last 2" keeps exactly 2 branches security-supported on every day of it; general exactly 1.
  REQUIRE(r.metrics.steady_state.has_value());
  CHECK(r.metrics.max_security_supported == 2);
  CHECK(*r.metrics.mean_security_supported == Approx(2.0));
  CHECK(r.metrics.max_general_supported == 1);
  CHECK(*r.metrics.mean_general_supported == Approx(1.0));
}

TEST_CASE("With an LTS rule the steady state starts when the longest support has run out, by hand",
          "[planner][metrics]") {
  // 16 releases every 6 months from 2021-01-05 (versions 1..16, no shifts). Versions 2, 4, 6, ...
  // (every 2nd from 2, released each 5 July) are LTS with 60 months of security support; the
  // others (each 5 January) 12 months.
  Scenario s;
  s.train = test::arithmetic_train(Cadence::months(6), "2021-01-05", "1", 16);
  s.support = {
      SupportPolicy{.name = "6/12", .general = SupportMonths{6}, .security = SupportMonths{12}},
      SupportPolicy{
          .name = "LTS", .every = EveryNth{2, "2"}, .general = SupportMonths{12}, .security = SupportMonths{60}}};
  const auto r = evaluate_scenario(s).value();
  REQUIRE(format_date(*r.branches[1].security_until) == "2026-07-05");
  // Version 2, the first LTS branch, is supported 2021-07-05..2026-07-05: 1826 days. An endless train
  // would have had an LTS branch released 2020-07-05 and supported to 2025-07-05, so the count is
  // steady only from 2021-01-05 + 1826 days + 1 = 2026-01-06 (not the day after version 1's end,
  // 2022-01-06), through the last release, 2028-07-05: 365 + 365 + 182 = 912 days.
  REQUIRE(r.metrics.steady_state.has_value());
  CHECK(format_date(r.metrics.steady_state->from) == "2026-01-06");
  CHECK(format_date(r.metrics.steady_state->to) == "2028-07-05");
  // On each day: 5 LTS branches (those of the last 60 months) and 1 other, 6 in all; 7 on the 5 days
  // when a release day is another branch's last day (each 5 January and 5 July in the window).
  CHECK(r.metrics.max_security_supported == 7);
  CHECK(r.metrics.max_security_supported_days == 5);
  CHECK(r.metrics.p95_security_supported == 6);
  CHECK(*r.metrics.mean_security_supported == Approx(6.0 + 5.0 / 912.0));
}
