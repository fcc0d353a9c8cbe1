#include "planner/schedule/rule_step.hpp"

#include <algorithm>

namespace relplan::schedule {

Result<RuleDate> evaluate_rule(const MilestoneTemplate& t, std::size_t i, date::sys_days anchor_nominal,
                               const ScheduleCalendars& cals) {
  const auto& rule = t.milestones[i];
  auto stepped = step(cals.working, anchor_nominal, rule.offset);
  if (!stepped) return stepped.error();
  auto nominal = rule.pin ? pin(*stepped, *rule.pin) : *stepped;
  int extended_by = 0;
  const auto anchor = find_milestone(t, rule.relative_to);
  if (rule.freeze && anchor && t.milestones[*anchor].freeze) {
    const bool after = nominal >= anchor_nominal;
    auto lost = after ? blackout_days_lost(cals.team, cals.working, anchor_nominal, nominal)
                      : blackout_days_lost(cals.team, cals.working, nominal, anchor_nominal);
    if (!lost) return lost.error();
    if (*lost > 0) {
      auto moved = add_working_days(cals.working, nominal, after ? *lost : -*lost);
      if (!moved) return moved.error();
      nominal = *moved;
      extended_by = *lost;
    }
  }
  auto adjusted = adjust_milestone(t, i, nominal, cals);
  if (!adjusted) return adjusted.error();
  return RuleDate{nominal, *adjusted, extended_by};
}

Result<date::sys_days> adjust_milestone(const MilestoneTemplate& t, std::size_t i, date::sys_days nominal,
                                        const ScheduleCalendars& cals) {
  const auto& rule = t.milestones[i];
  const auto& kinds = t.keep_in_blackouts;
  const bool may_be_in_blackout = std::find(kinds.begin(), kinds.end(), rule.kind) != kinds.end();
  return adjust(may_be_in_blackout ? cals.team : cals.working, nominal, rule.adjustment.value_or(t.adjustment));
}

}  // namespace relplan::schedule
