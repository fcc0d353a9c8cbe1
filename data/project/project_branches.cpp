#include "data/project/project_branches.hpp"

#include <algorithm>

#include "planner/version_scheme.hpp"

namespace relplan {

std::vector<SupportPolicy> planner_policies(const Project& project) {
  std::vector<SupportPolicy> out;
  for (const auto& p : project.policies) {
    auto months = [](const std::optional<int>& m) {
      return m ? std::optional<SupportLength>(SupportMonths{*m}) : std::nullopt;
    };
    // A project's policy applies to the releases it names even if they shipped before the decision
    // (the Xen Project's February 2026 extension), so its reach is every matching branch.
    out.push_back(SupportPolicy{.name = p.name,
                                .decided = p.decided,
                                .reach = PolicyReach::matching_branches,
                                .from_version = p.from_version,
                                .to_version = std::nullopt,
                                .versions = p.versions,
                                .every = std::nullopt,
                                .parity = std::nullopt,
                                .general = months(p.general_months),
                                .security = months(p.security_months)});
  }
  return out;
}

Result<ProjectBranches> project_branches(const Project& project, std::optional<date::sys_days> as_known_on) {
  auto scheme = VersionScheme::parse(project.version_scheme);
  if (!scheme) return scheme.error();
  const auto policies = planner_policies(project);
  auto covers = [&](const SupportPolicy& p, const std::string& version) {
    if (as_known_on && p.decided && *p.decided > *as_known_on) return false;
    if (!p.versions.empty()) return std::find(p.versions.begin(), p.versions.end(), version) != p.versions.end();
    const auto minor = scheme->minor_of(version);
    const auto from = p.from_version ? scheme->minor_of(*p.from_version) : std::optional<int>(0);
    return minor && from && *minor >= *from;
  };
  // A release gets computed ends only if some known policy sets each end for it.
  std::vector<PlannedRelease> covered;
  ProjectBranches out;
  std::vector<const ProjectRelease*> published_only;
  for (const auto& r : project.releases) {
    const bool general =
        std::any_of(policies.begin(), policies.end(), [&](const auto& p) { return p.general && covers(p, r.version); });
    const bool security = std::any_of(policies.begin(), policies.end(),
                                      [&](const auto& p) { return p.security && covers(p, r.version); });
    if (general && security) {
      PlannedRelease pr;
      pr.version = r.version;
      pr.minor = scheme->minor_of(r.version).value_or(0);
      pr.nominal = pr.planned = r.released;
      pr.actual = r.released;
      covered.push_back(std::move(pr));
    } else if (!as_known_on && r.general_until && r.security_until) {
      published_only.push_back(&r);
    } else {
      out.without_support_data.push_back(r.version);
    }
  }
  auto computed = support_branches(covered, policies, *scheme, as_known_on);
  if (!computed) return computed.error();
  for (const auto& r : project.releases) {
    auto c = std::find_if(computed->begin(), computed->end(), [&](const Branch& b) { return b.version == r.version; });
    if (c != computed->end()) {
      Branch b = *c;
      if (!as_known_on && r.general_until) {
        b.general_until = r.general_until;
        b.general_policy = "published";
      }
      if (!as_known_on && r.security_until) {
        b.security_until = r.security_until;
        b.security_policy = "published";
      }
      out.branches.push_back(std::move(b));
    } else if (std::find(published_only.begin(), published_only.end(), &r) != published_only.end()) {
      out.branches.push_back({r.version, r.released, r.general_until, r.security_until, "published", "published"});
    }
  }
  return out;
}

}  // namespace relplan
