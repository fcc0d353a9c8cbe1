#pragma once
// The RC series of a release: RC1 `offset` after the first milestone's date, then one every `every`
// (days, weeks or working days, stepped from RC1's nominal date), each moved off non-working days by
// `adjustment`, for as long as the RC falls on or before the last milestone's date and, with `count`,
// until there are `count` RCs. The count is the list's size.
// Example: Xen template, code freeze Fri 2019-11-08 to final commits Fri 2019-12-13, weekly:
//   RC1 11-08, RC2 11-15, RC3 11-22, RC4 11-29, RC5 12-06, RC6 12-13 (6 RCs).
// Two RCs that adjust onto the same day are one RC; so are an RC that days off hold to less than half
// an interval before the next one and that next one (CN National Day 2025 holds a weekly RC from Fri
// 10-03 to Thu 10-09: with the next on Fri 10-10, that one is the RC). With offset 1 week and count 4 the same freeze
// gives RC1 11-15 .. RC4 12-06.
#include <vector>

#include "planner/schedule/milestones.hpp"

namespace relplan::schedule {

inline constexpr int max_rcs = max_template_rcs;

Result<std::vector<Rc>> plan_rcs(const RcSeries& series, date::sys_days first, date::sys_days until,
                                 const Calendar& working, Adjustment adjustment);

}  // namespace relplan::schedule
