#include "tests/support/schedule.hpp"

#include <stdexcept>

#include "calendars/io/blackout_text.hpp"
#include "calendars/io/registry.hpp"
#include "tests/support/calendars.hpp"

namespace relplan::test {

using namespace relplan::schedule;

MilestoneTemplate xen_template() {
  MilestoneTemplate t;
  t.id = "xen";
  t.name = "Xen Project hypervisor";
  t.adjustment = Adjustment::following;
  auto add = [&](std::string id, std::string name, MilestoneKind kind, std::string anchor, Offset offset,
                 std::optional<WeekdayPin> pin, bool freeze) {
    MilestoneRule m;
    m.id = std::move(id);
    m.name = std::move(name);
    m.kind = kind;
    m.relative_to = std::move(anchor);
    m.offset = offset;
    m.pin = pin;
    m.freeze = freeze;
    t.milestones.push_back(std::move(m));
  };
  add("last_posting", "Last posting date", MilestoneKind::posting, "", {},
      WeekdayPin{date::Friday, PinDirection::on_or_before}, false);
  add("feature_freeze", "Feature freeze", MilestoneKind::freeze, "last_posting", {3, Unit::weeks}, std::nullopt, true);
  add("code_freeze", "Code freeze", MilestoneKind::freeze, "feature_freeze", {2, Unit::weeks}, std::nullopt, true);
  add("hard_code_freeze", "Hard code freeze", MilestoneKind::freeze, "code_freeze", {3, Unit::weeks}, std::nullopt,
      true);
  add("final_commits", "Final commits", MilestoneKind::branch, "hard_code_freeze", {2, Unit::weeks}, std::nullopt,
      true);
  add("release", "Release", MilestoneKind::release, "final_commits", {0, Unit::days},
      WeekdayPin{date::Wednesday, PinDirection::after}, true);
  t.rcs = RcSeries{"code_freeze", {1, Unit::weeks}, "final_commits", "RC", {0, Unit::days}, std::nullopt};
  t.keep_in_blackouts = {MilestoneKind::posting, MilestoneKind::freeze};
  return t;
}

ScheduleCalendars schedule_calendars(const std::string& ids, const std::vector<std::string>& blackouts) {
  const auto team = shipped(ids);
  std::vector<BlackoutWindow> windows;
  std::vector<Calendar> references;
  for (const auto& text : blackouts) {
    auto w = parse_blackout(text);
    if (!w) throw std::runtime_error(w.error().message);
    if (const auto* rel = std::get_if<BlackoutWindow::Relative>(&w->window))
      references.push_back(shipped(rel->calendar));
    windows.push_back(std::move(w).value());
  }
  auto working = with_blackouts(team, windows, references);
  if (!working) throw std::runtime_error(working.error().message);
  return {team, *working};
}

std::vector<std::string> milestone_lines(const MilestonePlan& plan) {
  std::vector<std::string> out;
  for (const auto& m : plan.milestones) out.push_back(m.id + " " + format_date(m.date));
  return out;
}

}  // namespace relplan::test
