#include "planner/scenario.hpp"

#include <algorithm>

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
  if (scenario.existing.empty()) {
    out.branches = std::move(branches).value();
    out.timeline = concurrency_timeline(out.branches);
    out.metrics = compute_metrics(out.cadence, out.releases, out.branches, out.timeline);
    return out;
  }
  // A continuation: the existing branches, then the planned ones; the metrics see the train's
  // branches (an existing one standing for its release) and every branch in the timeline.
  auto existing_of = [&](const std::string& version) {
    return std::find_if(scenario.existing.begin(), scenario.existing.end(),
                        [&](const Branch& b) { return b.version == version; });
  };
  std::vector<Branch> train_branches;
  out.branches = scenario.existing;
  std::optional<date::sys_days> not_before;
  for (const auto& b : scenario.existing) {
    const bool in_train = std::any_of(out.releases.begin(), out.releases.end(),
                                      [&](const PlannedRelease& r) { return r.version == b.version; });
    if (!in_train && b.security_until) not_before = std::max(not_before.value_or(*b.security_until), *b.security_until);
  }
  if (not_before) *not_before += date::days{1};
  for (auto& b : *branches) {
    const auto it = existing_of(b.version);
    train_branches.push_back(it == scenario.existing.end() ? b : *it);
    if (it == scenario.existing.end()) out.branches.push_back(std::move(b));
  }
  out.timeline = concurrency_timeline(out.branches);
  out.metrics = compute_metrics(out.cadence, out.releases, train_branches, out.timeline, not_before);
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
