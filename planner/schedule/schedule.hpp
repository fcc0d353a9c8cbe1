#pragma once
// One release's schedule: milestones and RCs from the template, the press embargo, and what security
// embargoes do to it. Pure: dates in, dates out; "today" plays no part.
//
//   planned release  = the release milestone's date (the given date when planning backward);
//   earliest release = max(planned release, the post-embargo earliest release) (embargo.hpp): embargo
//                      rules never pull a release in, they only push it out;
//   slip_days        = earliest release - planned release, in calendar days;
//   press            = the press dates of the earliest release (recomputed when it slips).
// Conflicts, in words, in this order:
//   - the planned release is not on an allowed release weekday:
//       "release Mon 2019-12-16 is not on an allowed release weekday (tue,wed,thu)"
//   - the embargo pushes the release out:
//       "release planned Thu 2019-12-12 slips to Tue 2019-12-17 (5 days): testing of the post-embargo RC
//        ends Fri 2019-12-13 (XSA-307 is public Wed 2019-12-11 12:00 UTC)"
//   - the go/no-go deadline (press collateral) comes before testing of the post-embargo RC ends, i.e.
//     collateral day < testing end day (a collateral due the day testing ends is no conflict):
//       "press collateral is due Fri 2019-12-13 but testing of the post-embargo RC ends Mon 2019-12-16:
//        the go/no-go decision comes before testing ends"
#include <span>
#include <string>
#include <vector>

#include "planner/schedule/embargo.hpp"
#include "planner/schedule/milestones.hpp"
#include "planner/schedule/press.hpp"

namespace relplan::schedule {

struct SchedulePolicy {
  PressPolicy press;
  DisclosurePolicy disclosure;
  EmbargoRules embargo;
  bool operator==(const SchedulePolicy&) const = default;
};

// What to plan from: a milestone id of the template and its date.
struct PlanFrom {
  std::string milestone;  // "release" (backward), "last_posting" (forward), ...
  date::sys_days date;
};

struct Schedule {
  MilestonePlan plan;
  date::sys_days planned_release;
  EmbargoPlan embargo;
  date::sys_days earliest_release;
  int slip_days = 0;
  PressDates press;
  std::vector<std::string> conflicts;
};

Status validate(const SchedulePolicy& policy);

// `press_calendar` counts the press leads (often the team's calendar).
Result<Schedule> plan_schedule(const MilestoneTemplate& t, const ScheduleCalendars& cals,
                               const Calendar& press_calendar, const SchedulePolicy& policy, const PlanFrom& from,
                               std::span<const Advisory> advisories);

}  // namespace relplan::schedule
