#pragma once
// A project's coming releases, planned from its cadence and its release history.
//
// The grid: a project such as Xen aims at fixed months (anchor_months 3, 7, 11) and a part of the
// month (target_days 1-15). The latest released version is put on its grid slot: the anchor month
// whose target start (day target_first_day, else 1) is nearest to its release date (4.22, released
// 2026-07-30, sits on the 2026-07-01 slot). The train starts there, with the actual dates of that
// release and of any later recorded one, and continues `next` releases beyond the last actual one
// under the project's slip policy: keep_grid (a slip shortens the next cycle: 4.23 aims at
// 2027-03-01 whatever happened to 4.22) or shift_grid (the next cycle is counted from the actual
// date). The release days follow the project's weekdays, target days, calendars and blackouts.
// The train itself is built by data/scenario/scenario_spec.hpp (project_train), like every scenario.
#include "data/project/project.hpp"

namespace relplan {

// The grid slot of a release date: see the header comment. Without anchor_months, the date itself.
date::sys_days grid_slot(const ProjectCadence& cadence, date::sys_days released);

}  // namespace relplan
