#pragma once
// Text that crosses the HTTP boundary: JSON nesting depth measured before a parser builds a tree,
// error bodies and log-safe renderings of client bytes (UTF-8 checks: calendars/utf8.hpp).
#include <cstddef>
#include <string>
#include <string_view>

#include "calendars/utf8.hpp"

namespace relplan {

// For log lines: printable ASCII kept, every other byte as \xNN, at most `max` bytes of input.
std::string printable(std::string_view text, std::size_t max = 200);

// The deepest nesting of arrays and objects in JSON text (strings and escapes skipped), counting
// only up to `limit` + 1: "[[1],{}]" -> 2. Linear in the text, no allocation.
std::size_t json_depth(std::string_view text, std::size_t limit);
inline constexpr std::size_t max_json_depth = 64;

// {"error": message, "field": field, "value": value} as JSON text, each made valid UTF-8.
std::string error_body_json(std::string_view message, std::string_view field, std::string_view value);

}  // namespace relplan
