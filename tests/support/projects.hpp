#pragma once
// Test support: the shipped project files and questions about compare answers in JSON.
#include <string>

#include <nlohmann/json.hpp>

#include "data/project/project.hpp"

namespace relplan::test {

// The shipped project file with this id (data/projects/*.toml); throws if there is none.
Project shipped_project(const std::string& id);

// The security-supported count of a compare answer's timeline on `day` (YYYY-MM-DD): the last step
// on or before it; 0 before the first.
int security_supported_on(const nlohmann::json& timeline, const std::string& day);

}  // namespace relplan::test
