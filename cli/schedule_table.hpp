#pragma once
// `relplan schedule --format table`: the schedule as plain-text sections for the terminal.
#include <string>

#include "data/export/schedule.hpp"

namespace relplan::cli {

std::string render_schedule(const schedule::Schedule& s, const ScheduleLabels& labels,
                            const schedule::SchedulePolicy& policy);

}  // namespace relplan::cli
