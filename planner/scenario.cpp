#include "planner/scenario.hpp"

namespace relplan {

Result<ScenarioResult> evaluate_scenario(const Scenario& scenario) {
  auto releases = plan_releases(scenario.train);
  if (!releases) return releases.error();
  auto scheme = scheme_of(scenario.train);
  if (!scheme) return scheme.error();
  auto branches = support_branches(*releases, scenario.support, *scheme, scenario.as_known_on);
  if (!branches) return branches.error();
  ScenarioResult out;
  out.name = scenario.name.empty() ? scenario.train.cadence.to_string() : scenario.name;
  out.cadence = scenario.train.cadence;
  out.releases = std::move(releases).value();
  out.branches = std::move(branches).value();
  out.timeline = concurrency_timeline(out.branches);
  out.metrics = compute_metrics(out.cadence, out.releases, out.branches, out.timeline);
  return out;
}

Result<std::vector<ScenarioResult>> compare_scenarios(std::span<const Scenario> scenarios) {
  std::vector<ScenarioResult> out;
  out.reserve(scenarios.size());
  for (const auto& s : scenarios) {
    auto r = evaluate_scenario(s);
    if (!r) {
      const auto name = s.name.empty() ? s.train.cadence.to_string() : s.name;
      return r.error().in("scenario '" + name + "'");
    }
    out.push_back(std::move(r).value());
  }
  return out;
}

}  // namespace relplan
