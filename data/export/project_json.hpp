#pragma once
// A project definition as JSON (HTTP API), with dates as YYYY-MM-DD.
#include <nlohmann/json.hpp>

#include "data/project/project.hpp"
#include "data/store/store.hpp"

namespace relplan {

nlohmann::json project_json(const Project& project);
// An advisory; "details" only when the caller may see them (present in the value).
nlohmann::json advisory_json(const Advisory& advisory);

}  // namespace relplan
