#pragma once
// Test support for schedules: the Xen template written out in code (an independent transcription of
// the xen-devel schedule proposals, compared with data/templates/xen.toml by the reader's tests), and
// schedule calendars built from the shipped calendars.
#include <string>
#include <vector>

#include "planner/schedule/schedule.hpp"

namespace relplan::test {

// Last posting (Fri) +3w feature freeze +2w code freeze +3w hard code freeze +2w final commits, release
// the Wednesday after; freeze from the feature freeze on; weekly RCs from code freeze to final commits.
schedule::MilestoneTemplate xen_template();

// Team calendar `ids` ("US,GB-ENG,DE") and the same plus blackout windows as written
// ("CN:Spring Festival-1..+6"; relative windows find their holiday in the shipped calendars).
schedule::ScheduleCalendars schedule_calendars(const std::string& ids, const std::vector<std::string>& blackouts = {});

// The milestones as "id date" lines, in date order, for diff_lists.
std::vector<std::string> milestone_lines(const schedule::MilestonePlan& plan);

}  // namespace relplan::test
