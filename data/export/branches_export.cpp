#include "data/export/branches_export.hpp"

#include "data/export/csv.hpp"
#include "planner/branch_status.hpp"

namespace relplan {

namespace {
nlohmann::json day_or_null(const std::optional<date::sys_days>& d) {
  return d ? nlohmann::json(format_date(*d)) : nlohmann::json(nullptr);
}
std::string day_or_empty(const std::optional<date::sys_days>& d) { return d ? format_date(*d) : ""; }

nlohmann::json upstream_json(const BranchUpstream* u) {
  if (!u) return nullptr;
  const auto& b = u->branch;
  return {{"project", u->project},
          {"version", u->version},
          {"general_until", b ? day_or_null(b->general_until) : nlohmann::json(nullptr)},
          {"security_until", b ? day_or_null(b->security_until) : nlohmann::json(nullptr)},
          {"basis", b ? nlohmann::json(b->basis) : nlohmann::json(nullptr)}};
}

nlohmann::json gap_json(const BranchUpstream* u) {
  if (!u) return 0;
  return u->gap_days ? nlohmann::json(*u->gap_days) : nlohmann::json(nullptr);
}
}  // namespace

nlohmann::json branches_json(const std::string& project, const ProjectBranches& branches, date::sys_days at,
                             std::optional<date::sys_days> as_known_on) {
  auto items = nlohmann::json::array();
  for (const auto& b : branches.branches) {
    items.push_back({{"version", b.version},
                     {"released", format_date(b.released)},
                     {"general_until", day_or_null(b.general_until)},
                     {"security_until", day_or_null(b.security_until)},
                     {"status", to_string(branch_status(b, at))},
                     {"general_policy", b.general_policy},
                     {"security_policy", b.security_policy},
                     {"basis", b.basis},
                     {"upstream", upstream_json(upstream_of(branches, b.version))},
                     {"upstream_gap_days", gap_json(upstream_of(branches, b.version))}});
  }
  auto warnings = nlohmann::json::array();
  for (const auto& u : branches.upstreams) {
    if (!u.warning.empty()) warnings.push_back(u.warning);
  }
  return {{"project", project},
          {"at", format_date(at)},
          {"as_known_on", day_or_null(as_known_on)},
          {"branches", items},
          {"without_support_data", branches.without_support_data},
          {"warnings", warnings}};
}

std::string branches_csv(const ProjectBranches& branches, date::sys_days at) {
  std::string out =
      csv::row({"version", "released", "general_until", "security_until", "status", "general_policy", "security_policy",
                "basis", "upstream_project", "upstream_version", "upstream_general_until", "upstream_security_until",
                "upstream_basis", "upstream_gap_days"});
  for (const auto& b : branches.branches) {
    const auto* u = upstream_of(branches, b.version);
    const auto* ub = u && u->branch ? &*u->branch : nullptr;
    const std::string gap = !u ? "0" : u->gap_days ? std::to_string(*u->gap_days) : "";
    out += csv::row({b.version, format_date(b.released), day_or_empty(b.general_until), day_or_empty(b.security_until),
                     to_string(branch_status(b, at)), b.general_policy, b.security_policy, b.basis, u ? u->project : "",
                     u ? u->version : "", ub ? day_or_empty(ub->general_until) : "",
                     ub ? day_or_empty(ub->security_until) : "", ub ? ub->basis : "", gap});
  }
  return out;
}

nlohmann::json endoflife_json(const ProjectBranches& branches) {
  auto items = nlohmann::json::array();
  for (auto it = branches.branches.rbegin(); it != branches.branches.rend(); ++it) {  // newest first
    items.push_back({{"releaseCycle", it->version},
                     {"releaseDate", format_date(it->released)},
                     {"eoas", day_or_null(it->general_until)},
                     {"eol", day_or_null(it->security_until)},
                     {"latest", nullptr}});
  }
  return items;
}

}  // namespace relplan
