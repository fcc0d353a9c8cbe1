#include "planner/release_window.hpp"

#include <array>
#include <cstdlib>

namespace relplan {

namespace {

std::string occurrence_text(const Occurrence& o) {
  switch (o.kind) {
    case DayKind::blackout:
      return "blackout " + o.name;
    case DayKind::observed:
      return "holiday " + o.calendar + " " + o.name + " (observed)";
    case DayKind::substitute:
      return "holiday " + o.calendar + " " + o.name + " (substitute)";
    case DayKind::special:
      return "day off " + o.calendar + " " + o.name;
    default:
      return "holiday " + o.calendar + " " + o.name;
  }
}

SkipRule rule_of(DayKind kind) {
  if (kind == DayKind::blackout) return SkipRule::blackout;
  if (kind == DayKind::weekend) return SkipRule::weekend;
  return SkipRule::holiday;
}

// Appends why `d` is not an allowed release day.
// `allowed` is window.weekdays.to_string(), computed once per placement.
void explain(date::sys_days d, const Calendar* calendar, const ReleaseWindow& window, const std::string& allowed,
             std::vector<ShiftReason>& out) {
  if (calendar != nullptr && calendar->is_off_unchecked(d)) {
    std::string weekend_of;  // one reason for the weekend of every member calendar: "weekend (US, GB-ENG)"
    for (const auto& o : calendar->reasons_off(d)) {
      if (o.kind == DayKind::weekend) {
        weekend_of += (weekend_of.empty() ? "" : ", ") + o.calendar;
      } else {
        out.push_back({d, rule_of(o.kind), occurrence_text(o)});
      }
    }
    if (!weekend_of.empty()) out.push_back({d, SkipRule::weekend, "weekend (" + weekend_of + ")"});
  }
  const date::weekday wd{d};
  if (!window.weekdays.contains(wd)) {
    out.push_back({d, SkipRule::weekday_rule, "weekday rule: " + std::string(weekday_name(wd)) + " not in " + allowed});
  }
  if (window.target_days && !window.target_days->contains(d)) {
    out.push_back({d, SkipRule::target_days, "outside target days " + window.target_days->to_string()});
  }
}

}  // namespace

bool TargetDays::contains(date::sys_days d) const noexcept {
  const auto day = static_cast<unsigned>(date::year_month_day{d}.day());
  return day >= first && day <= last;
}

Status ReleaseWindow::validate() const {
  if (weekdays.empty()) return Error::expected("weekdays", "none", "at least one weekday");
  if (target_days && (target_days->first < 1 || target_days->first > target_days->last || target_days->last > 31)) {
    return Error::expected("target_days", target_days->to_string(), "1 <= first <= last <= 31");
  }
  return Ok{};
}

Status ReleaseAdjustment::validate() const {
  if (max_shift_days < 0 || max_shift_days > max_shift_limit) {
    return Error::expected("max_shift_days", std::to_string(max_shift_days), "0.." + std::to_string(max_shift_limit));
  }
  return Ok{};
}

std::string_view to_string(SkipRule rule) noexcept {
  static constexpr std::array<std::string_view, 5> names{"holiday", "weekend", "blackout", "weekday_rule",
                                                         "target_days"};
  return names[static_cast<std::size_t>(rule)];
}

Result<PlacedDay> place_release(date::sys_days nominal, const Calendar* calendar, const ReleaseWindow& window,
                                const ReleaseAdjustment& adjustment) {
  // Ok(true) if d is allowed; the range error if the calendar does not cover d.
  auto allowed = [&](date::sys_days d) -> Result<bool> {
    if (calendar != nullptr) {
      if (!calendar->covers(d)) return calendar->check_covers(d).error();
      if (calendar->is_off_unchecked(d)) return false;
    }
    if (!window.weekdays.contains(date::weekday{d})) return false;
    return !window.target_days || window.target_days->contains(d);
  };
  const bool look_later = adjustment.direction != ShiftDirection::earlier;
  const bool look_earlier = adjustment.direction != ShiftDirection::later;
  std::optional<date::sys_days> found;
  for (int offset = 0; offset <= adjustment.max_shift_days && !found; ++offset) {
    for (int sign : {+1, -1}) {
      if (offset == 0 && sign < 0) continue;
      if ((sign > 0 && !look_later) || (sign < 0 && !look_earlier)) continue;
      const auto d = nominal + date::days{sign * offset};
      auto ok = allowed(d);
      if (!ok) return ok.error();
      if (*ok) {
        found = d;
        break;
      }
    }
  }
  if (!found) {
    const std::string n = std::to_string(adjustment.max_shift_days);
    const char* where = adjustment.direction == ShiftDirection::earlier ? " before (max_shift_days, adjust earlier)"
                        : adjustment.direction == ShiftDirection::later ? " after (max_shift_days, adjust later)"
                                                                        : " (max_shift_days)";
    return Error{"max_shift_days", n, "no allowed release day within " + n + (n == "1" ? " day" : " days") + where};
  }
  PlacedDay placed{*found, {}};
  const date::days step{*found >= nominal ? 1 : -1};
  if (*found != nominal) {
    const std::string allowed_days = window.weekdays.to_string();
    placed.reasons.reserve(static_cast<std::size_t>(2 * std::abs((*found - nominal).count())));
    for (auto d = nominal; d != *found; d += step) explain(d, calendar, window, allowed_days, placed.reasons);
  }
  return placed;
}

}  // namespace relplan
