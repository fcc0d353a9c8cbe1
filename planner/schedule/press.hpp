#pragma once
// The press embargo of a release: when the press release goes to reporters under embargo (the point
// of no return, hence the go/no-go deadline) and when the embargo lifts.
//
// Defaults follow xen.git docs/process/xen-release-management.pandoc ("What happens during a release"):
// "Typically we need 3-4 days to line up press briefings with reporters under embargo"; "PR releases
// typically done mid-week (Tuesday - Thursday)"; collateral is sent to reporters "typically 2-3 working
// days before the release date"; Advisory Board approval "1-2 weeks before the release".
//
// For a release on day R (all on the press calendar, which may differ from the team's):
//   collateral = R - collateral_lead (2 working days): Tue 2019-12-17 -> Fri 2019-12-13. This is the
//                go/no-go deadline: after it the release date cannot move without questions being asked.
//   briefings  = R - briefing_lead (4 days), moved to the preceding working day: PR starts lining up
//                briefings; the release date must be fixed by then. Tue 2019-12-17 -> Fri 2019-12-13.
//   approval   = R - approval_lead (2 weeks), moved to the preceding working day: Tue 2019-12-03.
//   lift       = the lift time of day on R in its zone, as a UTC instant (zones.hpp for DST policies):
//                09:00 America/Los_Angeles on Tue 2019-12-17 = 17:00 UTC; shown in every stakeholder zone.
// Leads in working days count on the press calendar; leads in days or weeks are calendar days, then
// moved back to a working day.
#include <string>
#include <vector>

#include "calendars/types.hpp"
#include "planner/schedule/steps.hpp"
#include "planner/schedule/zones.hpp"

namespace relplan::schedule {

struct PressPolicy {
  WeekdaySet release_weekdays = [] {
    WeekdaySet s;
    s.insert(date::Tuesday);
    s.insert(date::Wednesday);
    s.insert(date::Thursday);
    return s;
  }();
  Offset briefing_lead{4, Unit::days};
  Offset collateral_lead{2, Unit::working_days};
  Offset approval_lead{2, Unit::weeks};
  LocalTime lift{std::chrono::hours{9}, "America/Los_Angeles"};
  std::vector<std::string> zones;  // stakeholder zones the lift is shown in
  DstGap gap = DstGap::later;
  DstOverlap overlap = DstOverlap::earlier;
  bool operator==(const PressPolicy&) const = default;
};

struct PressDates {
  date::sys_days release;
  date::sys_days approval;
  date::sys_days briefings;
  date::sys_days collateral;  // = the go/no-go deadline
  date::sys_seconds lift_utc;
  ZonedInstant lift_local;                 // in the lift's own zone
  std::vector<ZonedInstant> stakeholders;  // in each stakeholder zone, in the policy's order
};

// Ok, or the first negative lead or unknown zone ("press: collateral_lead: expected ..., saw ...").
Status validate(const PressPolicy& policy);

Result<PressDates> plan_press(const Calendar& press, date::sys_days release, const PressPolicy& policy);

// The collateral (go/no-go) day alone, as plan_press computes it: cheap enough to try many release days.
Result<date::sys_days> collateral_day(const Calendar& press, date::sys_days release, const PressPolicy& policy);

}  // namespace relplan::schedule
