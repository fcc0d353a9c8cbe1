#pragma once
// One milestone rule evaluated from its anchor's nominal date (milestones.hpp states the rule):
//   nominal = pin(step(anchor nominal, offset)), extended by the working days blackout windows take out
//             of the phase when the milestone and its anchor are both freeze milestones;
//   date    = nominal moved off days off by the rule's (else the template's) adjustment: off the
//             days off of `working`, or only those of `team` for the kinds the template keeps in
//             blackouts (template.hpp).
// The milestone planner evaluates every rule (and adjusts the root) through these.
#include "planner/schedule/milestones.hpp"

namespace relplan::schedule {

struct RuleDate {
  date::sys_days nominal;
  date::sys_days date;
  int extended_by = 0;
};

// Precondition: i > 0 (the root has no anchor).
Result<RuleDate> evaluate_rule(const MilestoneTemplate& t, std::size_t i, date::sys_days anchor_nominal,
                               const ScheduleCalendars& cals);

// The adjustment step alone (the root has no anchor, but is adjusted the same way).
Result<date::sys_days> adjust_milestone(const MilestoneTemplate& t, std::size_t i, date::sys_days nominal,
                                        const ScheduleCalendars& cals);

}  // namespace relplan::schedule
