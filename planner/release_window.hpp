#pragma once
// Where a release may land, and how a nominal date moves there.
//
// A day is an allowed release day when it is
//   - a working day of the team calendar (if there is one): no weekend, holiday or blackout, and
//   - one of the allowed weekdays (default Tuesday..Thursday), and
//   - inside the target part of the month, if one is set (e.g. days 1-15, "first half of the month").
// place_release() moves a nominal date to the closest allowed day in the chosen direction, at most
// max_shift_days away. `nearest` looks at d+1, d-1, d+2, d-2, ...: a tie goes to the later day.
// It reports, for every day skipped (the nominal date up to, not including, the planned one), each
// reason it was not allowed:
//   2020-12-25: "holiday GB-ENG Christmas Day", "holiday US Christmas Day (observed)"
//   2020-12-26: "weekend (US, GB-ENG, DE)", "weekday rule: sat not in tue,wed,thu"
//   2020-12-22: "blackout 12-20..01-05";  2021-03-16: "outside target days 1-15"
// No allowed day within the limit is an error: "no allowed release day within 3 days (max_shift_days)".
#include <optional>
#include <string>
#include <vector>

#include "calendars/calendar.hpp"

namespace relplan {

inline constexpr WeekdaySet weekdays_tue_wed_thu() noexcept {
  WeekdaySet s;
  s.insert(date::Tuesday);
  s.insert(date::Wednesday);
  s.insert(date::Thursday);
  return s;
}

struct TargetDays {  // days of the month, both included
  unsigned first = 1;
  unsigned last = 31;
  bool contains(date::sys_days d) const noexcept;
  std::string to_string() const { return std::to_string(first) + "-" + std::to_string(last); }
};

struct ReleaseWindow {
  WeekdaySet weekdays = weekdays_tue_wed_thu();
  std::optional<TargetDays> target_days;
  // "weekdays: expected at least one weekday, saw none", "target_days: expected 1 <= first <= last <= 31, saw 16-15"
  Status validate() const;
};

enum class ShiftDirection { nearest, earlier, later };
inline constexpr int max_shift_limit = 62;

struct ReleaseAdjustment {
  ShiftDirection direction = ShiftDirection::nearest;
  int max_shift_days = 14;
  Status validate() const;  // "max_shift_days: expected 0..62, saw -1"
};

enum class SkipRule { holiday, weekend, blackout, weekday_rule, target_days };
std::string_view to_string(SkipRule rule) noexcept;

// One reason why one day was skipped.
struct ShiftReason {
  date::sys_days day;
  SkipRule rule;
  std::string text;  // "holiday GB-ENG Boxing Day (observed)", "weekday rule: sat not in tue,wed,thu"
  bool operator==(const ShiftReason&) const = default;
};

struct PlacedDay {
  date::sys_days planned;
  std::vector<ShiftReason> reasons;
};

// Moves `nominal` to an allowed release day. `calendar` may be null (no team calendar: only the
// weekday and target rules apply). Errors: the limit (see the header comment) or a day outside the
// calendar's range ("calendar US: year 2051 is outside 2000..2050"). Inputs are validated.
Result<PlacedDay> place_release(date::sys_days nominal, const Calendar* calendar, const ReleaseWindow& window,
                                const ReleaseAdjustment& adjustment);

}  // namespace relplan
