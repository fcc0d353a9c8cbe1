#pragma once
// Reads one calendar file (the TOML schema of calendars/data/README.md) from its text.
// This is an adapter: it parses, validates and builds a CalendarSpec; it opens no file.
// Errors name the file, the line, the rule and the field, for example
//   gb-eng.toml:41: holiday 'Boxing Day': observed_sunday: expected one of none, next_working_day,
//   previous_working_day, following_monday, preceding_friday, saw 'monday'
#include <memory>
#include <string_view>

#include "calendars/result.hpp"
#include "calendars/rules.hpp"

namespace relplan {

Result<std::shared_ptr<const CalendarSpec>> parse_calendar_toml(std::string_view text, std::string_view file);

}  // namespace relplan
