#pragma once
// A release train's cadence: a release every N months (1..36) or every N weeks (1..104).
//
// Release k of a train anchored on A has the nominal date A + k*N months (or weeks), computed from
// the anchor each time (month_math.hpp): with a 1-month cadence from 2019-01-31 the nominal dates
// are 01-31, 02-28, 03-31, 04-30 under MonthEnd::clamp, and release 1 is an error under reject.
#include <date/date.h>

#include <string>

#include "calendars/result.hpp"
#include "planner/month_math.hpp"

namespace relplan {

inline constexpr int max_cadence_months = 36;
inline constexpr int max_cadence_weeks = 104;

struct Cadence {
  enum class Unit { months, weeks };
  Unit unit = Unit::months;
  int count = 0;

  static constexpr Cadence months(int n) noexcept { return {Unit::months, n}; }
  static constexpr Cadence weeks(int n) noexcept { return {Unit::weeks, n}; }

  // "cadence_months: expected 1..36, saw 0" / "cadence_weeks: expected 1..104, saw 105".
  Status validate() const;
  // "8 months", "1 month", "26 weeks".
  std::string to_string() const;
  // Releases a year the cadence implies: 12 / months, or (365.2425 / 7) / weeks.
  double releases_per_year() const noexcept;
  // origin + steps * cadence; only the months unit can fail (MonthEnd::reject).
  Result<date::sys_days> step(date::sys_days origin, int steps, MonthEnd month_end) const;
  bool operator==(const Cadence&) const = default;
};

}  // namespace relplan
