#pragma once
// Working-day arithmetic on a Calendar. A working day is a day the calendar does not mark off.
//
// Conventions (the caller picks; none is implied):
//   add_working_days(cal, d, n): n > 0 steps forward n working days, d itself not counted
//     (Wed 2019-12-11 + 2 on US+GB-ENG+DE = Fri 2019-12-13); n < 0 steps back; n == 0 returns d.
//   working_days_between(cal, a, b): the working days in (a, b], negated when b < a, so that
//     working_days_between(cal, d, add_working_days(cal, d, n)) == n for every n.
//   adjust(cal, d, convention): d itself when it is a working day; otherwise
//     following: the next working day; preceding: the previous one;
//     modified_following: following, unless that leaves d's month, then preceding;
//     nearest: the closer of the two, ties going to following.
// Walking past the calendar's range is an error naming the calendar and the year.
#include "calendars/calendar.hpp"

namespace relplan {

enum class Adjustment { following, preceding, modified_following, nearest };

Result<date::sys_days> next_working_day(const Calendar& cal, date::sys_days d);      // strictly after d
Result<date::sys_days> previous_working_day(const Calendar& cal, date::sys_days d);  // strictly before d
Result<date::sys_days> add_working_days(const Calendar& cal, date::sys_days d, int n);
Result<int> working_days_between(const Calendar& cal, date::sys_days a, date::sys_days b);
Result<date::sys_days> adjust(const Calendar& cal, date::sys_days d, Adjustment convention);

}  // namespace relplan
