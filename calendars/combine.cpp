#include "calendars/combine.hpp"

#include <algorithm>
#include <map>

namespace relplan {

namespace {

using date::sys_days;

template <class Op>
Result<Calendar> combine(std::span<const Calendar> calendars, const char* separator, Op op) {
  if (calendars.empty()) return Error::expected("calendars", "none", "at least one calendar");
  sys_days first = calendars.front().first_day();
  sys_days last = calendars.front().last_day();
  std::string id;
  std::vector<std::shared_ptr<const Calendar::Layer>> layers;
  for (const auto& c : calendars) {
    first = std::max(first, c.first_day());
    last = std::min(last, c.last_day());
    id += (id.empty() ? "" : separator) + c.id();
    layers.insert(layers.end(), c.layers().begin(), c.layers().end());
  }
  if (first > last) {
    return Error{"calendars", id, "calendars " + id + ": their year ranges do not overlap"};
  }
  const std::int64_t lo = day_number(first);
  const std::int64_t hi = day_number(last);
  const std::int64_t word_base = (lo >= 0 ? lo : lo - 63) / 64;
  const std::int64_t word_last = (hi >= 0 ? hi : hi - 63) / 64;
  std::vector<std::uint64_t> off(static_cast<std::size_t>(word_last - word_base + 1));
  for (std::size_t k = 0; k < off.size(); ++k) {
    const auto global = word_base + static_cast<std::int64_t>(k);
    std::uint64_t acc = calendars.front().off_words()[static_cast<std::size_t>(global - calendars.front().word_base())];
    for (const auto& c : calendars.subspan(1)) {
      acc = op(acc, c.off_words()[static_cast<std::size_t>(global - c.word_base())]);
    }
    off[k] = acc;
  }
  return Calendar{id, first, last, word_base, std::move(off), std::move(layers)};
}

// The names of a layer are indexed by 16 bits (Calendar::Record::name).
constexpr std::size_t max_layer_names = 65535;

// A calendar with the same range as `base`, the off bits `off` and one more layer.
Calendar with_layer(const Calendar& base, std::shared_ptr<Calendar::Layer> layer, std::vector<std::uint64_t> off) {
  std::sort(layer->records.begin(), layer->records.end(),
            [](const auto& a, const auto& b) { return a.day != b.day ? a.day < b.day : a.name < b.name; });
  std::vector<std::shared_ptr<const Calendar::Layer>> layers(base.layers().begin(), base.layers().end());
  layers.push_back(std::move(layer));
  return Calendar{base.id(), base.first_day(), base.last_day(), base.word_base(), std::move(off), std::move(layers)};
}

// Sets (is_off) or clears the bit of `day`, a day in the calendar's range.
void set_off(std::vector<std::uint64_t>& off, const Calendar& base, std::int32_t day, bool is_off) {
  const auto bit = static_cast<std::uint64_t>(day - base.word_base() * 64);
  const std::uint64_t mask = std::uint64_t{1} << (bit & 63U);
  off[bit >> 6U] = is_off ? (off[bit >> 6U] | mask) : (off[bit >> 6U] & ~mask);
}

int year_of(sys_days d) { return static_cast<int>(date::year_month_day{d}.year()); }

// First day of `holiday` in each year, from the layers of the given calendars.
Result<std::vector<sys_days>> first_days_of(const BlackoutWindow::Relative& rel, const Calendar& calendar,
                                            std::span<const Calendar> references, const std::string& label) {
  std::vector<const Calendar::Layer*> candidates;
  auto consider = [&](const Calendar& c) {
    for (const auto& layer : c.layers()) {
      if (layer->calendar == rel.calendar) candidates.push_back(layer.get());
    }
  };
  consider(calendar);
  for (const auto& r : references) consider(r);
  if (candidates.empty()) {
    return Error{"blackout", label, "blackout '" + label + "': calendar " + rel.calendar + " is not loaded"};
  }
  std::map<int, sys_days> first_by_year;
  for (const auto* layer : candidates) {
    for (const auto& r : layer->records) {  // several rules may share a name (a law renamed)
      if (layer->names[r.name] != rel.holiday || r.kind == DayKind::workday) continue;
      const sys_days d = from_day_number(r.day);
      first_by_year.try_emplace(year_of(d), d);
    }
  }
  if (first_by_year.empty()) {
    return Error{"blackout", label,
                 "blackout '" + label + "': calendar " + rel.calendar + " has no holiday named '" + rel.holiday + "'"};
  }
  std::vector<sys_days> out;
  for (const auto& [year, d] : first_by_year) out.push_back(d);
  return out;
}

}  // namespace

Result<Calendar> join(std::span<const Calendar> calendars) {
  return combine(calendars, "+", [](std::uint64_t a, std::uint64_t b) { return a | b; });
}

Result<Calendar> intersect(std::span<const Calendar> calendars) {
  return combine(calendars, "&", [](std::uint64_t a, std::uint64_t b) { return a & b; });
}

Result<Calendar> override_days(const Calendar& calendar, const std::string& label,
                               std::span<const DayOverride> overrides) {
  if (overrides.size() > max_layer_names) {
    return Error::expected("overrides", std::to_string(overrides.size()),
                           "at most " + std::to_string(max_layer_names) + " days");
  }
  auto layer = std::make_shared<Calendar::Layer>();
  layer->calendar = label;
  std::map<std::int32_t, bool> days;  // the last override of a day wins
  for (const auto& o : overrides) {
    if (auto s = calendar.check_covers(o.date); !s) return s.error();
    const auto name = static_cast<std::uint16_t>(layer->names.size());
    layer->names.push_back(o.name);
    layer->records.push_back(
        {day_number(o.date), name, o.off ? DayKind::special : DayKind::workday, Confidence::official});
    days[day_number(o.date)] = o.off;
  }
  std::vector<std::uint64_t> off(calendar.off_words().begin(), calendar.off_words().end());
  for (const auto& [day, is_off] : days) set_off(off, calendar, day, is_off);
  return with_layer(calendar, std::move(layer), std::move(off));
}

Result<Calendar> with_blackouts(const Calendar& calendar, std::span<const BlackoutWindow> windows,
                                std::span<const Calendar> references) {
  if (windows.size() > max_layer_names) {
    return Error::expected("blackouts", std::to_string(windows.size()),
                           "at most " + std::to_string(max_layer_names) + " windows");
  }
  auto layer = std::make_shared<Calendar::Layer>();
  layer->calendar = "blackout";
  std::vector<std::uint64_t> off(calendar.off_words().begin(), calendar.off_words().end());
  const int first_year = year_of(calendar.first_day());
  const int last_year = year_of(calendar.last_day());
  std::size_t marked = 0;  // records so far, bounded by max_blackout_days
  for (const auto& w : windows) {
    const auto name = static_cast<std::uint16_t>(layer->names.size());
    layer->names.push_back(w.label);
    auto add = [&](sys_days from, sys_days to) -> Status {
      const sys_days lo = std::max(from, calendar.first_day());
      const sys_days hi = std::min(to, calendar.last_day());
      if (lo > hi) return Ok{};
      marked += static_cast<std::size_t>((hi - lo).count()) + 1;
      if (marked > max_blackout_days) {
        return Error::expected("blackouts", "'" + w.label + "'",
                               "windows that mark at most " + std::to_string(max_blackout_days) + " days in all over " +
                                   format_date(calendar.first_day()) + ".." + format_date(calendar.last_day()));
      }
      for (sys_days d = lo; d <= hi; d += date::days{1}) {
        set_off(off, calendar, day_number(d), true);
        layer->records.push_back({day_number(d), name, DayKind::blackout, Confidence::official});
      }
      return Ok{};
    };
    if (const auto* y = std::get_if<BlackoutWindow::Yearly>(&w.window)) {
      if (!y->from.ok() || !y->to.ok() || y->from == date::February / 29 || y->to == date::February / 29) {
        return Error::expected("blackouts", "'" + w.label + "'", "month-days that exist every year");
      }
      const bool wraps = y->to < y->from;
      for (int year = first_year - 1; year <= last_year; ++year) {
        const date::year yy{year};
        const auto s = add(sys_days{yy / y->from.month() / y->from.day()},
                           sys_days{(wraps ? yy + date::years{1} : yy) / y->to.month() / y->to.day()});
        if (!s) return s.error();
      }
    } else if (const auto* d = std::get_if<BlackoutWindow::Dated>(&w.window)) {
      if (auto s = add(d->from, d->to); !s) return s.error();
    } else {
      const auto& rel = std::get<BlackoutWindow::Relative>(w.window);
      if (rel.from_offset < -366 || rel.to_offset > 366 || rel.to_offset < rel.from_offset) {
        return Error::expected("blackouts", "'" + w.label + "'", "offsets -366..+366, the end not before the start");
      }
      auto firsts = first_days_of(rel, calendar, references, w.label);
      if (!firsts) return firsts.error();
      for (auto f : *firsts) {
        if (auto s = add(f + date::days{rel.from_offset}, f + date::days{rel.to_offset}); !s) return s.error();
      }
    }
  }
  return with_layer(calendar, std::move(layer), std::move(off));
}

}  // namespace relplan
