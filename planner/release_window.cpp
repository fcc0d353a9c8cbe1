#include "planner/release_window.hpp"

#include <array>
#include <cstdlib>

namespace relplan {

namespace {

// "holiday GB-ENG Boxing Day (observed)", "blackout 12-20..01-05", "day off US Christmas Eve (federal closing)".
std::string occurrence_text(const Occurrence& o) {
  std::string out;
  out.reserve(24 + o.calendar.size() + o.name.size());
  if (o.kind == DayKind::blackout) return out.append("blackout ").append(o.name);
  out.append(o.kind == DayKind::special ? "day off " : "holiday ").append(o.calendar).append(" ").append(o.name);
  if (o.kind == DayKind::observed) out.append(" (observed)");
  if (o.kind == DayKind::substitute) out.append(" (substitute)");
  return out;
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
    std::string weekend = "weekend (";  // one reason for the weekend of every member: "weekend (US, GB-ENG)"
    const auto prefix = weekend.size();
    for (const auto& o : calendar->reasons_off(d)) {
      if (o.kind == DayKind::weekend) {
        weekend.append(weekend.size() == prefix ? "" : ", ").append(o.calendar);
      } else {
        out.push_back({d, rule_of(o.kind), occurrence_text(o)});
      }
    }
    if (weekend.size() != prefix) out.push_back({d, SkipRule::weekend, std::move(weekend.append(")"))});
  }
  const date::weekday wd{d};
  if (!window.weekdays.contains(wd)) {
    std::string text;
    text.reserve(22 + allowed.size());
    text.append("weekday rule: ").append(weekday_name(wd)).append(" not in ").append(allowed);
    out.push_back({d, SkipRule::weekday_rule, std::move(text)});
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
