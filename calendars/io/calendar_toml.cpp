#include "calendars/io/calendar_toml.hpp"

#include <algorithm>
#include <set>

#include <toml++/toml.h>

namespace relplan {

namespace {

constexpr int min_year = 1900;
constexpr int max_year = 2200;

std::string quoted(std::string_view s) { return "'" + std::string(s) + "'"; }

std::string show(const toml::node& node) {
  if (auto s = node.value<std::string>()) return quoted(*s);
  if (auto i = node.value<std::int64_t>()) return std::to_string(*i);
  if (node.is_array()) return "an array";
  if (node.is_table()) return "a table";
  if (node.is_boolean()) return *node.value<bool>() ? "true" : "false";
  return "a value of another type";
}

// Reads fields of one TOML table, remembering which keys were used so unknown ones are reported.
class Fields {
 public:
  Fields(const toml::table& table, std::string context) : table_(table), context_(std::move(context)) {}

  Error error(std::string_view key, std::string value, const std::string& rule) const {
    const auto* node = table_.get(key);
    const auto line = node ? node->source().begin.line : table_.source().begin.line;
    return Error::expected(std::string(key), std::move(value), rule)
        .in(std::to_string(line) + ": " + context_);
  }
  Error missing(std::string_view key) const {
    return Error{std::string(key), "", std::to_string(table_.source().begin.line) + ": " + context_ + ": " +
                                           std::string(key) + ": required field is missing"};
  }

  const toml::node* node(std::string_view key) {
    used_.insert(std::string(key));
    return table_.get(key);
  }

  Result<std::string> string(std::string_view key, bool required) {
    const auto* n = node(key);
    if (!n) return required ? Result<std::string>(missing(key)) : std::string{};
    if (auto s = n->value<std::string>(); s && !s->empty()) return *s;
    return error(key, show(*n), "a non-empty string");
  }

  Result<std::optional<int>> integer(std::string_view key, int lo, int hi) {
    const auto* n = node(key);
    if (!n) return std::optional<int>{};
    auto v = n->value_exact<std::int64_t>();
    if (!v || *v < lo || *v > hi) {
      return error(key, show(*n), "an integer " + std::to_string(lo) + ".." + std::to_string(hi));
    }
    return std::optional<int>(static_cast<int>(*v));
  }
  Result<int> required_integer(std::string_view key, int lo, int hi) {
    auto v = integer(key, lo, hi);
    if (!v) return v.error();
    if (!*v) return missing(key);
    return **v;
  }

  // One of `choices`, as an index into it; `fallback` when the key is absent (or required if -1).
  Result<std::size_t> choice(std::string_view key, std::initializer_list<std::string_view> choices, int fallback) {
    const auto* n = node(key);
    if (!n) {
      if (fallback < 0) return missing(key);
      return static_cast<std::size_t>(fallback);
    }
    auto s = n->value<std::string>();
    std::size_t i = 0;
    for (auto c : choices) {
      if (s && *s == c) return i;
      ++i;
    }
    std::string rule = "one of ";
    for (auto c : choices) rule += std::string(c) + (c == *(choices.end() - 1) ? "" : ", ");
    return error(key, show(*n), rule);
  }

  Result<std::vector<date::sys_days>> dates(std::string_view key, bool required) {
    const auto* n = node(key);
    if (!n) return required ? Result<std::vector<date::sys_days>>(missing(key)) : std::vector<date::sys_days>{};
    const auto* arr = n->as_array();
    if (!arr || arr->empty()) return error(key, show(*n), "a non-empty array of YYYY-MM-DD dates");
    std::vector<date::sys_days> out;
    for (const auto& item : *arr) {
      auto s = item.value<std::string>();
      auto d = s ? parse_date(*s) : std::nullopt;
      if (!d) return error(key, show(item), "dates as YYYY-MM-DD");
      out.push_back(*d);
    }
    return out;
  }

  Result<WeekdaySet> weekdays(std::string_view key) {
    WeekdaySet set;
    const auto* n = node(key);
    if (!n) return set;
    const auto* arr = n->as_array();
    if (!arr) return error(key, show(*n), "an array of weekdays (mon..sun)");
    for (const auto& item : *arr) {
      auto s = item.value<std::string>();
      auto wd = s ? parse_weekday(*s) : std::nullopt;
      if (!wd) return error(key, show(item), "weekdays mon, tue, wed, thu, fri, sat, sun");
      set.insert(*wd);
    }
    return set;
  }

  Status no_unknown_keys() const {
    for (const auto& [key, value] : table_) {
      if (!used_.contains(std::string(key.str()))) {
        return Error{std::string(key.str()), "",
                     std::to_string(value.source().begin.line) + ": " + context_ + ": " + std::string(key.str()) +
                         ": unknown field"};
      }
    }
    return Ok{};
  }

 private:
  const toml::table& table_;
  std::string context_;
  std::set<std::string> used_;
};

#define RELPLAN_TRY(var, expr)      \
  auto var##_result = (expr);       \
  if (!var##_result) return var##_result.error(); \
  auto var = std::move(var##_result).value()

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
        return f.error("day", std::to_string(d), "a day that exists in month " + std::to_string(unsigned(m)) + " every year");
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

const std::initializer_list<std::string_view> observed_choices{
    "none", "next_working_day", "previous_working_day", "following_monday", "preceding_friday"};

Result<HolidayRule> holiday_rule(const toml::table& table, int first_year, int last_year, std::size_t index) {
  std::string label = "holiday #" + std::to_string(index + 1);
  if (auto n = table["name"].value<std::string>(); n && !n->empty()) label = "holiday " + quoted(*n);
  Fields f(table, label);
  HolidayRule rule;
  RELPLAN_TRY(name, f.string("name", true));
  rule.name = std::move(name);
  RELPLAN_TRY(kind, f.choice("rule", {"fixed", "nth_weekday", "weekday_on_or_before", "weekday_on_or_after",
                                      "easter", "orthodox_easter", "table", "one_off"}, -1));
  RELPLAN_TRY(rk, rule_kind(f, kind));
  rule.rule = std::move(rk);
  RELPLAN_TRY(since, f.integer("since", min_year, max_year));
  RELPLAN_TRY(until, f.integer("until", min_year, max_year));
  rule.since = since.value_or(first_year - 1);
  rule.until = until.value_or(last_year + 1);
  if (rule.until < rule.since) return f.error("until", std::to_string(rule.until), "a year >= since (" + std::to_string(rule.since) + ")");
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
  if (!std::all_of(id.begin(), id.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'; })) {
    return f.error("id", quoted(id), "upper-case letters, digits and '-'");
  }
  spec.id = std::move(id);
  RELPLAN_TRY(name, f.string("name", true));
  spec.name = std::move(name);
  RELPLAN_TRY(first, f.required_integer("first_year", min_year, max_year));
  RELPLAN_TRY(last, f.required_integer("last_year", min_year, max_year));
  if (last < first) return f.error("last_year", std::to_string(last), "a year >= first_year (" + std::to_string(first) + ")");
  spec.first_year = first;
  spec.last_year = last;
  RELPLAN_TRY(weekend, f.weekdays("weekend"));
  spec.weekend = weekend;
  RELPLAN_TRY(note, f.string("range_note", false));
  spec.range_note = std::move(note);
  if (const auto* n = f.node("sources")) {
    const auto* arr = n->as_array();
    if (!arr) return f.error("sources", show(*n), "an array of strings");
    for (const auto& item : *arr) {
      auto s = item.value<std::string>();
      if (!s) return f.error("sources", show(item), "an array of strings");
      spec.sources.push_back(*s);
    }
  }
  if (const auto* n = f.node("holiday")) {
    const auto* arr = n->as_array();
    if (!arr || !arr->is_array_of_tables()) return f.error("holiday", show(*n), "an array of tables [[holiday]]");
    std::size_t i = 0;
    for (const auto& item : *arr) {
      RELPLAN_TRY(rule, holiday_rule(*item.as_table(), first, last, i++));
      spec.holidays.push_back(std::move(rule));
    }
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
  if (spec.holidays.size() + spec.workdays.size() + 1 > 65535) {
    return f.error("holiday", std::to_string(spec.holidays.size()), "at most 65534 rules");
  }
  if (auto s = f.no_unknown_keys(); !s) return s.error();
  return spec;
}

}  // namespace

Result<std::shared_ptr<const CalendarSpec>> parse_calendar_toml(std::string_view text, std::string_view file) {
  const std::string where(file);
  toml::table root;
  try {
    root = toml::parse(text, where);
  } catch (const toml::parse_error& e) {
    return Error{"toml", "", where + ":" + std::to_string(e.source().begin.line) + ": " + std::string(e.description())};
  }
  auto spec = calendar_spec(root);
  if (!spec) {
    Error e = spec.error();
    e.message = where + ":" + e.message;  // messages from Fields begin with the line number
    return e;
  }
  return std::make_shared<const CalendarSpec>(std::move(spec).value());
}

}  // namespace relplan
