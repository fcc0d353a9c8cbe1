#pragma once
// Project files: read with validation (errors name the file, line, table and key), and written back
// in one canonical form, so export -> import -> export gives the same text. Comments are not kept:
// the canonical form is for round trips and exports; the shipped files keep their comments.
#include <string>
#include <string_view>

#include "calendars/result.hpp"
#include "data/project/project.hpp"

namespace relplan {

Result<Project> parse_project_toml(std::string_view text, std::string_view file);
std::string write_project_toml(const Project& project);

}  // namespace relplan
