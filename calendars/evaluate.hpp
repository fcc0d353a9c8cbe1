#pragma once
// Turns a validated CalendarSpec into a Calendar for the spec's whole year range.
//
// Order of evaluation, as the laws define it:
//   1. each rule's dates, for the range plus one year either side (an observed day can cross a
//      year end: US New Year's Day on Saturday 2022-01-01 is observed Friday 2021-12-31);
//   2. observed/substitute days, in date order, so an earlier holiday takes the first free weekday
//      (England 2021: Christmas Sat 25 -> Mon 27, Boxing Day Sun 26 -> Tue 28);
//   3. bridge days (Japan's Citizens' Holiday), which never replace a substitute day;
//   4. make-up working days clear the weekend bit of their day.
#include <memory>

#include "calendars/calendar.hpp"
#include "calendars/rules.hpp"

namespace relplan {

Calendar evaluate(std::shared_ptr<const CalendarSpec> spec);

}  // namespace relplan
