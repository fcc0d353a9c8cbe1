#pragma once
// The steps a release schedule is built from: offsets ("+3 weeks", "-2 working days") and weekday pins
// ("the Friday on or before", "the Wednesday after").
//
// Contracts:
//   step(cal, d, {n, days})          d + n calendar days; d may be any day.
//   step(cal, d, {n, weeks})         d + 7n calendar days.
//   step(cal, d, {n, working_days})  add_working_days(cal, d, n): n > 0 counts working days after d, d
//                                    itself not counted (Wed 2019-12-11 + 2 working days on
//                                    US+GB-ENG+DE = Fri 2019-12-13); the result is a working day.
//   pin(d, {fri, on_or_before})      d if d is a Friday, else the Friday before it.
//   pin(d, {wed, after})             the first Wednesday strictly after d (Fri 2019-12-13 -> Wed 12-18).
// Neither adjusts to a working day: that is the caller's Adjustment (calendars/workdays.hpp).
#include <optional>
#include <string>

#include "calendars/workdays.hpp"

namespace relplan::schedule {

enum class Unit { days, weeks, working_days };

struct Offset {
  int amount = 0;
  Unit unit = Unit::days;
  bool operator==(const Offset&) const = default;
  Offset negated() const { return {-amount, unit}; }
};

enum class PinDirection { on_or_before, before, on_or_after, after };

struct WeekdayPin {
  date::weekday weekday;
  PinDirection direction;
  bool operator==(const WeekdayPin&) const = default;
};

Result<date::sys_days> step(const Calendar& cal, date::sys_days d, Offset offset);
date::sys_days pin(date::sys_days d, WeekdayPin p) noexcept;

// "3 weeks", "-1 day", "2 working days" (the form files and messages use).
std::string to_string(Offset offset);
// "on_or_before" .. "after" and back.
std::string to_string(PinDirection direction);
std::optional<PinDirection> parse_pin_direction(std::string_view text) noexcept;
// "following" .. "nearest" and back.
std::string to_string(Adjustment adjustment);
std::optional<Adjustment> parse_adjustment(std::string_view text) noexcept;
// "Fri 2019-12-13": the form conflicts are written in.
std::string day_label(date::sys_days d);

// Working days in (from, to] that `working` loses to blackout windows: days that are working days of
// `team` (holidays and weekends only) but not of `working` (team plus blackouts). Negated when to < from.
Result<int> blackout_days_lost(const Calendar& team, const Calendar& working, date::sys_days from, date::sys_days to);

}  // namespace relplan::schedule
