// relplan branches --project ID [--at DATE] [--as-known-on DATE] [--format table|json|csv]
#include <chrono>

#include "cli/common.hpp"
#include "cli/db_path.hpp"
#include "cli/table.hpp"
#include "data/export/branches_export.hpp"
#include "data/store/store.hpp"
#include "planner/branch_status.hpp"

namespace relplan::cli {

namespace {
struct BranchesArgs {
  std::string project;
  std::string at;
  std::string as_known_on;
  std::string format = "table";
  std::string db;
};

int run_branches(const CLI::App* sub, const BranchesArgs& a) {
  const std::string cmd = "branches";
  auto given_at = optional_date_option(sub, "--at", a.at);
  if (!given_at) return fail(cmd, given_at.error());
  // "Now" is read here, at the edge; the engine gets it as a value.
  const date::sys_days at = given_at->value_or(date::floor<date::days>(std::chrono::system_clock::now()));
  auto known_on = optional_date_option(sub, "--as-known-on", a.as_known_on);
  if (!known_on) return fail(cmd, known_on.error());
  const std::optional<date::sys_days> known = *known_on;
  auto db = open_database(sub, a.db, DbUse::read);
  if (!db) return fail(cmd, db.error());
  auto project = db->store->project(a.project);
  if (!project) return fail(cmd, project.error());
  auto branches = project_branches(*project, known, at, project_lookup(*db->store));
  if (!branches) return fail(cmd, branches.error());
  if (a.format == "json") {
    std::cout << branches_json(project->id, *branches, at, known).dump(2) << "\n";
  } else if (a.format == "csv") {
    std::cout << branches_csv(*branches, at);
  } else {
    std::vector<std::vector<std::string>> rows;
    auto day = [](const std::optional<date::sys_days>& d) { return d ? format_date(*d) : std::string("open"); };
    const bool with_upstreams = !project->upstreams.empty();
    for (const auto& b : branches->branches) {
      rows.push_back({b.version, format_date(b.released), day(b.general_until), day(b.security_until),
                      std::string(to_string(branch_status(b, at))), b.basis, b.general_policy, b.security_policy});
      if (!with_upstreams) continue;
      const auto* u = upstream_of(*branches, b.version);
      const auto* ub = u && u->branch ? &*u->branch : nullptr;
      rows.back().push_back(u ? u->project + " " + u->version : "");
      rows.back().push_back(ub ? day(ub->security_until) : u ? "unknown" : "");
      rows.back().push_back(ub ? ub->basis : "");
      rows.back().push_back(!u ? "0" : u->gap_days ? std::to_string(*u->gap_days) : "unknown");
    }
    std::vector<std::string> header{"version", "released", "general until",  "security until",
                                    "status",  "basis",    "general set by", "security set by"};
    if (with_upstreams) {
      for (const char* h : {"upstream", "upstream security until", "upstream basis", "gap days"})
        header.emplace_back(h);
    }
    std::cout << project->name << ": branches on " << format_date(at);
    if (known) std::cout << ", with the policies known on " << format_date(*known);
    std::cout << "\n\n" << render_table(header, rows);
    bool first_warning = true;
    for (const auto& u : branches->upstreams) {
      if (u.warning.empty()) continue;
      std::cout << (first_warning ? "\n" : "") << "warning: " << u.warning << "\n";
      first_warning = false;
    }
    if (!branches->without_support_data.empty()) {
      std::cout << "\nno support dates published or covered by a policy: ";
      for (std::size_t i = 0; i < branches->without_support_data.size(); ++i) {
        std::cout << (i ? ", " : "") << branches->without_support_data[i];
      }
      std::cout << "\n";
    }
  }
  return success;
}
}  // namespace

void add_branches_command(CLI::App& app) {
  auto args = std::make_shared<BranchesArgs>();
  auto* sub = app.add_subcommand("branches", "List a project's stable branches with their support ends and status");
  sub->add_option("--project", args->project, "Project id, e.g. xen (required)")->required();
  sub->add_option("--at", args->at, "Status on this day, YYYY-MM-DD (default: today)");
  sub->add_option("--as-known-on", args->as_known_on,
                  "Use only the support policies decided by this day, YYYY-MM-DD, as before a retroactive "
                  "extension (default: every policy)");
  sub->add_option("--format", args->format, "table, json or csv (default: table)")
      ->check(CLI::IsMember({"table", "json", "csv"}));
  add_db_option(sub, args->db);
  on_run(sub, [sub, args] { return run_branches(sub, *args); });
}

}  // namespace relplan::cli
