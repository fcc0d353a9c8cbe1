#include "data/export/branches_export.hpp"

#include "data/export/csv.hpp"
#include "planner/branch_status.hpp"

namespace relplan {

namespace {
nlohmann::json day_or_null(const std::optional<date::sys_days>& d) {
  return d ? nlohmann::json(format_date(*d)) : nlohmann::json(nullptr);
}
std::string day_or_empty(const std::optional<date::sys_days>& d) { return d ? format_date(*d) : ""; }
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
                     {"security_policy", b.security_policy}});
  }
  return {{"project", project},
          {"at", format_date(at)},
          {"as_known_on", day_or_null(as_known_on)},
          {"branches", items},
          {"without_support_data", branches.without_support_data}};
}

std::string branches_csv(const ProjectBranches& branches, date::sys_days at) {
  std::string out = csv::row(
      {"version", "released", "general_until", "security_until", "status", "general_policy", "security_policy"});
  for (const auto& b : branches.branches) {
    out += csv::row({b.version, format_date(b.released), day_or_empty(b.general_until), day_or_empty(b.security_until),
                     to_string(branch_status(b, at)), b.general_policy, b.security_policy});
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
