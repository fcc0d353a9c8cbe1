#pragma once
// Reading and validating the fields of one TOML table (toml++), shared by the file readers
// (calendars, projects, templates). Every error names the line, the context (the rule or table) and
// the field: "12: holiday 'X': until: expected a year >= since (2010), saw 2005". Keys a reader never
// asked for are reported by no_unknown_keys(), so a misspelt key is an error, not a silent default.
#include <initializer_list>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <toml++/toml.h>

#include "calendars/result.hpp"
#include "calendars/types.hpp"

namespace relplan {

std::string quoted(std::string_view s);
// A node as shown in an error: 'text', 42, an array, a table, true/false.
std::string show(const toml::node& node);

class TomlFields {
 public:
  TomlFields(const toml::table& table, std::string context) : table_(table), context_(std::move(context)) {}

  // An error for `key`, at its line (or the table's when the key is absent).
  Error error(std::string_view key, std::string value, const std::string& rule) const;
  // Re-anchors an error from a value parser (its message starts with `key`) at the key's line.
  Error at(std::string_view key, const Error& e) const;
  Error missing(std::string_view key) const;

  const toml::node* node(std::string_view key);  // marks the key as known
  Result<std::string> string(std::string_view key, bool required);
  Result<std::optional<int>> integer(std::string_view key, int lo, int hi);
  Result<int> required_integer(std::string_view key, int lo, int hi);
  // The index of the value in `choices`; `fallback` when absent, or required when fallback < 0.
  Result<std::size_t> choice(std::string_view key, std::initializer_list<std::string_view> choices, int fallback);
  Result<std::optional<date::sys_days>> date(std::string_view key, bool required);
  Result<std::vector<date::sys_days>> dates(std::string_view key, bool required);
  Result<std::vector<std::string>> strings(std::string_view key);  // non-empty strings
  Result<bool> boolean(std::string_view key, bool fallback);
  Result<std::vector<int>> integers(std::string_view key, int lo, int hi);
  Result<WeekdaySet> weekdays(std::string_view key);
  Status no_unknown_keys() const;

 private:
  // "<line>: <context>" (just the line for the root table, whose context is empty).
  std::string prefix(std::string_view key) const;
  const toml::table& table_;
  std::string context_;
  std::set<std::string> used_;
};

// Parses TOML text; a syntax error becomes "<file>:<line>: <description>".
Result<toml::table> parse_toml(std::string_view text, std::string_view file);

// `auto var = expr` for a Result, returning its error from the enclosing function.
#define RELPLAN_TRY(var, expr)                    \
  auto var##_result = (expr);                     \
  if (!var##_result) return var##_result.error(); \
  auto var = std::move(var##_result).value()

}  // namespace relplan
