#include "calendars/io/calendar_toml.hpp"

#include <algorithm>

#include <toml++/toml.h>

#include "calendars/evaluate.hpp"
#include "calendars/io/toml_fields.hpp"

namespace relplan {

namespace {

constexpr int min_year = min_calendar_year;
constexpr int max_year = max_calendar_year;

using Fields = TomlFields;

int year_of(date::sys_days d) { return static_cast<int>(date::year_month_day{d}.year()); }

// Dates of a table, a one-off or a make-up workday outside the years they can count in would be
// dropped by evaluate() without a word; they are errors naming the date and the years.
Status check_years(Fields& f, std::string_view key, const std::vector<date::sys_days>& dates, int lo, int hi,
                   const std::string& which) {
  for (auto d : dates) {
    const int y = year_of(d);
    if (y < lo || y > hi) {
      const std::string range = std::to_string(lo) + ".." + std::to_string(hi);
      return f.error(key, quoted(format_date(d)),
                     std::string(key == "date" ? "a date" : "dates") + " in " + which + " (" + range + ")");
    }
  }
  return Ok{};
}

Result<date::month> month_field(Fields& f) {
  RELPLAN_TRY(m, f.required_integer("month", 1, 12));
  return date::month{static_cast<unsigned>(m)};
}

Result<date::weekday> weekday_field(Fields& f) {
  RELPLAN_TRY(i, f.choice("weekday", {"sun", "mon", "tue", "wed", "thu", "fri", "sat"}, -1));
  return date::weekday{static_cast<unsigned>(i)};
}

Result<RuleKind> rule_kind(Fields& f, std::size_t kind) {
  switch (kind) {
    case 0: {  // fixed
      RELPLAN_TRY(m, month_field(f));
      RELPLAN_TRY(d, f.required_integer("day", 1, 31));
      if (!(date::year{2000} / m / date::day{static_cast<unsigned>(d)}).ok()) {
        return f.error("day", std::to_string(d), "a day of month " + std::to_string(unsigned(m)));
      }
      return RuleKind{FixedDate{m, date::day{static_cast<unsigned>(d)}}};
    }
    case 1: {  // nth_weekday
      RELPLAN_TRY(m, month_field(f));
      RELPLAN_TRY(wd, weekday_field(f));
      RELPLAN_TRY(nth, f.required_integer("nth", -1, 5));
      if (nth == 0) return f.error("nth", "0", "1..5, or -1 for the last");
      return RuleKind{NthWeekday{m, wd, nth}};
    }
    case 2:
    case 3: {  // weekday_on_or_before / weekday_on_or_after
      RELPLAN_TRY(m, month_field(f));
      RELPLAN_TRY(d, f.required_integer("day", 1, 31));
      RELPLAN_TRY(wd, weekday_field(f));
      if (!(date::year{2001} / m / date::day{static_cast<unsigned>(d)}).ok()) {
        return f.error("day", std::to_string(d),
                       "a day that exists in month " + std::to_string(unsigned(m)) + " every year");
      }
      return RuleKind{WeekdayNear{m, date::day{static_cast<unsigned>(d)}, wd, kind == 3}};
    }
    case 4:
    case 5: {  // easter / orthodox_easter
      RELPLAN_TRY(offset, f.integer("offset", -100, 100));
      return RuleKind{EasterOffset{offset.value_or(0), kind == 5}};
    }
    case 6: {  // table
      RELPLAN_TRY(dates, f.dates("dates", true));
      RELPLAN_TRY(estimated_from, f.integer("estimated_from", min_year, max_year));
      std::sort(dates.begin(), dates.end());
      return RuleKind{DateTable{std::move(dates), estimated_from}};
    }
    default: {  // one_off
      RELPLAN_TRY(text, f.string("date", true));
      auto d = parse_date(text);
      if (!d) return f.error("date", quoted(text), "a date as YYYY-MM-DD");
      return RuleKind{DateTable{{*d}, std::nullopt}};
    }
  }
}

const std::initializer_list<std::string_view> observed_choices{"none", "next_working_day", "previous_working_day",
                                                               "following_monday", "preceding_friday"};

Result<HolidayRule> holiday_rule(const toml::table& table, int first_year, int last_year, std::size_t index) {
  std::string label = "holiday #" + std::to_string(index + 1);
  if (auto n = table["name"].value<std::string>(); n && !n->empty()) label = "holiday " + quoted(*n);
  Fields f(table, label);
  HolidayRule rule;
  RELPLAN_TRY(name, f.string("name", true));
  rule.name = std::move(name);
  RELPLAN_TRY(kind, f.choice("rule",
                             {"fixed", "nth_weekday", "weekday_on_or_before", "weekday_on_or_after", "easter",
                              "orthodox_easter", "table", "one_off"},
                             -1));
  RELPLAN_TRY(rk, rule_kind(f, kind));
  rule.rule = std::move(rk);
  RELPLAN_TRY(since, f.integer("since", min_year, max_year));
  RELPLAN_TRY(until, f.integer("until", min_year, max_year));
  rule.since = since.value_or(first_year - 1);
  rule.until = until.value_or(last_year + 1);
  if (rule.until < rule.since)
    return f.error("until", std::to_string(rule.until), "a year >= since (" + std::to_string(rule.since) + ")");
  if (const auto* dated = std::get_if<DateTable>(&rule.rule)) {
    const int lo = std::max(first_year, rule.since);
    const int hi = std::min(last_year, rule.until);
    const bool narrowed = lo != first_year || hi != last_year;
    const std::string_view key = kind == 7 ? "date" : "dates";
    if (auto s = check_years(f, key, dated->dates, lo, hi,
                             narrowed ? "the years of since..until within first_year..last_year"
                                      : "the calendar's years first_year..last_year");
        !s) {
      return s.error();
    }
  }
  if (const auto* n = f.node("except_years")) {
    const auto* arr = n->as_array();
    if (!arr) return f.error("except_years", show(*n), "an array of years");
    for (const auto& item : *arr) {
      auto y = item.value_exact<std::int64_t>();
      if (!y || *y < min_year || *y > max_year) return f.error("except_years", show(item), "years 1900..2200");
      rule.except_years.push_back(static_cast<int>(*y));
    }
  }
  RELPLAN_TRY(day_kind, f.choice("kind", {"holiday", "special"}, 0));
  rule.kind = day_kind == 0 ? DayKind::holiday : DayKind::special;
  RELPLAN_TRY(confidence, f.choice("confidence", {"official", "computed", "estimated"}, 0));
  rule.confidence = static_cast<Confidence>(confidence);
  RELPLAN_TRY(sat, f.choice("observed_saturday", observed_choices, 0));
  RELPLAN_TRY(sun, f.choice("observed_sunday", observed_choices, 0));
  rule.observed_saturday = static_cast<ObservedPolicy>(sat);
  rule.observed_sunday = static_cast<ObservedPolicy>(sun);
  RELPLAN_TRY(observed_since, f.integer("observed_since", min_year, max_year));
  rule.observed_since = observed_since.value_or(rule.since);
  RELPLAN_TRY(observed_kind, f.choice("observed_kind", {"observed", "substitute"}, 0));
  rule.observed_kind = observed_kind == 0 ? DayKind::observed : DayKind::substitute;
  RELPLAN_TRY(source, f.string("source", true));
  rule.source = std::move(source);
  if (auto s = f.no_unknown_keys(); !s) return s.error();
  return rule;
}

Result<CalendarSpec> calendar_spec(const toml::table& root) {
  Fields f(root, "calendar");
  CalendarSpec spec;
  RELPLAN_TRY(id, f.string("id", true));
  if (!std::all_of(id.begin(), id.end(),
                   [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'; })) {
    return f.error("id", quoted(id), "upper-case letters, digits and '-'");
  }
  spec.id = std::move(id);
  RELPLAN_TRY(name, f.string("name", true));
  spec.name = std::move(name);
  RELPLAN_TRY(first, f.required_integer("first_year", min_year, max_year));
  RELPLAN_TRY(last, f.required_integer("last_year", min_year, max_year));
  if (last < first)
    return f.error("last_year", std::to_string(last), "a year >= first_year (" + std::to_string(first) + ")");
  spec.first_year = first;
  spec.last_year = last;
  RELPLAN_TRY(weekend, f.weekdays("weekend"));
  if (auto s = check_weekend(weekend); !s) return f.at("weekend", s.error());
  spec.weekend = weekend;
  RELPLAN_TRY(note, f.string("range_note", false));
  spec.range_note = std::move(note);
  RELPLAN_TRY(sources, f.strings("sources"));
  spec.sources = std::move(sources);
  if (const auto* n = f.node("holiday")) {
    const auto* arr = n->as_array();
    if (!arr || !arr->is_array_of_tables()) return f.error("holiday", show(*n), "an array of tables [[holiday]]");
    std::size_t i = 0;
    for (const auto& item : *arr) {
      RELPLAN_TRY(rule, holiday_rule(*item.as_table(), first, last, i++));
      spec.holidays.push_back(std::move(rule));
    }
  } else {
    // A file without rules is a truncated or empty file; as a replacement it would silently turn a
    // shipped calendar into weekends only.
    return f.error("holiday", "none", "at least one [[holiday]] rule");
  }
  if (const auto* n = f.node("workday")) {
    const auto* arr = n->as_array();
    if (!arr || !arr->is_array_of_tables()) return f.error("workday", show(*n), "an array of tables [[workday]]");
    for (const auto& item : *arr) {
      const auto& table = *item.as_table();
      Fields w(table, "workday " + quoted(table["name"].value_or(std::string("?"))));
      MakeUpWorkdays entry;
      RELPLAN_TRY(wname, w.string("name", true));
      entry.name = std::move(wname);
      RELPLAN_TRY(dates, w.dates("dates", true));
      if (auto s = check_years(w, "dates", dates, first, last, "the calendar's years first_year..last_year"); !s) {
        return s.error();
      }
      entry.dates = std::move(dates);
      RELPLAN_TRY(confidence, w.choice("confidence", {"official", "computed", "estimated"}, 0));
      entry.confidence = static_cast<Confidence>(confidence);
      RELPLAN_TRY(source, w.string("source", true));
      entry.source = std::move(source);
      if (auto s = w.no_unknown_keys(); !s) return s.error();
      spec.workdays.push_back(std::move(entry));
    }
  }
  if (const auto* n = f.node("bridge")) {
    const auto* table = n->as_table();
    if (!table) return f.error("bridge", show(*n), "a table [bridge]");
    Fields b(*table, "bridge");
    BridgeRule bridge;
    RELPLAN_TRY(bname, b.string("name", true));
    bridge.name = std::move(bname);
    RELPLAN_TRY(since, b.required_integer("since", min_year, max_year));
    bridge.since = since;
    RELPLAN_TRY(except, b.weekdays("except_weekdays"));
    bridge.except_weekdays = except;
    RELPLAN_TRY(source, b.string("source", true));
    bridge.source = std::move(source);
    if (auto s = b.no_unknown_keys(); !s) return s.error();
    spec.bridge = std::move(bridge);
  }
  if (spec.rule_count() > max_calendar_rules) {
    return f.error("holiday", std::to_string(spec.rule_count()),
                   "at most " + std::to_string(max_calendar_rules) + " rules");
  }
  if (auto s = f.no_unknown_keys(); !s) return s.error();
  return spec;
}

}  // namespace

Result<std::shared_ptr<const CalendarSpec>> parse_calendar_toml(std::string_view text, std::string_view file) {
  RELPLAN_TRY(root, parse_toml(text, file));
  auto spec = calendar_spec(root);
  if (!spec) {
    Error e = spec.error();
    e.message = std::string(file) + ":" + e.message;  // messages from TomlFields begin with the line number
    return e;
  }
  return std::make_shared<const CalendarSpec>(std::move(spec).value());
}

}  // namespace relplan
