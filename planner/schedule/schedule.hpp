#pragma once
// One release's schedule: milestones and RCs from the template, the press embargo, and what security
// embargoes do to it. Pure: dates in, dates out; "today" plays no part.
//
//   planned release  = the release milestone's date (the given date when planning backward);
//   earliest release = max(planned release, the post-embargo earliest release) (embargo.hpp): embargo
//                      rules never pull a release in, they only push it out;
//   slip_days        = earliest release - planned release, in calendar days;
//   press            = the press dates of the earliest release (recomputed when it slips).
//   conflict-free    = with a post-embargo RC, the first release day from the earliest release on (a
//                      working day on an allowed release weekday) whose press collateral, recomputed on the
//                      press calendar for that day, is not before testing ends; searched for at most
//                      conflict_free_search_days calendar days after the earliest release (none beyond).
//                      December 2019, XSA-307 public Wed 12-11 12:00 UTC: soak 2 Tue 2019-12-17 (no
//                      conflict); soak 3 Wed 2019-12-18 (collateral Mon 12-16, testing ends Mon 12-16).
//   RCs              = the template's series around the embargo (rc_embargo.hpp): held, dropped, renumbered.
// Conflicts, in words, in this order:
//   - the planned release is not on an allowed release weekday:
//       "release Mon 2019-12-16 is not on an allowed release weekday (tue,wed,thu)"
//   - the embargo pushes the release out; the sentence names every cause (explain.hpp): the public instant,
//     why the RC is cut later (after the working hours, days off), the soak and the days off it steps over,
//     and each day between the tarballs and the release that is off (a blackout by its name, with the
//     holidays in it and their calendars; holidays with their calendars; weekends) or not on an allowed
//     release weekday:
//       "release planned Thu 2019-12-12 slips to Tue 2019-12-17 (5 days): XSA-307 is public Wed 2019-12-11
//        12:00 UTC and the post-embargo RC is cut then; RC soak 2 working days: testing ends Fri 2019-12-13;
//        then Sat 2019-12-14..Sun 2019-12-15 weekend; Mon 2019-12-16 not an allowed release weekday
//        (tue,wed,thu)"
//     (an RC cut later says why: "XSA-1 is public Sat 2019-12-14 12:00 UTC; Sat 2019-12-14..Sun 2019-12-15
//      weekend; the post-embargo RC is cut Mon 2019-12-16 09:00 UTC", "..., after the working hours
//      (09:00-17:00 UTC); the post-embargo RC is cut ..."; a soak over days off names them: "testing ends
//      Tue 2020-01-07 (over Fri 2019-12-20..Sun 2020-01-05 blackout 12-20..01-05 (...))")
//   - the go/no-go deadline (press collateral) comes before testing of the post-embargo RC ends, i.e.
//     collateral day < testing end day (a collateral due the day testing ends is no conflict):
//       "press collateral is due Fri 2019-12-13 but testing of the post-embargo RC ends Mon 2019-12-16:
//        the go/no-go decision comes before testing ends"
//   - no conflict-free release day within the bound:
//       "no release day within 90 days after Tue 2019-12-17 has its press collateral on or after the end of
//        testing (Mon 2019-12-16)"
// Warnings, in words (the schedule is still planned), in this order:
//   - the given date is not a working day of the team calendar (unless PlanFrom::strict, which refuses it
//     as plan_milestones does):
//       "last posting date Fri 2020-05-01 is not a working day of the team calendar US+GB-ENG+DE+CN: DE
//        Labour Day (Tag der Arbeit); CN Labour Day; planned as given"
//   - each press step (board approval, briefings, press collateral) inside a blackout window of the team:
//       "board approval Tue 2019-12-24 falls inside the blackout 12-20..01-05 (Fri 2019-12-20..Sun 2020-01-05)"
//   - each press step, the press release day included, that is not a working day of the press calendar:
//       "press release day Thu 2020-05-21 is not a working day of the press calendar DE: DE Ascension Day
//        (Christi Himmelfahrt)"
#include <optional>
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
  bool strict = false;  // refuse a date that is not a working day instead of warning
};

inline constexpr int conflict_free_search_days = 90;

struct ConflictFree {
  date::sys_days release;
  date::sys_days collateral;  // its go/no-go deadline
};

struct Schedule {
  MilestonePlan plan;           // plan.rcs: the series after the embargo (held, renumbered)
  std::vector<Rc> dropped_rcs;  // planned RCs the post-embargo soak takes out, with their planned names
  date::sys_days planned_release;
  EmbargoPlan embargo;
  date::sys_days earliest_release;
  int slip_days = 0;
  PressDates press;
  std::optional<ConflictFree> conflict_free;  // none without a post-embargo RC or within the bound
  std::vector<std::string> conflicts;
  std::vector<std::string> warnings;
};

Status validate(const SchedulePolicy& policy);

// `press_calendar` counts the press leads (often the team's calendar).
Result<Schedule> plan_schedule(const MilestoneTemplate& t, const ScheduleCalendars& cals,
                               const Calendar& press_calendar, const SchedulePolicy& policy, const PlanFrom& from,
                               std::span<const Advisory> advisories);

}  // namespace relplan::schedule
