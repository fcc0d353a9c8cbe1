#pragma once
// New calendars from old ones. Every function returns a new value; its arguments are unchanged.
//
//   join:          a day is off if it is off in ANY calendar (the team's joined calendars);
//   intersect:     a day is off only if it is off in ALL of them;
//   override_days: adds days off or makes days working (a team's own exceptions);
//   with_blackouts: adds blackout windows (year end, Chinese New Year week, the project summit).
// The range of a join or an intersection is the overlap of the ranges; no overlap is an error.
#include <span>
#include <string>
#include <variant>
#include <vector>

#include "calendars/calendar.hpp"

namespace relplan {

Result<Calendar> join(std::span<const Calendar> calendars);
Result<Calendar> intersect(std::span<const Calendar> calendars);

struct DayOverride {
  date::sys_days date;
  bool off;          // true: the day becomes a day off; false: it becomes a working day
  std::string name;  // shown as the reason: "Project summit", "Worked bank holiday"
};
// `label` names the override layer in occurrences and reasons ("team").
// At most 65535 overrides; each must fall in the calendar's range.
Result<Calendar> override_days(const Calendar& calendar, const std::string& label,
                               std::span<const DayOverride> overrides);

struct BlackoutWindow {
  struct Yearly {  // every year, may wrap the year end: 12-20..01-05
    date::month_day from;
    date::month_day to;
  };
  struct Dated {  // once: 2026-02-14..2026-02-22
    date::sys_days from;
    date::sys_days to;
  };
  struct Relative {  // around the first day of a holiday, each year: CN:Spring Festival-1..+6
    std::string calendar;
    std::string holiday;
    int from_offset;
    int to_offset;
  };
  std::string label;  // the window as written; the reason shown for its days
  std::variant<Yearly, Dated, Relative> window;
};
// Relative windows find their holiday in `calendar` itself or in one of `references`.
// Bounds (hostile input): at most 65535 windows, marking at most max_blackout_days days in all (a
// day in two windows counts twice); beyond, an error naming the window that crossed the bound:
//   blackouts: expected windows that mark at most 1000000 days in all over 2000-01-01..2050-12-31,
//   saw '01-01..12-31'
// Relative offsets are the parser's (blackout_text.hpp: at most 366 days either side).
inline constexpr std::size_t max_blackout_days = 1'000'000;
Result<Calendar> with_blackouts(const Calendar& calendar, std::span<const BlackoutWindow> windows,
                                std::span<const Calendar> references = {});

}  // namespace relplan
