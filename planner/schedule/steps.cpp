#include "planner/schedule/steps.hpp"

#include <array>
#include <cstdlib>

namespace relplan::schedule {

using date::days;
using date::sys_days;

Result<sys_days> step(const Calendar& cal, sys_days d, Offset offset) {
  switch (offset.unit) {
    case Unit::days:
      return d + days{offset.amount};
    case Unit::weeks:
      return d + days{7 * offset.amount};
    case Unit::working_days:
      return add_working_days(cal, d, offset.amount);
  }
  return d;
}

sys_days pin(sys_days d, WeekdayPin p) noexcept {
  switch (p.direction) {
    case PinDirection::before:
      d -= days{1};
      [[fallthrough]];
    case PinDirection::on_or_before:
      return d - (date::weekday{d} - p.weekday);
    case PinDirection::after:
      d += days{1};
      [[fallthrough]];
    case PinDirection::on_or_after:
      return d + (p.weekday - date::weekday{d});
  }
  return d;
}

std::string to_string(Offset offset) {
  const int n = std::abs(offset.amount);
  std::string unit;
  switch (offset.unit) {
    case Unit::days:
      unit = n == 1 ? "day" : "days";
      break;
    case Unit::weeks:
      unit = n == 1 ? "week" : "weeks";
      break;
    case Unit::working_days:
      unit = n == 1 ? "working day" : "working days";
      break;
  }
  return std::to_string(offset.amount) + " " + unit;
}

namespace {
constexpr std::array<const char*, 4> pin_names{"on_or_before", "before", "on_or_after", "after"};
constexpr std::array<const char*, 4> adjustment_names{"following", "preceding", "modified_following", "nearest"};
}  // namespace

std::string to_string(PinDirection direction) { return pin_names[static_cast<std::size_t>(direction)]; }

std::optional<PinDirection> parse_pin_direction(std::string_view text) noexcept {
  for (std::size_t i = 0; i < pin_names.size(); ++i) {
    if (text == pin_names[i]) return static_cast<PinDirection>(i);
  }
  return std::nullopt;
}

std::string to_string(Adjustment adjustment) { return adjustment_names[static_cast<std::size_t>(adjustment)]; }

std::optional<Adjustment> parse_adjustment(std::string_view text) noexcept {
  for (std::size_t i = 0; i < adjustment_names.size(); ++i) {
    if (text == adjustment_names[i]) return static_cast<Adjustment>(i);
  }
  return std::nullopt;
}

std::string day_label(sys_days d) { return date::format("%a %F", d); }

Result<int> blackout_days_lost(const Calendar& team, const Calendar& working, sys_days from, sys_days to) {
  auto with_blackouts = working_days_between(working, from, to);
  if (!with_blackouts) return with_blackouts.error();
  auto without = working_days_between(team, from, to);
  if (!without) return without.error();
  return *without - *with_blackouts;
}

}  // namespace relplan::schedule
