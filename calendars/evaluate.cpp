#include "calendars/evaluate.hpp"

#include <algorithm>
#include <string>

#include "calendars/easter.hpp"

namespace relplan {

namespace {

using date::sys_days;

int year_of(sys_days d) { return static_cast<int>(date::year_month_day{d}.year()); }

// The dates a rule yields in year y (at most one, except for tables).
template <class Emit>
void dates_in_year(const RuleKind& rule, int y, Emit&& emit) {
  const date::year year{y};
  std::visit(
      [&](const auto& r) {
        using R = std::decay_t<decltype(r)>;
        if constexpr (std::is_same_v<R, FixedDate>) {
          const auto ymd = year / r.month / r.day;
          if (ymd.ok()) emit(sys_days{ymd});
        } else if constexpr (std::is_same_v<R, NthWeekday>) {
          if (r.nth == -1) {
            emit(sys_days{year / r.month / date::weekday_last{r.weekday}});
          } else {
            const auto ymwd = year / r.month / r.weekday[static_cast<unsigned>(r.nth)];
            if (ymwd.ok()) emit(sys_days{ymwd});
          }
        } else if constexpr (std::is_same_v<R, WeekdayNear>) {
          const sys_days anchor{year / r.month / r.day};
          if (r.after) {
            emit(anchor + (r.weekday - date::weekday{anchor}));
          } else {
            emit(anchor - (date::weekday{anchor} - r.weekday));
          }
        } else if constexpr (std::is_same_v<R, EasterOffset>) {
          emit((r.orthodox ? orthodox_easter(year) : western_easter(year)) + date::days{r.offset});
        } else {
          static_assert(std::is_same_v<R, DateTable>);
          // Tables are walked once, outside the year loop (see collect_base).
        }
      },
      rule);
}

struct Window {  // flags per day over the evaluation window
  std::int32_t first;
  std::vector<unsigned char> flags;
  static constexpr unsigned char holiday = 1, observed = 2;
  bool in(std::int32_t day) const { return day >= first && day < first + static_cast<std::int32_t>(flags.size()); }
  unsigned char& at(std::int32_t day) { return flags[static_cast<std::size_t>(day - first)]; }
  bool has(std::int32_t day, unsigned char f) const {
    return in(day) && (flags[static_cast<std::size_t>(day - first)] & f) != 0;
  }
};

bool applies(const HolidayRule& rule, int y) {
  return y >= rule.since && y <= rule.until &&
         std::find(rule.except_years.begin(), rule.except_years.end(), y) == rule.except_years.end();
}

Confidence confidence_for(const HolidayRule& rule, int y) {
  if (const auto* table = std::get_if<DateTable>(&rule.rule);
      table && table->estimated_from && y >= *table->estimated_from) {
    return Confidence::estimated;
  }
  return rule.confidence;
}

std::vector<Calendar::Record> collect_base(const CalendarSpec& spec, int from_year, int to_year) {
  std::vector<Calendar::Record> base;
  for (std::size_t i = 0; i < spec.holidays.size(); ++i) {
    const auto& rule = spec.holidays[i];
    auto emit = [&](sys_days d) {
      const int y = year_of(d);
      if (y < from_year || y > to_year || !applies(rule, y)) return;
      base.push_back({day_number(d), static_cast<std::uint16_t>(i), rule.kind, confidence_for(rule, y)});
    };
    if (const auto* table = std::get_if<DateTable>(&rule.rule)) {
      for (auto d : table->dates) emit(d);
      continue;
    }
    for (int y = std::max(from_year, rule.since); y <= std::min(to_year, rule.until); ++y) {
      dates_in_year(rule.rule, y, emit);
    }
  }
  std::sort(base.begin(), base.end(),
            [](const auto& a, const auto& b) { return a.day != b.day ? a.day < b.day : a.name < b.name; });
  return base;
}

const char* policy_name(ObservedPolicy policy) {
  switch (policy) {
    case ObservedPolicy::none:
      return "none";
    case ObservedPolicy::next_working_day:
      return "next_working_day";
    case ObservedPolicy::previous_working_day:
      return "previous_working_day";
    case ObservedPolicy::following_monday:
      return "following_monday";
    case ObservedPolicy::preceding_friday:
      return "preceding_friday";
  }
  return "?";
}

// The observed day of a holiday on `day` under `policy`, or nullopt for none. The searching policies
// look at most max_observed_search_days days away (with no working day in a week, or a holiday
// season filling the days around a weekend holiday, they would walk without end or very far).
Result<std::optional<std::int32_t>> observed_day(ObservedPolicy policy, std::int32_t day, const CalendarSpec& spec,
                                                 const Window& window, const HolidayRule& rule) {
  const sys_days d = from_day_number(day);
  const date::weekday wd{d};
  auto is_free = [&](std::int32_t t) {
    return !spec.weekend.contains(date::weekday{from_day_number(t)}) &&
           !window.has(t, Window::holiday | Window::observed);
  };
  auto search = [&](int step) -> Result<std::optional<std::int32_t>> {
    for (int k = 1; k <= max_observed_search_days; ++k) {
      const std::int32_t t = day + k * step;
      if (is_free(t)) return std::optional<std::int32_t>(t);
    }
    const std::string field =
        "holiday '" + rule.name + "': " + (wd == date::Saturday ? "observed_saturday" : "observed_sunday");
    return Error::expected(field, "none",
                           "a free day (not a weekend day, holiday or observed day) within " +
                               std::to_string(max_observed_search_days) + " days " + (step > 0 ? "after " : "before ") +
                               format_date(d) + " (" + policy_name(policy) + ")");
  };
  switch (policy) {
    case ObservedPolicy::none:
      return std::optional<std::int32_t>{};
    case ObservedPolicy::following_monday:
      return std::optional<std::int32_t>(day_number(d + (date::Monday - wd)));
    case ObservedPolicy::preceding_friday:
      return std::optional<std::int32_t>(day_number(d - (wd - date::Friday)));
    case ObservedPolicy::next_working_day:
      return search(+1);
    case ObservedPolicy::previous_working_day:
      return search(-1);
  }
  return std::optional<std::int32_t>{};
}

}  // namespace

Status check_year_range(int first_year, int last_year) {
  const std::string years = std::to_string(min_calendar_year) + ".." + std::to_string(max_calendar_year);
  if (first_year < min_calendar_year || first_year > max_calendar_year) {
    return Error::expected("first_year", std::to_string(first_year), "an integer " + years);
  }
  if (last_year < min_calendar_year || last_year > max_calendar_year) {
    return Error::expected("last_year", std::to_string(last_year), "an integer " + years);
  }
  if (last_year < first_year) {
    return Error::expected("last_year", std::to_string(last_year),
                           "a year >= first_year (" + std::to_string(first_year) + ")");
  }
  return Ok{};
}

Status check_weekend(WeekdaySet weekend) {
  if (weekend.bits() == 0x7F) {
    return Error::expected("weekend", "'" + weekend.to_string() + "'", "at least one working day a week");
  }
  return Ok{};
}

Result<Calendar> evaluate(std::shared_ptr<const CalendarSpec> spec_ptr) {
  const CalendarSpec& spec = *spec_ptr;
  const std::string context = "calendar " + spec.id;
  if (auto s = check_year_range(spec.first_year, spec.last_year); !s) return s.error().in(context);
  if (auto s = check_weekend(spec.weekend); !s) return s.error().in(context);
  if (spec.rule_count() > max_calendar_rules) {
    return Error::expected("holiday", std::to_string(spec.rule_count()),
                           "at most " + std::to_string(max_calendar_rules) + " rules")
        .in(context);
  }
  const sys_days first_day{date::year{spec.first_year} / date::January / 1};
  const sys_days last_day{date::year{spec.last_year} / date::December / 31};

  // 1. Base dates, one year either side of the range.
  auto records = collect_base(spec, spec.first_year - 1, spec.last_year + 1);
  const std::int32_t window_first = day_number(sys_days{date::year{spec.first_year - 1} / date::January / 1});
  const std::int32_t window_last = day_number(sys_days{date::year{spec.last_year + 1} / date::December / 31});
  // Observed days may run up to max_observed_search_days past the window's end; leave room.
  Window window{window_first, std::vector<unsigned char>(
                                  static_cast<std::size_t>(window_last - window_first + max_observed_search_days + 1))};
  for (const auto& r : records) window.at(r.day) |= Window::holiday;

  // 2. Observed and substitute days, in date order.
  const std::size_t base_count = records.size();
  for (std::size_t i = 0; i < base_count; ++i) {
    const auto r = records[i];
    const auto& rule = spec.holidays[r.name];
    const sys_days d = from_day_number(r.day);
    const date::weekday wd{d};
    if (year_of(d) < rule.observed_since) continue;
    const ObservedPolicy policy = wd == date::Saturday ? rule.observed_saturday
                                  : wd == date::Sunday ? rule.observed_sunday
                                                       : ObservedPolicy::none;
    auto t = observed_day(policy, r.day, spec, window, rule);
    if (!t) return t.error().in(context);
    if (*t && window.in(**t)) {  // outside the window is outside the range
      window.at(**t) |= Window::observed;
      records.push_back({**t, r.name, rule.observed_kind, r.confidence});
    }
  }

  // 3. Bridge days: not a holiday or observed day, between two holidays.
  std::vector<std::string> names;
  names.reserve(spec.holidays.size() + spec.workdays.size() + 1);
  for (const auto& rule : spec.holidays) names.push_back(rule.name);
  if (spec.bridge) {
    const auto bridge_name = static_cast<std::uint16_t>(names.size());
    names.push_back(spec.bridge->name);
    for (std::size_t i = 0; i < base_count; ++i) {
      const std::int32_t day = records[i].day + 1;
      const sys_days d = from_day_number(day);
      if (year_of(d) < spec.bridge->since || spec.bridge->except_weekdays.contains(date::weekday{d})) continue;
      if (window.has(day, Window::holiday | Window::observed) || !window.has(day + 1, Window::holiday)) continue;
      window.at(day) |= Window::holiday;
      records.push_back({day, bridge_name, DayKind::holiday, Confidence::official});
    }
  }

  // 4. Make-up working days.
  for (const auto& w : spec.workdays) {
    const auto name = static_cast<std::uint16_t>(names.size());
    names.push_back(w.name);
    for (auto d : w.dates) records.push_back({day_number(d), name, DayKind::workday, w.confidence});
  }

  // Keep the declared range only.
  const auto lo = day_number(first_day);
  const auto hi = day_number(last_day);
  std::erase_if(records, [&](const auto& r) { return r.day < lo || r.day > hi; });
  std::sort(records.begin(), records.end(),
            [](const auto& a, const auto& b) { return a.day != b.day ? a.day < b.day : a.name < b.name; });

  // Bits: weekend days unless made working, then every holiday-like record.
  const std::int64_t word_base = (lo >= 0 ? lo : lo - 63) / 64;
  const std::int64_t bit_base = word_base * 64;
  std::vector<std::uint64_t> off(static_cast<std::size_t>((hi - bit_base) / 64 + 1), 0);
  auto set = [&](std::int64_t day, bool value) {
    const auto bit = static_cast<std::uint64_t>(day - bit_base);
    if (value) {
      off[bit >> 6U] |= std::uint64_t{1} << (bit & 63U);
    } else {
      off[bit >> 6U] &= ~(std::uint64_t{1} << (bit & 63U));
    }
  };
  unsigned wd = date::weekday{first_day}.c_encoding();
  for (std::int64_t day = lo; day <= hi; ++day) {
    if (spec.weekend.contains(date::weekday{wd})) set(day, true);
    wd = wd == 6 ? 0 : wd + 1;
  }
  for (const auto& r : records) {
    if (r.kind == DayKind::workday) set(r.day, false);
  }
  for (const auto& r : records) {
    if (r.kind != DayKind::workday) set(r.day, true);
  }

  auto layer = std::make_shared<Calendar::Layer>();
  layer->calendar = spec.id;
  layer->first_year = spec.first_year;
  layer->last_year = spec.last_year;
  layer->range_note = spec.range_note;
  layer->weekend = spec.weekend;
  layer->names = std::move(names);
  layer->records = std::move(records);
  return Calendar{spec.id, first_day, last_day, word_base, std::move(off), {std::move(layer)}};
}

}  // namespace relplan
