#include "planner/schedule/explain.hpp"

#include <algorithm>
#include <vector>

#include "planner/schedule/steps.hpp"

namespace relplan::schedule {

namespace {

using date::days;
using date::sys_days;

// Calls fn(layer, record) for each record of day d in the calendar's layers (what reasons_off reads,
// without building every occurrence of the day: the explanations look at many days).
template <class Fn>
void for_each_record(const Calendar& cal, sys_days d, Fn fn) {
  const auto n = day_number(d);
  for (const auto& layer : cal.layers()) {
    const auto& records = layer->records;
    auto it = std::lower_bound(records.begin(), records.end(), n,
                               [](const Calendar::Record& r, std::int32_t day) { return r.day < day; });
    for (; it != records.end() && it->day == n; ++it) fn(*layer, *it);
  }
}

bool is_holiday_kind(DayKind k) { return k != DayKind::weekend && k != DayKind::blackout && k != DayKind::workday; }

std::string kind_suffix(DayKind k) {
  if (k == DayKind::observed) return " observed";
  if (k == DayKind::substitute) return " substitute day";
  return "";
}

// "Christmas Day (1. Weihnachtstag)" -> "Christmas Day"; names without a parenthesised tail stay.
std::string english(const std::string& name) {
  const auto open = name.rfind(" (");
  if (open == std::string::npos || open == 0 || name.back() != ')') return name;
  return name.substr(0, open);
}

std::string join(const std::vector<std::string>& parts, const char* sep) {
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : sep) + p;
  return out;
}

// What a day is, for the runs of skipped_days.
struct Cause {
  enum Kind { none, blackout, off, weekday } kind = none;
  std::string blackout_name;
  bool operator==(const Cause&) const = default;
};

Cause cause_of(const Calendar& working, sys_days d, const std::optional<WeekdaySet>& allowed) {
  if (working.is_working_day_unchecked(d)) {
    if (allowed && !allowed->contains(date::weekday{d})) return {Cause::weekday, {}};
    return {};
  }
  if (auto b = blackout_on(working, d)) return {Cause::blackout, *b};
  return {Cause::off, {}};
}

// The holidays of d, one "Christmas Day (US, GB-ENG, DE)" per English name (holidays_on).
std::vector<std::string> holiday_groups(const Calendar& cal, sys_days d) {
  struct Group {
    std::string name;
    std::vector<std::string> calendars;
  };
  std::vector<Group> groups;
  if (!cal.is_off_unchecked(d)) return {};
  for_each_record(cal, d, [&](const Calendar::Layer& layer, const Calendar::Record& r) {
    if (!is_holiday_kind(r.kind)) return;
    const auto name = english(layer.names[r.name]) + kind_suffix(r.kind);
    auto g = std::find_if(groups.begin(), groups.end(), [&](const Group& x) { return x.name == name; });
    if (g == groups.end()) g = groups.insert(groups.end(), Group{name, {}});
    if (std::find(g->calendars.begin(), g->calendars.end(), layer.calendar) == g->calendars.end())
      g->calendars.push_back(layer.calendar);
  });
  std::vector<std::string> out;
  out.reserve(groups.size());
  for (const auto& g : groups) out.push_back(g.name + " (" + join(g.calendars, ", ") + ")");
  return out;
}

// "Christmas Day (US, GB-ENG, DE) Wed 2019-12-25", one item per holiday group of each day.
void holiday_items(const Calendar& cal, sys_days from, sys_days to, std::vector<std::string>& items) {
  for (auto d = from; d <= to; d += days{1}) {
    for (const auto& g : holiday_groups(cal, d)) items.push_back(g + " " + day_label(d));
  }
}

std::string describe_run(const Calendar& working, const Cause& cause, sys_days a, sys_days b,
                         const std::optional<WeekdaySet>& allowed) {
  const auto range = day_range(a, b);
  if (cause.kind == Cause::weekday) {
    return range + " not " + (a == b ? "an allowed release weekday" : "allowed release weekdays") + " (" +
           allowed->to_string() + ")";
  }
  std::vector<std::string> items;
  holiday_items(working, a, b, items);
  if (cause.kind == Cause::blackout) {
    return range + " blackout " + cause.blackout_name +
           (items.empty() ? "" : " (holidays in it: " + join(items, ", ") + ")");
  }
  if (a == b) {
    const auto h = holidays_on(working, a);
    return range + " " + (h.empty() ? off_reasons(working, a) : h);
  }
  // Days off: each day's holidays, and "weekend" once for each run of plain weekend days.
  std::vector<std::string> parts;
  bool in_weekend = false;
  for (auto d = a; d <= b; d += days{1}) {
    std::vector<std::string> day_items;
    holiday_items(working, d, d, day_items);
    if (day_items.empty()) {
      if (!in_weekend) parts.push_back(off_reasons(working, d));
      in_weekend = true;
      continue;
    }
    in_weekend = false;
    parts.insert(parts.end(), day_items.begin(), day_items.end());
  }
  return range + " " + join(parts, ", ");
}

}  // namespace

std::string day_range(sys_days a, sys_days b) { return a == b ? day_label(a) : day_label(a) + ".." + day_label(b); }

std::string off_reasons(const Calendar& cal, sys_days d) {
  std::vector<std::string> parts;
  for (const auto& o : cal.reasons_off(d)) {
    std::string part = o.kind == DayKind::weekend ? "weekend" : o.calendar + " " + o.name + kind_suffix(o.kind);
    if (std::find(parts.begin(), parts.end(), part) == parts.end()) parts.push_back(std::move(part));
  }
  return join(parts, "; ");
}

std::string holidays_on(const Calendar& cal, sys_days d) { return join(holiday_groups(cal, d), ", "); }

std::optional<std::string> blackout_on(const Calendar& working, sys_days d) {
  if (working.is_working_day_unchecked(d)) return std::nullopt;
  std::optional<std::string> name;
  for_each_record(working, d, [&](const Calendar::Layer& layer, const Calendar::Record& r) {
    if (!name && r.kind == DayKind::blackout) name = layer.names[r.name];
  });
  return name;
}

std::string blackout_extent(const Calendar& working, sys_days d, const std::string& name) {
  auto a = d;
  auto b = d;
  for (int i = 0; i < 366 && working.covers(a - days{1}) && blackout_on(working, a - days{1}) == name; ++i)
    a -= days{1};
  for (int i = 0; i < 366 && working.covers(b + days{1}) && blackout_on(working, b + days{1}) == name; ++i)
    b += days{1};
  return day_range(a, b);
}

std::string skipped_days(const Calendar& working, sys_days from, sys_days to,
                         const std::optional<WeekdaySet>& allowed) {
  std::vector<std::string> runs;
  std::optional<std::pair<sys_days, Cause>> open;
  for (auto d = from + days{1}; d < to; d += days{1}) {
    auto c = cause_of(working, d, allowed);
    if (open && open->second == c) continue;
    if (open && open->second.kind != Cause::none)
      runs.push_back(describe_run(working, open->second, open->first, d - days{1}, allowed));
    open = std::pair{d, std::move(c)};
  }
  if (open && open->second.kind != Cause::none)
    runs.push_back(describe_run(working, open->second, open->first, to - days{1}, allowed));
  return join(runs, "; ");
}

}  // namespace relplan::schedule
