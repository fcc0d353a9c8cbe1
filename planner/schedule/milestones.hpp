#pragma once
// The dates of one release's milestones, from a template and one given date.
//
// Evaluating a template from its root date r (template.hpp), in declaration order:
//   nominal(m) = pin(step(nominal(anchor), offset))       offsets chain on nominal dates, so a
//                                                         holiday moving one milestone does not drift
//                                                         the rest of the chain;
//   freeze phase (m and its anchor both marked freeze):   the span between nominal(anchor) and nominal(m)
//       loses L working days to blackout windows (working days of `team` that `working` marks off);
//       nominal(m) moves L working days of `working` further from its anchor (later when m is after its
//       anchor, earlier when before), so the phase keeps as many real working days as it had on the team
//       calendar. Milestones anchored on m keep their offsets from m: the whole rest of the chain moves.
//       Example (tests/planner/schedule/milestones_test.cpp): Xen template forward from Fri 2024-12-13 on
//       US+GB-ENG+DE with the blackout CN:Spring Festival-1..+6 (2025-01-27..02-03): the code freeze
//       (Fri 01-17) -> hard code freeze (Fri 02-07) phase loses 6 working days, so the hard code freeze
//       moves to Tue 02-18 (6 working days later, over Presidents' Day), final commits to Tue 03-04 and
//       the release from Wed 02-26 to Wed 03-05.
//   date(m)    = adjust(working, nominal(m), convention)  the day people see.
//
// Planning from a given milestone g on day d (forward from the last posting date, backward from the
// release, or from any other milestone):
//   - g's date is d, as given; milestones anchored on g follow from d. A d that is not a working day is
//     refused unless `day_off` is GivenDayOff::plan (the schedule then warns, schedule.hpp):
//       "<id>: expected a working day of US, saw Wed 2019-12-25 (Christmas Day (US), 12-20..01-05 (blackout))";
//   - when g is not the root, the root date r is searched among the working days the root's weekday pin
//     allows (so that the root's date is the date its chain starts from):
//     the latest r whose evaluation puts g on d (as late as possible: with blackouts, last posting dates
//     Fri 2025-12-05 and Fri 2025-12-12 both reach Wed 2026-03-04; backward planning gives 12-12); when no
//     r puts g on d, the r that puts g nearest to d, a tie going to the earlier r (phases never shorter).
//     Evaluation is monotone in r, so this is a short bracketing walk.
// Hence forward and backward planning agree: backward planning from R gives a last posting date L from
// which forward planning gives R, and gives back the L forward planning started from unless a later one
// reaches R too (tests: both directions, with and without blackouts). A release date the
// template cannot produce (a Tuesday when the template releases on Wednesdays) is kept as given, with the
// rest of the schedule from the nearest root: backward from Tue 2019-12-17 the Xen template gives final
// commits Fri 2019-12-13 (whose template release is Wed 2019-12-18) and last posting Fri 2019-10-04.
#include <optional>
#include <string>
#include <vector>

#include "planner/schedule/template.hpp"

namespace relplan::schedule {

struct ScheduleCalendars {
  Calendar team;     // the joined holiday calendars: weekends and holidays, no blackouts
  Calendar working;  // team plus blackout windows: every date is moved and counted on this one
};

struct PlannedMilestone {
  std::string id;
  std::string name;
  MilestoneKind kind;
  date::sys_days date;
  date::sys_days nominal;  // before the adjustment convention
  int extended_by = 0;     // working days added to its phase for blackouts
  bool given = false;      // the date planning started from
  std::size_t rule = 0;    // index in the template
};

// The span between two consecutive milestones (by date): (start, end].
// Phases are measured between the dates people see; freeze extensions are computed between nominal dates
// (a milestone adjusted out of a blackout still starts its phase at its nominal date).
struct Phase {
  std::string from;
  std::string to;
  date::sys_days start;
  date::sys_days end;
  int working_days = 0;   // working days of `working` in (start, end]
  int blackout_days = 0;  // working days of `team` in (start, end] that blackouts take out
  int extended_by = 0;    // working days this phase was lengthened by for blackouts
};

struct Rc {
  std::string name;  // "RC1"
  date::sys_days date;
  // Set by the security embargo (rc_embargo.hpp): the day the RC was planned on when it was held to the
  // post-embargo cut, and why it moved, was added or was dropped, in words.
  std::optional<date::sys_days> held_from = std::nullopt;
  std::string note = {};
};

struct MilestonePlan {
  std::vector<PlannedMilestone> milestones;  // by date; ties in template order
  std::vector<Phase> phases;
  std::vector<Rc> rcs;
  std::size_t release = 0;  // index of the release in `milestones`
  const PlannedMilestone& release_milestone() const { return milestones[release]; }
};

enum class GivenDayOff { refuse, plan };

Result<MilestonePlan> plan_milestones(const MilestoneTemplate& t, const ScheduleCalendars& cals,
                                      std::string_view given_id, date::sys_days given_date,
                                      GivenDayOff day_off = GivenDayOff::refuse);

}  // namespace relplan::schedule
