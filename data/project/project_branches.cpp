#include "data/project/project_branches.hpp"

#include <algorithm>

#include "calendars/io/toml_fields.hpp"
#include "planner/version_scheme.hpp"

namespace relplan {

namespace {
std::optional<SupportLength> length(const std::optional<int>& months, const std::optional<int>& releases) {
  if (months) return SupportMonths{*months};
  if (releases) return SupportLastN{*releases};
  return std::nullopt;
}

std::string name_of(const Project& p) { return p.name.empty() ? p.id : p.name; }

// The gap of one downstream branch over its upstream branch (see the header).
void measure_gap(BranchUpstream& u, const Branch& down, const std::string& down_name, const std::string& up_name,
                 date::sys_days at) {
  const std::string down_text = down_name + " " + down.version;
  const std::string up_text = up_name + " " + u.version;
  if (!u.branch) {
    u.warning = down_text + " ships " + up_text +
                ", which has no support dates (none published or covered by a policy): the gap is unknown";
    return;
  }
  u.gap_days = 0;
  const auto& up_end = u.branch->security_until;
  if (!up_end) return;  // open: supported as long as anything
  const auto first_uncovered = std::max(down.released, *up_end + date::days{1});
  const auto last = down.security_until.value_or(at);
  if (last < first_uncovered) return;
  const int gap = static_cast<int>((last - first_uncovered).count()) + 1;
  u.gap_days = gap;
  const std::string ends = format_date(*up_end);
  if (down.security_until) {
    u.warning = down_text + " ships " + up_text + ", whose security support ends " + ends + ", " + std::to_string(gap) +
                " days before " + down_text + "'s own";
  } else {
    u.warning = down_text + " ships " + up_text + ", whose security support ends " + ends + ", while " + down_text +
                "'s own has no end: " + std::to_string(gap) + " days by " + format_date(at);
  }
}
}  // namespace

std::vector<SupportPolicy> planner_policies(const Project& project) {
  std::vector<SupportPolicy> out;
  for (const auto& p : project.policies) {
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
                                .general = length(p.general_months, p.general_releases),
                                .security = length(p.security_months, p.security_releases),
                                .basis = p.basis});
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
      if (b.general_policy == "published" && b.security_policy == "published") b.basis = "published";
      out.branches.push_back(std::move(b));
    } else if (std::find(published_only.begin(), published_only.end(), &r) != published_only.end()) {
      out.branches.push_back(
          {r.version, r.released, r.general_until, r.security_until, "published", "published", "published"});
    }
  }
  return out;
}

Result<ProjectBranches> project_branches(const Project& project, std::optional<date::sys_days> as_known_on,
                                         date::sys_days at, const ProjectLookup& lookup) {
  auto out = project_branches(project, as_known_on);
  if (!out) return out;
  for (const auto& up : project.upstreams) {
    auto upstream = lookup(up.project);
    if (!upstream) {
      return Error{"upstream", up.project,
                   "upstream project " + quoted(up.project) + " of " + project.id + ": not in the database"};
    }
    auto theirs = project_branches(*upstream, as_known_on);
    if (!theirs) return theirs.error().in("upstream project " + up.project);
    const std::string up_name = up.name.empty() ? name_of(*upstream) : up.name;
    for (const auto& r : project.releases) {
      if (!r.upstream || r.upstream->project != up.project) continue;
      const auto mine = std::find_if(out->branches.begin(), out->branches.end(),
                                     [&](const Branch& b) { return b.version == r.version; });
      if (mine == out->branches.end()) continue;
      BranchUpstream u{r.version, up.project, r.upstream->version, std::nullopt, std::nullopt, {}};
      const auto it = std::find_if(theirs->branches.begin(), theirs->branches.end(),
                                   [&](const Branch& b) { return b.version == r.upstream->version; });
      if (it != theirs->branches.end()) u.branch = *it;
      measure_gap(u, *mine, name_of(project), up_name, at);
      out->upstreams.push_back(std::move(u));
    }
  }
  // In release order, whatever the order of [[upstream]].
  auto index = [&](const BranchUpstream& u) {
    return std::find_if(project.releases.begin(), project.releases.end(),
                        [&](const ProjectRelease& r) { return r.version == u.downstream_version; }) -
           project.releases.begin();
  };
  std::stable_sort(out->upstreams.begin(), out->upstreams.end(),
                   [&](const auto& a, const auto& b) { return index(a) < index(b); });
  return out;
}

const BranchUpstream* upstream_of(const ProjectBranches& branches, const std::string& version) {
  for (const auto& u : branches.upstreams) {
    if (u.downstream_version == version) return &u;
  }
  return nullptr;
}

}  // namespace relplan
