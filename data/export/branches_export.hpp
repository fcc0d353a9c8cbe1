#pragma once
// Branch lists in the export formats (CLI and HTTP):
//   JSON {"project","at","as_known_on","branches":[{"version","released","general_until",
//         "security_until","status","general_policy","security_policy"}],"without_support_data":[...]}
//   CSV  version,released,general_until,security_until,status,general_policy,security_policy
//   endoflife.date release cycles: [{"releaseCycle","releaseDate","eoas","eol","latest"}]
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "data/project/project_branches.hpp"

namespace relplan {

nlohmann::json branches_json(const std::string& project, const ProjectBranches& branches, date::sys_days at,
                             std::optional<date::sys_days> as_known_on);
std::string branches_csv(const ProjectBranches& branches, date::sys_days at);
// endoflife.date's field names: eoas = end of active (general) support, eol = end of security
// support; "latest" would be the newest point release, which relplan does not track: null.
nlohmann::json endoflife_json(const ProjectBranches& branches);

}  // namespace relplan
