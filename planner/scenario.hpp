#pragma once
// A cadence scenario and its evaluation: the entry point of the planner.
//
//   Scenario (values in) -> evaluate_scenario -> ScenarioResult (values out):
//     releases  (release_train.hpp: nominal and planned dates, shifts and their reasons)
//     branches  (support_policy.hpp: general and security ends, and the policies that set them)
//     timeline  (timeline.hpp: how many branches are supported, step by step)
//     metrics   (metrics.hpp)
// The planner is pure: no I/O, no clock. "Today" enters only as as_known_on, the date whose view of
// the support policies is wanted. Memory is linear in the horizon.
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "planner/metrics.hpp"
#include "planner/release_train.hpp"
#include "planner/support_policy.hpp"
#include "planner/timeline.hpp"

namespace relplan {

struct Scenario {
  std::string name;  // empty: the cadence, "8 months"
  ReleaseTrain train;
  std::vector<SupportPolicy> support;
  std::optional<date::sys_days> as_known_on;  // nullopt: every policy, whenever decided
  // A continuation of a real project: its branches before the train's planned releases (published
  // ends), in release order. A release of the train with one of their versions keeps that branch.
  // The timeline counts them all; the metrics see metrics.hpp.
  std::vector<Branch> existing{};
};

struct ScenarioResult {
  std::string name;
  Cadence cadence;
  std::vector<PlannedRelease> releases;
  std::vector<Branch> branches;  // the existing ones first, then one per release not among them
  std::vector<TimelineStep> timeline;
  Metrics metrics;
};

Result<ScenarioResult> evaluate_scenario(const Scenario& scenario);

// Every scenario, in order; the first error, prefixed with its scenario: "scenario '8 months': ...".
Result<std::vector<ScenarioResult>> compare_scenarios(std::span<const Scenario> scenarios);

}  // namespace relplan
