#pragma once
// Schedule values as people write them in template files and flags. Each parser returns the value or
// an Error "<field>: expected <rule>, saw '<text>'".
//   offset        "3 weeks", "-1 day", "+2 working days"
//   time of day   "09:00" (00:00..23:59)
//   local time    "09:00 America/Los_Angeles", "12:00 UTC"   (the zone must exist in the tz database)
//   hours         "09:00-17:00" (end may be 24:00)
//   instant       "2019-12-11T12:00Z" (UTC, minutes)
//   weekdays      "tue,wed,thu"
//   advisory      "XSA-307@2019-12-11T12:00Z"                 public at that instant
//                 "XSA-308@reported:2019-11-20"               public by the disclosure policy
//                 "XSA-309@2020-01-14T12:00Z,reported:2019-12-20,not-in-release"
#include <string_view>
#include <utility>

#include "planner/schedule/embargo.hpp"
#include "planner/schedule/zones.hpp"

namespace relplan {

Result<schedule::Offset> parse_offset(std::string_view text, std::string_view field);
Result<std::chrono::minutes> parse_time_of_day(std::string_view text, std::string_view field);
Result<schedule::LocalTime> parse_local_time(std::string_view text, std::string_view field);
Result<std::pair<std::chrono::minutes, std::chrono::minutes>> parse_hours(std::string_view text,
                                                                          std::string_view field);
Result<date::sys_seconds> parse_instant(std::string_view text, std::string_view field);
Result<WeekdaySet> parse_weekdays(std::string_view text, std::string_view field);
Result<schedule::Advisory> parse_advisory(std::string_view text, std::string_view field);

// The inverse forms, for output: "2019-12-11T12:00Z", "09:00".
std::string format_instant(date::sys_seconds t);
std::string format_time_of_day(std::chrono::minutes m);

}  // namespace relplan
