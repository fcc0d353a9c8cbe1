#pragma once
// Why days are not working days or release days, in words: the phrases slips and warnings are written
// in (schedule.hpp). Pure; every day asked about must be covered by the calendar (callers ask only about
// days they have already stepped over).
//
//   off_reasons(cal, d)  each reason d is off, "<calendar> <name>" joined by "; ", in the calendar's order:
//                        Fri 2020-05-01 on US+GB-ENG+DE+CN: "DE Labour Day (Tag der Arbeit); CN Labour Day";
//                        a weekend: "weekend"; a blackout window: "blackout 12-20..01-05"; a project's own
//                        day off: "project xen Project summit". Empty for a working day.
//   holidays_on(cal, d)  the holidays of d grouped by their English name (the part before a parenthesised
//                        local name), each with the calendars it is a holiday of:
//                        Wed 2019-12-25 on US+GB-ENG+DE: "Christmas Day (US, GB-ENG, DE)"; observed days say
//                        so: "Christmas Day observed (GB-ENG)". Weekends and blackouts are not holidays.
//   skipped_days(working, from, to, allowed)
//                        the days strictly between `from` and `to` that are not working days of `working`
//                        or not on an `allowed` weekday, as runs of consecutive days of one cause, joined
//                        by "; " (working days of an allowed weekday end a run and are not listed):
//                          a blackout:   "Fri 2019-12-20..Sun 2020-01-05 blackout 12-20..01-05 (holidays
//                                         in it: Christmas Day (US, GB-ENG, DE) Wed 2019-12-25, ...)"
//                          days off:     "Sat 2019-12-14..Sun 2019-12-15 weekend",
//                                        "Thu 2019-11-28 Thanksgiving Day (US)",
//                                        "Fri 2020-04-10..Mon 2020-04-13 Good Friday (GB-ENG, DE) Fri 2020-04-10,
//                                         weekend, Easter Monday (GB-ENG, DE) Mon 2020-04-13"
//                          the weekday:  "Mon 2020-01-06 not an allowed release weekday (tue,wed,thu)"
//                        With no `allowed` set, working days are never listed (the days a soak steps over).
//   blackout_extent(working, d, name)
//                        the whole run of days around d that the blackout `name` covers (d itself must be
//                        in it): "Fri 2019-12-20..Sun 2020-01-05".
//   day_range(a, b)      "Mon 2020-01-06" when a == b, else "Fri 2019-12-20..Sun 2020-01-05".
#include <optional>
#include <string>

#include "calendars/calendar.hpp"

namespace relplan::schedule {

std::string off_reasons(const Calendar& cal, date::sys_days d);
std::string holidays_on(const Calendar& cal, date::sys_days d);
std::string skipped_days(const Calendar& working, date::sys_days from, date::sys_days to,
                         const std::optional<WeekdaySet>& allowed);
// The name of the first blackout window covering d, or nullopt.
std::optional<std::string> blackout_on(const Calendar& working, date::sys_days d);
std::string blackout_extent(const Calendar& working, date::sys_days d, const std::string& name);
std::string day_range(date::sys_days a, date::sys_days b);

}  // namespace relplan::schedule
