#pragma once
// Branch lists in the export formats (CLI and HTTP):
//   JSON {"project","at","as_known_on","branches":[{"version","released","general_until",
//         "security_until","status","general_policy","security_policy","basis",
//         "upstream":null|{"project","version","general_until","security_until","basis"},
//         "upstream_gap_days"}],"without_support_data":[...],"warnings":[...]}
//        basis: "published", "policy" or "derived" (project_branches.hpp); upstream_gap_days: 0 without
//        an upstream, null when the upstream branch has no support data; warnings: the upstream gaps in words.
//   CSV  version,released,general_until,security_until,status,general_policy,security_policy,basis,
//        upstream_project,upstream_version,upstream_general_until,upstream_security_until,upstream_basis,
//        upstream_gap_days (empty fields where the JSON has null)
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
