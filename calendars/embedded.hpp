#pragma once
// Text files compiled into the binary (see cmake/embed.cmake): the shipped calendars and projects.
#include <span>
#include <string_view>

namespace relplan {

struct EmbeddedFile {
  std::string_view path;  // relative to the source tree, e.g. "calendars/data/gb-eng.toml"
  std::string_view text;
};

}  // namespace relplan
