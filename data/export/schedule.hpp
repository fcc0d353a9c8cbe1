#pragma once
// A release schedule in the export formats shared by the CLI and the HTTP API.
//   JSON: {"release":{...},"milestones":[{"id","name","date","kind","extended_by"}],"phases":[...],
//          "rcs":[{"name","date","held_from","note"}],"rc_count","rcs_dropped":[{"name","date","held_from",
//          "note"}],"press":{"release","approval","briefings","collateral","go_no_go","lift_utc",
//          "lift":{zone,time,abbrev},"lift_local":[{zone,time,abbrev}]},
//          "advisories":[{"id","public_utc","reported","predisclosure","fix_in_release"}],
//          "post_embargo":{...}|null,"earliest_release","earliest_conflict_free"|null,"slip_days",
//          "conflicts":[...],"warnings":[...]}
//          Days are YYYY-MM-DD; instants RFC 3339 ("2019-12-17T17:00:00Z", "2019-12-17T18:00:00+01:00").
//          held_from is null and note "" for an RC the embargo did not touch.
//   CSV:  type,name,date,time_utc,detail  one row per milestone, RC (detail: its note), dropped RC, press
//         date, advisory date, post-embargo step, the earliest (conflict-free) release, conflict and warning
//         (types milestone, rc, rc_dropped, press, advisory, embargo, release, conflict, warning).
//   ICS:  all-day events for milestones, RCs (numbered as the series after the embargo; the note is the
//         description), press dates and post-embargo steps; timed events (UTC) for
//         the press embargo lift and each advisory's public instant. UIDs are
//         "<project>-<version>-<what>@relplan" (what: a milestone id, rc1, press-collateral, embargo-lift,
//         xsa-307-public, ...): they depend on neither the dates nor the run, so a subscribed calendar
//         moves its events when the schedule changes.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "data/export/ics.hpp"
#include "planner/schedule/schedule.hpp"

namespace relplan {

// What the exports show besides the computed schedule.
struct ScheduleLabels {
  std::string project;       // "xen": UIDs
  std::string project_name;  // "Xen Project hypervisor"
  std::string version;       // "4.13", or "next" when not named
  std::string planned_from;  // the milestone id planning started from: "release", "last_posting"
  std::string calendars;     // "US+GB-ENG+DE"
  std::string press_calendars;
  std::vector<std::string> blackouts;  // as written
  std::vector<std::string> fitted_to;  // the releases the template was fitted to; empty: as shipped
};

nlohmann::json schedule_json(const schedule::Schedule& s, const ScheduleLabels& labels);
std::string schedule_csv(const schedule::Schedule& s);
std::string schedule_ics(const schedule::Schedule& s, const ScheduleLabels& labels, date::sys_seconds stamp);
// The same events, for a feed that adds others (the project calendar).
std::vector<ics::Event> schedule_events(const schedule::Schedule& s, const ScheduleLabels& labels);

// Shared by the three: "2019-12-17T17:00:00Z"; "2019-12-17T18:00:00+01:00"; "18:00 CET".
std::string rfc3339_utc(date::sys_seconds t);
std::string rfc3339_local(const schedule::ZonedInstant& z);
std::string clock_label(const schedule::ZonedInstant& z);

}  // namespace relplan
