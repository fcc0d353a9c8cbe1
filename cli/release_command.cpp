// relplan release plan PROJECT | relplan release actual PROJECT VERSION DATE
#include "calendars/io/registry.hpp"
#include "cli/common.hpp"
#include "cli/db_path.hpp"
#include "cli/table.hpp"
#include "data/project/project_plan.hpp"
#include "data/store/store.hpp"

namespace relplan::cli {

namespace {
struct ReleaseArgs {
  std::string project;
  std::string version;
  std::string date;
  int next = 3;
  std::string db;
};

// Prints the project's coming releases, planned from its latest release.
int print_plan(const std::string& cmd, Store& store, const ReleaseArgs& a) {
  auto project = store.project(a.project);
  if (!project) return fail(cmd, project.error());
  auto train = project_train(*project, a.next, CalendarRegistry::shipped());
  if (!train) return fail(cmd, train.error());
  auto releases = plan_releases(*train);
  if (!releases) return fail(cmd, releases.error());
  std::vector<std::vector<std::string>> rows;
  for (const auto& r : *releases) {
    std::string reasons;
    for (const auto& why : r.actual ? std::vector<ShiftReason>{} : r.reasons) reasons += (reasons.empty() ? "" : "; ") + format_date(why.day) + " " + why.text;
    rows.push_back({r.version, format_date(r.nominal), r.actual ? "" : format_date(r.planned),
                    r.actual ? format_date(*r.actual) : "", r.actual ? "" : std::to_string(r.shift_days), reasons});
  }
  std::cout << project->name << ": " << project->cadence.months << "-month cadence, " << project->cadence.slip_policy
            << ", from " << project->releases.back().version << "\n\n"
            << render_table({"version", "nominal", "planned", "actual", "shift", "reasons"}, rows);
  return success;
}

int run_plan(const ReleaseArgs& a) {
  auto store = Store::open(database_path(a.db), shipped_project_files());
  if (!store) return fail("release plan", store.error());
  return print_plan("release plan", **store, a);
}

int run_actual(const ReleaseArgs& a) {
  const std::string cmd = "release actual";
  auto day = parse_date_option(a.date, "DATE");
  if (!day) return fail(cmd, day.error());
  auto store = Store::open(database_path(a.db), shipped_project_files());
  if (!store) return fail(cmd, store.error());
  auto project = (*store)->project(a.project);
  if (!project) return fail(cmd, project.error());
  auto scheme = VersionScheme::parse(project->version_scheme);
  if (!scheme) return fail(cmd, scheme.error());
  const auto& last = project->releases.back();
  const auto minor = scheme->minor_of(a.version);
  const auto last_minor = scheme->minor_of(last.version);
  const bool known = std::any_of(project->releases.begin(), project->releases.end(),
                                 [&](const ProjectRelease& r) { return r.version == a.version; });
  if (!known && (!minor || !last_minor || *minor != *last_minor + 1)) {
    return fail(cmd, Error::expected("VERSION", "'" + a.version + "'",
                                     "a released version or the next one (" + scheme->format(last_minor.value_or(0) + 1) + ")"));
  }
  if (!known && *day <= last.released) {
    return fail(cmd, Error::expected("DATE", a.date, "a date after " + last.version + " (" + format_date(last.released) + ")"));
  }
  if (auto s = (*store)->record_actual(a.project, a.version, *day, "cli"); !s) return fail(cmd, s.error());
  std::cout << "recorded " << a.project << " " << a.version << " released " << format_date(*day) << "\n\n";
  return print_plan(cmd, **store, a);
}
}  // namespace

void add_release_command(CLI::App& app) {
  auto args = std::make_shared<ReleaseArgs>();
  auto* release = app.add_subcommand("release", "Record actual release dates and re-plan the coming releases");
  release->require_subcommand(1);
  auto* plan = release->add_subcommand("plan", "Plan the project's coming releases from its latest release");
  plan->add_option("PROJECT", args->project, "Project id, e.g. xen")->required();
  auto* actual = release->add_subcommand("actual", "Record the actual date of a release, then re-plan by the slip policy");
  actual->add_option("PROJECT", args->project, "Project id, e.g. xen")->required();
  actual->add_option("VERSION", args->version, "The version released, e.g. 4.23")->required();
  actual->add_option("DATE", args->date, "The release date, YYYY-MM-DD")->required();
  for (auto* sub : {plan, actual}) {
    sub->add_option("--next", args->next, "How many coming releases to plan")->check(CLI::Range(1, 24));
    sub->add_option("--db", args->db, "SQLite database file (default: $RELPLAN_DB, else the user's data folder)");
  }
  on_run(plan, [args] { return run_plan(*args); });
  on_run(actual, [args] { return run_actual(*args); });
}

}  // namespace relplan::cli
