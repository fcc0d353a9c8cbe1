#include "data/project/project_follow.hpp"

#include "calendars/io/team_calendar.hpp"
#include "data/scenario/scenario_spec.hpp"

namespace relplan {

std::optional<std::string> shipped_upstream(const Project& project, const std::string& upstream) {
  if (project.releases.empty()) return std::nullopt;
  const auto& link = project.releases.back().upstream;
  if (!link || link->project != upstream) return std::nullopt;
  return link->version;
}

Result<std::vector<UpstreamRelease>> upstream_releases(const UpstreamPlanInput& upstream, int next,
                                                       const CalendarRegistry& registry) {
  std::vector<UpstreamRelease> out;
  for (const auto& r : upstream.project->releases) out.push_back({r.version, r.released, true});
  auto train = project_train(*upstream.project, next, registry, upstream.overrides);
  if (!train) return train.error().in("upstream " + upstream.project->id);
  auto planned = plan_releases(*train);
  if (!planned) return planned.error().in("upstream " + upstream.project->id);
  for (const auto& r : *planned) {
    if (!r.actual) out.push_back({r.version, r.planned, false});
  }
  return out;
}

Result<std::vector<FollowedRelease>> upstream_train_plan(const Project& project, std::span<const DayOverride> overrides,
                                                         const UpstreamPlanInput& upstream,
                                                         const std::optional<std::string>& shipped, int next,
                                                         const CalendarRegistry& registry) {
  const auto& rule = *project.cadence.upstream_train;
  if (project.releases.empty()) {
    return Error::about("releases", project.id, "project " + project.id + " has no release to plan from");
  }
  // Enough upstream releases to follow `next` of them, past the ones already shipped.
  auto ups = upstream_releases(upstream, next + 1, registry);
  if (!ups) return ups.error();
  if (rule.weeks_after) {
    auto scheme = VersionScheme::parse(project.version_scheme);
    if (!scheme) return scheme.error();
    TeamCalendarSpec spec{project.cadence.calendars,
                          project.cadence.blackouts,
                          {},
                          "project " + project.id,
                          {overrides.begin(), overrides.end()}};
    auto team = team_calendar(spec, registry);
    if (!team) return team.error();
    ReleaseWindow window;
    if (!project.cadence.weekdays.empty()) window.weekdays = project.cadence.weekdays;
    const auto& latest = project.releases.back();
    return follow_upstream({latest.version, latest.released}, *scheme, *ups, shipped, FollowRule{*rule.weeks_after},
                           next, window, *team ? &**team : nullptr, ReleaseAdjustment{}.max_shift_days);
  }
  auto train = project_train(project, next, registry, overrides);
  if (!train) return train.error();
  auto planned = plan_releases(*train);
  if (!planned) return planned.error();
  std::vector<FollowedRelease> out;
  const auto lead = date::days{7 * *rule.weeks_before};
  for (auto& r : *planned) {
    std::optional<UpstreamRelease> ships;
    if (r.actual && r.index == 0 && shipped) {
      for (const auto& u : *ups) {
        if (u.version == *shipped) ships = u;
      }
    } else if (!r.actual) {
      for (const auto& u : *ups) {
        if (u.date + lead <= r.planned) ships = u;
      }
    }
    out.push_back({std::move(r), ships});
  }
  return out;
}

Result<ComingPlan> coming_plan(const Store& store, const Project& project, int next, const CalendarRegistry& registry) {
  const auto overrides = store.calendar_overrides(project.id);
  if (const auto& rule = project.cadence.upstream_train) {
    auto upstream = store.project(rule->project);
    if (!upstream) {
      return Error::expected("cadence: upstream_train: project", "'" + rule->project + "'",
                             "a project of the database");
    }
    const auto up_overrides = store.calendar_overrides(rule->project);
    auto followed = upstream_train_plan(project, overrides, {&*upstream, up_overrides},
                                        shipped_upstream(project, rule->project), next, registry);
    if (!followed) return followed.error();
    ComingPlan plan{{}, UpstreamColumn{rule->project, {}}};
    for (auto& f : *followed) {
      plan.releases.push_back(std::move(f.release));
      plan.upstream->releases.push_back(f.upstream);
    }
    return plan;
  }
  auto train = project_train(project, next, registry, overrides);
  if (!train) return train.error();
  auto releases = plan_releases(*train);
  if (!releases) return releases.error();
  return ComingPlan{std::move(releases).value(), std::nullopt};
}

}  // namespace relplan
