#pragma once
// The stable branches of a project file, through the planner's support policies.
//
// Each release a support policy covers gets the ends the policies give (only the policies decided
// on or before `as_known_on`, when given: the view before a retroactive extension). Without
// `as_known_on`, an end the project published (SUPPORT.md) is shown instead of the computed one,
// with "published" as its policy: published dates are the facts, policies the rule that predicts
// them. Releases that no policy covers and that have no published ends are not branches relplan can
// speak about; their versions are listed in `without_support_data`.
#include <optional>
#include <string>
#include <vector>

#include "data/project/project.hpp"
#include "planner/support_policy.hpp"

namespace relplan {

struct ProjectBranches {
  std::vector<Branch> branches;  // in release order
  std::vector<std::string> without_support_data;
};

std::vector<SupportPolicy> planner_policies(const Project& project);
Result<ProjectBranches> project_branches(const Project& project, std::optional<date::sys_days> as_known_on);

}  // namespace relplan
