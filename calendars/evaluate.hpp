#pragma once
// Turns a CalendarSpec into a Calendar for the spec's whole year range.
//
// Order of evaluation, as the laws define it:
//   1. each rule's dates, for the range plus one year either side (an observed day can cross a
//      year end: US New Year's Day on Saturday 2022-01-01 is observed Friday 2021-12-31);
//   2. observed/substitute days, in date order, so an earlier holiday takes the first free weekday
//      (England 2021: Christmas Sat 25 -> Mon 27, Boxing Day Sun 26 -> Tue 28);
//   3. bridge days (Japan's Citizens' Holiday), which never replace a substitute day;
//   4. make-up working days clear the weekend bit of their day.
//
// Errors (the reader, calendars/io/calendar_toml.hpp, rejects the first three earlier, at their line):
//   calendar T: first_year: expected a year range within 1900..2200, saw 1800..2050
//   calendar T: weekend: expected at least one working day a week, saw 'mon,tue,wed,thu,fri,sat,sun'
//   calendar T: holiday: expected at most 1000 rules, saw 1001
//   calendar T: holiday 'X': observed_saturday: expected a free day (not a weekend day, holiday or
//     observed day) within 14 days after 2024-01-06 (next_working_day), saw none
// The last one is the bound of every observed search (max_observed_search_days, rules.hpp): a file
// whose holidays fill more than two weeks around a weekend holiday is an error, not a long walk.
#include <memory>

#include "calendars/calendar.hpp"
#include "calendars/rules.hpp"

namespace relplan {

Result<Calendar> evaluate(std::shared_ptr<const CalendarSpec> spec);

// The single-value rules evaluate() relies on, shared with the reader, which places the error at
// the key's line. Messages start with the key: "weekend: expected ...".
Status check_year_range(int first_year, int last_year);
Status check_weekend(WeekdaySet weekend);

}  // namespace relplan
