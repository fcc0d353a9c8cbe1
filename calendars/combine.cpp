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

// A calendar with the same days as `base` plus one layer; `off` decides each listed day's bit.
Calendar with_layer(const Calendar& base, std::shared_ptr<Calendar::Layer> layer, const std::map<std::int32_t, bool>& days) {
  std::vector<std::uint64_t> off(base.off_words().begin(), base.off_words().end());
  for (const auto& [day, is_off] : days) {
    const auto bit = static_cast<std::uint64_t>(day - base.word_base() * 64);
    const std::uint64_t mask = std::uint64_t{1} << (bit & 63U);
    off[bit >> 6U] = is_off ? (off[bit >> 6U] | mask) : (off[bit >> 6U] & ~mask);
  }
  std::sort(layer->records.begin(), layer->records.end(), [](const auto& a, const auto& b) {
    return a.day != b.day ? a.day < b.day : a.name < b.name;
  });
  std::vector<std::shared_ptr<const Calendar::Layer>> layers(base.layers().begin(), base.layers().end());
  layers.push_back(std::move(layer));
  return Calendar{base.id(), base.first_day(), base.last_day(), base.word_base(), std::move(off), std::move(layers)};
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
  auto layer = std::make_shared<Calendar::Layer>();
  layer->calendar = label;
  std::map<std::int32_t, bool> days;
  for (const auto& o : overrides) {
    if (auto s = calendar.check_covers(o.date); !s) return s.error();
    const auto name = static_cast<std::uint16_t>(layer->names.size());
    layer->names.push_back(o.name);
    layer->records.push_back({day_number(o.date), name, o.off ? DayKind::special : DayKind::workday,
                              Confidence::official});
    days[day_number(o.date)] = o.off;
  }
  return with_layer(calendar, std::move(layer), days);
}

Result<Calendar> with_blackouts(const Calendar& calendar, std::span<const BlackoutWindow> windows,
                                std::span<const Calendar> references) {
  auto layer = std::make_shared<Calendar::Layer>();
  layer->calendar = "blackout";
  std::map<std::int32_t, bool> days;
  const int first_year = year_of(calendar.first_day());
  const int last_year = year_of(calendar.last_day());
  for (const auto& w : windows) {
    const auto name = static_cast<std::uint16_t>(layer->names.size());
    layer->names.push_back(w.label);
    auto add = [&](sys_days from, sys_days to) {
      for (sys_days d = std::max(from, calendar.first_day()); d <= std::min(to, calendar.last_day());
           d += date::days{1}) {
        days[day_number(d)] = true;
        layer->records.push_back({day_number(d), name, DayKind::blackout, Confidence::official});
      }
    };
    if (const auto* y = std::get_if<BlackoutWindow::Yearly>(&w.window)) {
      const bool wraps = y->to < y->from;
      for (int year = first_year - 1; year <= last_year; ++year) {
        const date::year yy{year};
        add(sys_days{yy / y->from.month() / y->from.day()},
            sys_days{(wraps ? yy + date::years{1} : yy) / y->to.month() / y->to.day()});
      }
    } else if (const auto* d = std::get_if<BlackoutWindow::Dated>(&w.window)) {
      add(d->from, d->to);
    } else {
      const auto& rel = std::get<BlackoutWindow::Relative>(w.window);
      auto firsts = first_days_of(rel, calendar, references, w.label);
      if (!firsts) return firsts.error();
      for (auto f : *firsts) add(f + date::days{rel.from_offset}, f + date::days{rel.to_offset});
    }
  }
  return with_layer(calendar, std::move(layer), days);
}

}  // namespace relplan
