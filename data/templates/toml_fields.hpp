#pragma once
// Reading the fields of one TOML table with errors that name the line, the table and the field:
//   "23: milestone 'feature_freeze': offset: expected ..., saw '3 wekes'"
// (the reader prefixes the file name). Keys never read are reported as unknown fields.
#include <set>
#include <string>
#include <vector>

#include <toml++/toml.h>

#include "calendars/result.hpp"

namespace relplan::toml_fields {

class Fields {
 public:
  Fields(const toml::table& table, std::string context) : table_(table), context_(std::move(context)) {}

  // An error for `key`, at its line (or the table's when the key is absent).
  Error error(std::string_view key, std::string value, const std::string& rule) const;
  // Re-anchors an error from a value parser (its message starts with `key`) at the key's line.
  Error at(std::string_view key, const Error& e) const;
  Error missing(std::string_view key) const;

  const toml::node* node(std::string_view key);
  // The string, or "" when absent and not required.
  Result<std::string> string(std::string_view key, bool required);
  Result<std::vector<std::string>> strings(std::string_view key);
  Result<bool> boolean(std::string_view key, bool fallback);
  Status no_unknown_keys() const;

 private:
  std::string prefix(std::string_view key) const;
  const toml::table& table_;
  std::string context_;
  std::set<std::string, std::less<>> used_;
};

std::string show(const toml::node& node);

}  // namespace relplan::toml_fields
