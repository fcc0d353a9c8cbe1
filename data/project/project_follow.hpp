#pragma once
// The coming releases of a project on an upstream's train (cadence.upstream_train), each with the
// upstream release it ships. Both modes read the upstream's own release plan: its recorded releases,
// then the releases its cadence plans (project_train + plan_releases, with its own days off), so when
// the upstream slips, the answer moves with it.
//   weeks_after N:  release k follows the k-th upstream release newer than the one the project's
//                   latest release ships (`shipped`), N weeks later (planner/upstream_train.hpp);
//   weeks_before N: the project's own train (project_train); each release ships the newest upstream
//                   release whose date (actual, else planned) is at least N weeks before it.
// The downstream's days are placed on its team calendar (cadence calendars, blackouts, its days off).
// Errors: "cadence: upstream_train: project: expected a project of the database, saw 'xenn'" (the
// caller looks the upstream up and reports it), and the planners' errors.
#include <span>

#include "calendars/io/registry.hpp"
#include "data/project/project.hpp"
#include "data/store/store.hpp"
#include "planner/upstream_train.hpp"

namespace relplan {

struct UpstreamPlanInput {
  const Project* project = nullptr;
  std::span<const DayOverride> overrides;
};

// `next`: how many coming releases. `shipped`: the upstream version the project's latest release
// ships, when its record says.
Result<std::vector<FollowedRelease>> upstream_train_plan(const Project& project, std::span<const DayOverride> overrides,
                                                         const UpstreamPlanInput& upstream,
                                                         const std::optional<std::string>& shipped, int next,
                                                         const CalendarRegistry& registry);

// The version of `upstream` the project's latest release ships, when its record says.
std::optional<std::string> shipped_upstream(const Project& project, const std::string& upstream);

// The upstream's releases in order: recorded (actual), then planned by its cadence (`next` beyond).
Result<std::vector<UpstreamRelease>> upstream_releases(const UpstreamPlanInput& upstream, int next,
                                                       const CalendarRegistry& registry);

// The upstream release each planned release ships, for a project on an upstream train: one per
// release (none where it is not known).
struct UpstreamColumn {
  std::string project;
  std::vector<std::optional<UpstreamRelease>> releases;
};

// A project's coming releases as `relplan release plan` and GET .../next show them: its own train
// (project_train), or the upstream train its cadence names (then `upstream` is set). Its latest
// release is first. An upstream the store does not have is the error
//   cadence: upstream_train: project: expected a project of the database, saw 'xenn'
struct ComingPlan {
  std::vector<PlannedRelease> releases;
  std::optional<UpstreamColumn> upstream;
};
Result<ComingPlan> coming_plan(const Store& store, const Project& project, int next, const CalendarRegistry& registry);

}  // namespace relplan
