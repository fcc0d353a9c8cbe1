#include "data/project/project_plan.hpp"

#include <cstdlib>

#include "calendars/combine.hpp"
#include "calendars/io/blackout_text.hpp"

namespace relplan {

date::sys_days grid_slot(const ProjectCadence& cadence, date::sys_days released) {
  if (cadence.anchor_months.empty()) return released;
  const auto day = date::day{static_cast<unsigned>(cadence.target_first_day.value_or(1))};
  const auto year = date::year_month_day{released}.year();
  std::optional<date::sys_days> best;
  for (int dy = -1; dy <= 1; ++dy) {
    for (int m : cadence.anchor_months) {
      const date::sys_days slot{(year + date::years{dy}) / date::month{static_cast<unsigned>(m)} / day};
      if (!best || std::abs((slot - released).count()) < std::abs((*best - released).count())) best = slot;
    }
  }
  return *best;
}

Result<ReleaseTrain> project_train(const Project& project, int next, const CalendarRegistry& registry,
                                   std::span<const DayOverride> overrides) {
  if (project.releases.empty()) {
    return Error::expected("release", "none", "at least one release in project " + project.id + " to plan from");
  }
  const auto& c = project.cadence;
  // The train starts at the latest release (the last in the history, which is in release order;
  // `relplan release actual` appends a newly released version to it).
  const auto& anchor_release = project.releases.back();

  ReleaseTrain train;
  train.cadence = Cadence::months(c.months);
  train.anchor = Anchor{grid_slot(c, anchor_release.released), anchor_release.version, AnchorKind::first_release};
  train.horizon = Horizon::count(1 + next);
  train.window.weekdays = c.weekdays.empty() ? weekdays_tue_wed_thu() : c.weekdays;
  if (c.target_first_day) {
    train.window.target_days =
        TargetDays{static_cast<unsigned>(*c.target_first_day), static_cast<unsigned>(*c.target_last_day)};
  }
  train.slip = c.slip_policy == "shift_grid" ? SlipPolicy::shift_grid : SlipPolicy::keep_grid;
  train.version_scheme = project.version_scheme;
  train.actuals.push_back({anchor_release.version, anchor_release.released});
  if (!c.calendars.empty()) {
    std::string ids;
    for (const auto& id : c.calendars) ids += (ids.empty() ? "" : ",") + id;
    auto joined = registry.joined(ids, "cadence.calendars");
    if (!joined) return joined.error();
    std::vector<BlackoutWindow> windows;
    for (const auto& text : c.blackouts) {
      auto w = parse_blackout(text, "cadence.blackouts");
      if (!w) return w.error();
      windows.push_back(*w);
    }
    std::vector<Calendar> references;
    for (const auto& spec : registry.specs()) references.push_back(registry.get(spec->id).value());
    auto team = with_blackouts(*joined, windows, references);
    if (!team) return team.error();
    if (!overrides.empty()) {
      auto own = override_days(*team, "project " + project.id, overrides);
      if (!own) return own.error();
      team = std::move(own).value();
    }
    train.calendar = *team;
  }
  return train;
}

}  // namespace relplan
