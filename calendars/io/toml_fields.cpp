#include "calendars/io/toml_fields.hpp"

namespace relplan {

std::string quoted(std::string_view s) { return "'" + std::string(s) + "'"; }

std::string show(const toml::node& node) {
  if (auto s = node.value<std::string>()) return quoted(*s);
  if (auto i = node.value_exact<std::int64_t>()) return std::to_string(*i);
  if (node.is_array()) return "an array";
  if (node.is_table()) return "a table";
  if (node.is_boolean()) return *node.value<bool>() ? "true" : "false";
  return "a value of another type";
}

std::string TomlFields::prefix(std::string_view key) const {
  const auto* n = table_.get(key);
  const auto line = n ? n->source().begin.line : table_.source().begin.line;
  return std::to_string(line) + (context_.empty() ? "" : ": " + context_);
}

Error TomlFields::error(std::string_view key, std::string value, const std::string& rule) const {
  return Error::expected(std::string(key), std::move(value), rule).in(prefix(key));
}

Error TomlFields::at(std::string_view key, const Error& e) const { return e.in(prefix(key)); }

Error TomlFields::missing(std::string_view key) const {
  return Error{std::string(key), "", prefix(key) + ": " + std::string(key) + ": required field is missing"};
}

const toml::node* TomlFields::node(std::string_view key) {
  used_.insert(std::string(key));
  return table_.get(key);
}

Result<std::string> TomlFields::string(std::string_view key, bool required) {
  const auto* n = node(key);
  if (!n) return required ? Result<std::string>(missing(key)) : std::string{};
  if (auto s = n->value<std::string>(); s && !s->empty()) return *s;
  return error(key, show(*n), "a non-empty string");
}

Result<std::optional<int>> TomlFields::integer(std::string_view key, int lo, int hi) {
  const auto* n = node(key);
  if (!n) return std::optional<int>{};
  auto v = n->value_exact<std::int64_t>();
  if (!v || *v < lo || *v > hi)
    return error(key, show(*n), "an integer " + std::to_string(lo) + ".." + std::to_string(hi));
  return std::optional<int>(static_cast<int>(*v));
}

Result<int> TomlFields::required_integer(std::string_view key, int lo, int hi) {
  auto v = integer(key, lo, hi);
  if (!v) return v.error();
  if (!*v) return missing(key);
  return **v;
}

Result<std::size_t> TomlFields::choice(std::string_view key, std::initializer_list<std::string_view> choices,
                                       int fallback) {
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
  i = 0;
  for (auto c : choices) rule += std::string(c) + (++i == choices.size() ? "" : ", ");
  return error(key, show(*n), rule);
}

Result<std::optional<date::sys_days>> TomlFields::date(std::string_view key, bool required) {
  const auto* n = node(key);
  if (!n) {
    if (required) return missing(key);
    return std::optional<date::sys_days>{};
  }
  auto s = n->value<std::string>();
  auto d = s ? parse_date(*s) : std::nullopt;
  if (!d) return error(key, show(*n), "a date as YYYY-MM-DD");
  return std::optional<date::sys_days>(*d);
}

Result<std::vector<date::sys_days>> TomlFields::dates(std::string_view key, bool required) {
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

Result<std::vector<std::string>> TomlFields::strings(std::string_view key) {
  std::vector<std::string> out;
  const auto* n = node(key);
  if (!n) return out;
  const auto* arr = n->as_array();
  if (!arr) return error(key, show(*n), "an array of strings");
  for (const auto& item : *arr) {
    auto s = item.value_exact<std::string>();
    if (!s || s->empty()) return error(key, show(item), "an array of non-empty strings");
    out.push_back(*s);
  }
  return out;
}

Result<bool> TomlFields::boolean(std::string_view key, bool fallback) {
  const auto* n = node(key);
  if (!n) return fallback;
  if (auto b = n->value_exact<bool>()) return *b;
  return error(key, show(*n), "true or false");
}

Result<std::vector<int>> TomlFields::integers(std::string_view key, int lo, int hi) {
  std::vector<int> out;
  const auto* n = node(key);
  if (!n) return out;
  const auto* arr = n->as_array();
  if (!arr) return error(key, show(*n), "an array of integers");
  for (const auto& item : *arr) {
    auto v = item.value_exact<std::int64_t>();
    if (!v || *v < lo || *v > hi)
      return error(key, show(item), "integers " + std::to_string(lo) + ".." + std::to_string(hi));
    out.push_back(static_cast<int>(*v));
  }
  return out;
}

Result<WeekdaySet> TomlFields::weekdays(std::string_view key) {
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

Status TomlFields::no_unknown_keys() const {
  for (const auto& [key, value] : table_) {
    if (!used_.contains(std::string(key.str()))) {
      return Error{std::string(key.str()), "",
                   std::to_string(value.source().begin.line) + (context_.empty() ? "" : ": " + context_) + ": " +
                       std::string(key.str()) + ": unknown field"};
    }
  }
  return Ok{};
}

Result<toml::table> parse_toml(std::string_view text, std::string_view file) {
  const std::string where(file);
  try {
    return toml::parse(text, where);
  } catch (const toml::parse_error& e) {
    return Error{"toml", "", where + ":" + std::to_string(e.source().begin.line) + ": " + std::string(e.description())};
  }
}

}  // namespace relplan
