// Whole scenarios: the 2018 Xen cadence question (6 vs 8 vs 9 months from 4.11 on 2018-07-10, 18 + 36
// months of support, US+GB-ENG+DE with a 12-20..01-05 blackout), compared side by side.
#include <catch2/catch.hpp>

#include "planner/scenario.hpp"
#include "tests/support/calendars.hpp"
#include "tests/support/expected_files.hpp"
#include "tests/support/trains.hpp"

using namespace relplan;
using test::day;

namespace {

std::vector<Scenario> xen_2018(std::initializer_list<int> cadences) {
  ReleaseTrain train;
  train.anchor = Anchor{day("2018-07-10"), "4.11", AnchorKind::first_release};
  train.horizon = Horizon::count(12);
  train.calendar = test::xen_team();
  const SupportPolicy policy{.name = "18/36", .general = SupportMonths{18}, .security = SupportMonths{36}};
  std::vector<Scenario> out;
  for (int months : cadences) {
    train.cadence = Cadence::months(months);
    out.push_back(Scenario{"", train, {policy}, std::nullopt});
  }
  return out;
}

}  // namespace

TEST_CASE("2018 Xen question: 8 months lands on 3 calendar months, 9 months on 4, 6 months on 2",
          "[planner][scenario]") {
  const auto results = compare_scenarios(xen_2018({6, 8, 9})).value();
  REQUIRE(results.size() == 3);
  CHECK(results[0].name == "6 months");
  CHECK(results[0].metrics.distinct_release_months == 2);
  CHECK(results[1].metrics.distinct_release_months == 3);
  CHECK(results[2].metrics.distinct_release_months == 4);
  auto months = [](const ScenarioResult& r) {
    std::vector<unsigned> out;
    for (auto m : r.metrics.release_months) out.push_back(unsigned(m));
    return out;
  };
  CHECK(months(results[0]) == std::vector<unsigned>{1, 7});
  CHECK(months(results[1]) == std::vector<unsigned>{3, 7, 11});  // Xen's March/July/November
  CHECK(months(results[2]) == std::vector<unsigned>{1, 4, 7, 10});
  for (const auto& r : results) CHECK(r.releases.size() == 12);
}

TEST_CASE("2018 Xen question: the 8-month plan, day by day", "[planner][scenario]") {
  const auto r = evaluate_scenario(xen_2018({8}).front()).value();
  std::vector<std::string> planned;
  for (const auto& rel : r.releases) planned.push_back(rel.version + " " + format_date(rel.planned));
  const std::vector<std::string> expected{
      "4.11 2018-07-10",  // Tue
      "4.12 2019-03-12",  // Sun 03-10 -> Tue (+2)
      "4.13 2019-11-12",  // Sun 11-10; Mon 11-11 Veterans Day (US) and a Monday -> Tue (+2)
      "4.14 2020-07-09",  // Fri 07-10 -> Thu (-1)
      "4.15 2021-03-10",  // Wed
      "4.16 2021-11-10",  // Wed
      "4.17 2022-07-12",  // Sun 07-10 -> Tue (+2)
      "4.18 2023-03-09",  // Fri 03-10 -> Thu (-1)
      "4.19 2023-11-09",  // Fri 11-10, Veterans Day observed (US) -> Thu (-1)
      "4.20 2024-07-10",  // Wed
      "4.21 2025-03-11",  // Mon 03-10 -> Tue (+1)
      "4.22 2025-11-12",  // Mon 11-10 -> Tue 11-11 is Veterans Day -> Wed (+2)
  };
  CHECK(test::diff_lists(expected, planned) == "");
  const auto& veterans = r.releases[2].reasons;
  CHECK(std::find_if(veterans.begin(), veterans.end(), [](const ShiftReason& why) {
          return format_date(why.day) == "2019-11-11" && why.text == "holiday US Veterans Day";
        }) != veterans.end());
  // 18 + 36 months from the planned dates; the policy is named on each end.
  CHECK(format_date(*r.branches[1].general_until) == "2020-09-12");
  CHECK(format_date(*r.branches[1].security_until) == "2022-03-12");
  CHECK(r.branches[1].security_policy == "18/36");
  CHECK(r.metrics.releases_shifted == 8);
  CHECK(r.metrics.max_shift_days == 2);
  // 12 * 36 branch-months over 12 / 1.5 = 8 years.
  CHECK(*r.metrics.branch_months_per_year == Approx(54.0));
}

TEST_CASE("An error names its scenario", "[planner][scenario]") {
  auto scenarios = xen_2018({8, 9});
  for (auto& s : scenarios) {
    s.train.anchor.date = day("2018-09-22");
    s.train.adjustment.max_shift_days = 3;
  }
  auto r = compare_scenarios(scenarios);
  REQUIRE_FALSE(r.ok());
  // 8 months plans fine (2019-05-22 .. ), 9 months hits the year-end blackout with 4.14.
  CHECK(
      r.error().message ==
      "scenario '9 months': release 4.14 (nominal 2020-12-22): no allowed release day within 3 days (max_shift_days)");
}

TEST_CASE("as_known_on reaches the support policies of a scenario", "[planner][scenario]") {
  Scenario s;
  s.train = test::arithmetic_train(Cadence::months(8), "2022-12-12", "4.17", 3);
  s.train.anchor.kind = AnchorKind::last_actual_release;
  s.train.actuals = {{"4.18", day("2023-11-16")}, {"4.19", day("2024-07-29")}};
  s.support = {
      SupportPolicy{
          .name = "18/36", .decided = day("2015-11-10"), .general = SupportMonths{18}, .security = SupportMonths{36}},
      SupportPolicy{.name = "ext",
                    .decided = day("2026-02-12"),
                    .versions = {"4.17", "4.18", "4.19"},
                    .security = SupportMonths{60}}};
  s.as_known_on = day("2026-01-01");
  const auto before = evaluate_scenario(s).value();
  CHECK(format_date(*before.branches[0].security_until) == "2025-12-12");
  // The timeline as known then: 4.17 drops out on 2025-12-13; 4.19 is still in general support.
  CHECK(std::find(before.timeline.begin(), before.timeline.end(), TimelineStep{day("2025-12-13"), 1, 2}) !=
        before.timeline.end());
  s.as_known_on = day("2026-03-01");
  const auto after = evaluate_scenario(s).value();
  CHECK(format_date(*after.branches[0].security_until) == "2027-12-12");
  CHECK(after.branches[0].security_policy == "ext");
  CHECK(after.branches[0].general_policy == "18/36");
}
