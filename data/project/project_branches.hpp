#pragma once
// The stable branches of a project file, through the planner's support policies.
//
// Each release a support policy covers gets the ends the policies give (only the policies decided
// on or before `as_known_on`, when given: the view before a retroactive extension). Without
// `as_known_on`, an end the project published (SUPPORT.md) is shown instead of the computed one,
// with "published" as its policy: published dates are the facts, policies the rule that predicts
// them. Every branch carries its basis (Branch::basis): "published" (both ends published),
// "policy" (a policy the project states for it) or "derived" (a policy of its era that relplan
// applies: Xen 4.4-4.9; or a labelled relplan assumption: OpenXT). Releases that no policy covers
// and that have no published ends are not branches relplan can speak about; their versions are
// listed in `without_support_data`.
//
// Upstream branches (with_upstreams): for each branch of a release that ships an upstream branch
// (release upstream = {...}), the upstream branch as the same view sees it (same as_known_on) and
// the gap: the days on which the downstream branch has security support but the upstream branch has
// not, both ends included as everywhere (DOMAIN.md): the days from max(released, upstream security
// end + 1) through the downstream security end; 0 when the upstream's end is not before it. When the
// downstream's own end is open (no newer release under an "until the next release" rule), the gap
// counts through `at` instead, and the warning says so. When the upstream branch has no support data,
// the gap is unknown (nullopt).
#include <optional>
#include <string>
#include <vector>

#include "data/project/project.hpp"
#include "data/project/project_toml.hpp"
#include "planner/support_policy.hpp"

namespace relplan {

struct BranchUpstream {
  std::string downstream_version;  // the branch of this project
  std::string project;             // the upstream project's id, e.g. "xen"
  std::string version;             // its branch, e.g. "4.6"
  std::optional<Branch> branch;    // its ends and basis; nullopt: it has no support data
  std::optional<int> gap_days;     // nullopt when unknown
  // "OpenXT 6.0 ships Xen 4.3, whose security support ends 2015-01-14, 1127 days before OpenXT 6.0's
  // own"; empty when the gap is 0.
  std::string warning;
};

struct ProjectBranches {
  std::vector<Branch> branches;  // in release order
  std::vector<std::string> without_support_data;
  std::vector<BranchUpstream> upstreams;  // in release order, for the branches that ship one (with_upstreams)
};

std::vector<SupportPolicy> planner_policies(const Project& project);
Result<ProjectBranches> project_branches(const Project& project, std::optional<date::sys_days> as_known_on);
// project_branches with each branch's upstream and gap; `lookup` finds the upstream projects (an
// unknown one is an error: "upstream project 'xen' of openxt: not in the database").
Result<ProjectBranches> project_branches(const Project& project, std::optional<date::sys_days> as_known_on,
                                         date::sys_days at, const ProjectLookup& lookup);
// The upstream of a downstream branch, or nullptr.
const BranchUpstream* upstream_of(const ProjectBranches& branches, const std::string& version);

}  // namespace relplan
