#include "calendars/calendar.hpp"

#include <algorithm>
#include <tuple>

namespace relplan {

namespace {

int year_of(date::sys_days d) { return static_cast<int>(date::year_month_day{d}.year()); }

bool is_holiday_kind(DayKind kind) {
  return kind == DayKind::holiday || kind == DayKind::observed || kind == DayKind::substitute ||
         kind == DayKind::special;
}

// Records of `layer` on days [from, to].
std::span<const Calendar::Record> records_in(const Calendar::Layer& layer, std::int32_t from, std::int32_t to) {
  auto lo = std::lower_bound(layer.records.begin(), layer.records.end(), from,
                             [](const Calendar::Record& r, std::int32_t day) { return r.day < day; });
  auto hi = std::upper_bound(lo, layer.records.end(), to,
                             [](std::int32_t day, const Calendar::Record& r) { return day < r.day; });
  return {lo, hi};
}

Occurrence to_occurrence(const Calendar::Layer& layer, const Calendar::Record& r) {
  return Occurrence{from_day_number(r.day), layer.calendar, layer.names[r.name], r.kind, r.confidence};
}

}  // namespace

Calendar::Calendar(std::string id, date::sys_days first_day, date::sys_days last_day, std::int64_t word_base,
                   std::vector<std::uint64_t> off, std::vector<std::shared_ptr<const Layer>> layers)
    : data_(std::make_shared<const Data>(
          Data{std::move(id), first_day, last_day, word_base * 64, std::move(off), std::move(layers)})) {}

Status Calendar::check_covers(date::sys_days d) const {
  if (covers(d)) return Ok{};
  const int year = year_of(d);
  for (const auto& layer : data_->layers) {
    if (!layer->first_year || (year >= *layer->first_year && year <= *layer->last_year)) continue;
    std::string msg = "calendar " + layer->calendar + ": year " + std::to_string(year) + " is outside " +
                      std::to_string(*layer->first_year) + ".." + std::to_string(*layer->last_year);
    if (!layer->range_note.empty()) msg += " (" + layer->range_note + ")";
    return Error{"calendar " + layer->calendar, format_date(d), msg};
  }
  // The year is inside every member's range, but the joined range is narrower: name the joined range.
  std::string msg = "calendar " + id() + ": " + format_date(d) + " is outside " + format_date(first_day()) + ".." +
                    format_date(last_day());
  return Error{"calendar " + id(), format_date(d), msg};
}

Result<bool> Calendar::is_holiday(date::sys_days d) const {
  if (auto s = check_covers(d); !s) return s.error();
  const auto day = day_number(d);
  for (const auto& layer : data_->layers) {
    for (const auto& r : records_in(*layer, day, day)) {
      if (is_holiday_kind(r.kind)) return true;
    }
  }
  return false;
}

Result<std::vector<Occurrence>> Calendar::occurrences(date::sys_days from, date::sys_days to) const {
  if (auto s = check_covers(from); !s) return s.error();
  if (auto s = check_covers(to); !s) return s.error();
  std::vector<Occurrence> out;
  for (const auto& layer : data_->layers) {
    for (const auto& r : records_in(*layer, day_number(from), day_number(to))) {
      out.push_back(to_occurrence(*layer, r));
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const Occurrence& a, const Occurrence& b) {
    return std::tie(a.date, a.calendar) < std::tie(b.date, b.calendar);
  });
  return out;
}

std::vector<Occurrence> Calendar::reasons_off(date::sys_days d) const {
  std::vector<Occurrence> out;
  if (!is_off_unchecked(d)) return out;
  const auto day = day_number(d);
  const date::weekday wd{d};
  for (const auto& layer : data_->layers) {
    bool made_working = false;
    for (const auto& r : records_in(*layer, day, day)) {
      if (r.kind == DayKind::workday) {
        made_working = true;
      } else {
        out.push_back(to_occurrence(*layer, r));
      }
    }
    if (layer->weekend.contains(wd) && !made_working) {
      out.push_back(Occurrence{d, layer->calendar, "weekend", DayKind::weekend, Confidence::official});
    }
  }
  return out;
}

}  // namespace relplan
