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

int run_branches(const BranchesArgs& a) {
  const std::string cmd = "branches";
  // "Now" is read here, at the edge; the engine gets it as a value.
  date::sys_days at = date::floor<date::days>(std::chrono::system_clock::now());
  if (!a.at.empty()) {
    auto d = parse_date_option(a.at, "--at");
    if (!d) return fail(cmd, d.error());
    at = *d;
  }
  std::optional<date::sys_days> known;
  if (!a.as_known_on.empty()) {
    auto d = parse_date_option(a.as_known_on, "--as-known-on");
    if (!d) return fail(cmd, d.error());
    known = *d;
  }
  auto db = open_database(a.db, DbUse::read);
  if (!db) return fail(cmd, db.error());
  auto project = db->store->project(a.project);
  if (!project) return fail(cmd, project.error());
  auto branches = project_branches(*project, known);
  if (!branches) return fail(cmd, branches.error());
  if (a.format == "json") {
    std::cout << branches_json(project->id, *branches, at, known).dump(2) << "\n";
  } else if (a.format == "csv") {
    std::cout << branches_csv(*branches, at);
  } else {
    std::vector<std::vector<std::string>> rows;
    auto day = [](const std::optional<date::sys_days>& d) { return d ? format_date(*d) : std::string("open"); };
    for (const auto& b : branches->branches) {
      rows.push_back({b.version, format_date(b.released), day(b.general_until), day(b.security_until),
                      std::string(to_string(branch_status(b, at))), b.general_policy, b.security_policy});
    }
    std::cout << project->name << ": branches on " << format_date(at);
    if (known) std::cout << ", with the policies known on " << format_date(*known);
    std::cout << "\n\n"
              << render_table({"version", "released", "general until", "security until", "status", "general set by",
                               "security set by"},
                              rows);
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
  sub->add_option("--project", args->project, "Project id, e.g. xen")->required();
  sub->add_option("--at", args->at, "Status on this day (default: today)");
  sub->add_option("--as-known-on", args->as_known_on,
                  "Use only the support policies decided by this day (before a retroactive extension)");
  sub->add_option("--format", args->format, "table, json or csv")->check(CLI::IsMember({"table", "json", "csv"}));
  sub->add_option("--db", args->db, "SQLite database file (default: $RELPLAN_DB, else the user's data folder)");
  on_run(sub, [args] { return run_branches(*args); });
}

}  // namespace relplan::cli
