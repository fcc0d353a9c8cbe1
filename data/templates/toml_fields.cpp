#include "data/templates/toml_fields.hpp"

namespace relplan::toml_fields {

std::string show(const toml::node& node) {
  if (auto s = node.value<std::string>()) return "'" + *s + "'";
  if (auto i = node.value_exact<std::int64_t>()) return std::to_string(*i);
  if (node.is_boolean()) return *node.value<bool>() ? "true" : "false";
  if (node.is_array()) return "an array";
  if (node.is_table()) return "a table";
  return "a value of another type";
}

std::string Fields::prefix(std::string_view key) const {
  const auto* n = table_.get(key);
  const auto line = n ? n->source().begin.line : table_.source().begin.line;
  return std::to_string(line) + (context_.empty() ? "" : ": " + context_);
}

Error Fields::error(std::string_view key, std::string value, const std::string& rule) const {
  return Error::expected(std::string(key), std::move(value), rule).in(prefix(key));
}

Error Fields::at(std::string_view key, const Error& e) const { return e.in(prefix(key)); }

Error Fields::missing(std::string_view key) const {
  return Error{std::string(key), "", prefix(key) + ": " + std::string(key) + ": required field is missing"};
}

const toml::node* Fields::node(std::string_view key) {
  used_.insert(std::string(key));
  return table_.get(key);
}

Result<std::string> Fields::string(std::string_view key, bool required) {
  const auto* n = node(key);
  if (!n) return required ? Result<std::string>(missing(key)) : std::string{};
  if (auto s = n->value_exact<std::string>(); s && !s->empty()) return *s;
  return error(key, show(*n), "a non-empty string");
}

Result<std::vector<std::string>> Fields::strings(std::string_view key) {
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

Result<bool> Fields::boolean(std::string_view key, bool fallback) {
  const auto* n = node(key);
  if (!n) return fallback;
  if (auto b = n->value_exact<bool>()) return *b;
  return error(key, show(*n), "true or false");
}

Status Fields::no_unknown_keys() const {
  for (const auto& [key, value] : table_) {
    if (!used_.contains(key.str())) {
      return Error{std::string(key.str()), "",
                   std::to_string(value.source().begin.line) + (context_.empty() ? "" : ": " + context_) + ": " +
                       std::string(key.str()) + ": unknown field"};
    }
  }
  return Ok{};
}

}  // namespace relplan::toml_fields
