// relplan release plan PROJECT | relplan release actual PROJECT VERSION DATE
#include "calendars/io/registry.hpp"
#include "cli/common.hpp"
#include "cli/db_path.hpp"
#include "cli/table.hpp"
#include "data/export/json_writer.hpp"
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
  std::string snapshot;  // save the plan printed under this label
  bool off = false;
  bool working = false;
  std::string name;
};

// The plan as a snapshot body: what was planned, to compare with what happened later.
std::string snapshot_body(const std::vector<PlannedRelease>& releases) {
  JsonWriter w;
  w.begin_object();
  w.key("releases");
  w.begin_array();
  for (const auto& r : releases) {
    w.begin_object();
    w.field("version", r.version);
    w.field("nominal", format_date(r.nominal));
    w.field("planned", format_date(r.planned));
    w.key("actual");
    if (r.actual) {
      w.value(format_date(*r.actual));
    } else {
      w.null();
    }
    w.end_object();
  }
  w.end_array();
  w.end_object();
  return w.text();
}

// Prints the project's coming releases, planned from its latest release.
int print_plan(const std::string& cmd, Store& store, const ReleaseArgs& a) {
  auto project = store.project(a.project);
  if (!project) return fail(cmd, project.error());
  auto train = project_train(*project, a.next, CalendarRegistry::shipped(), store.calendar_overrides(a.project));
  if (!train) return fail(cmd, train.error());
  auto releases = plan_releases(*train);
  if (!releases) return fail(cmd, releases.error());
  std::vector<std::vector<std::string>> rows;
  for (const auto& r : *releases) {
    std::string reasons;
    for (const auto& why : r.actual ? std::vector<ShiftReason>{} : r.reasons)
      reasons += (reasons.empty() ? "" : "; ") + format_date(why.day) + " " + why.text;
    rows.push_back({r.version, format_date(r.nominal), r.actual ? "" : format_date(r.planned),
                    r.actual ? format_date(*r.actual) : "", r.actual ? "" : std::to_string(r.shift_days), reasons});
  }
  std::cout << project->name << ": " << project->cadence.months << "-month cadence, " << project->cadence.slip_policy
            << ", from " << project->releases.back().version << "\n\n"
            << render_table({"version", "nominal", "planned", "actual", "shift", "reasons"}, rows);
  if (!a.snapshot.empty()) {
    auto id = store.save_snapshot(a.project, a.snapshot, snapshot_body(*releases), "cli");
    if (!id) return fail(cmd, id.error());
    std::cout << "\nsaved as snapshot " << *id << " '" << a.snapshot << "'\n";
  }
  return success;
}

int run_plan(const ReleaseArgs& a) {
  // Only --snapshot writes: a plain plan opens the database read-only.
  auto db = open_database(a.db, a.snapshot.empty() ? DbUse::read : DbUse::write);
  if (!db) return fail("release plan", db.error());
  return print_plan("release plan", *db->store, a);
}

int run_actual(const ReleaseArgs& a) {
  const std::string cmd = "release actual";
  auto day = parse_date_option(a.date, "DATE");
  if (!day) return fail(cmd, day.error());
  auto db = open_database(a.db, DbUse::write);
  if (!db) return fail(cmd, db.error());
  auto& store = *db->store;
  auto project = store.project(a.project);
  if (!project) return fail(cmd, project.error());
  auto scheme = VersionScheme::parse(project->version_scheme);
  if (!scheme) return fail(cmd, scheme.error());
  const auto& last = project->releases.back();
  const auto minor = scheme->minor_of(a.version);
  const auto last_minor = scheme->minor_of(last.version);
  const bool known = std::any_of(project->releases.begin(), project->releases.end(),
                                 [&](const ProjectRelease& r) { return r.version == a.version; });
  if (!known && (!minor || !last_minor || *minor != *last_minor + 1)) {
    return fail(cmd, Error::expected(
                         "VERSION", "'" + a.version + "'",
                         "a released version or the next one (" + scheme->format(last_minor.value_or(0) + 1) + ")"));
  }
  if (!known && *day <= last.released) {
    return fail(
        cmd, Error::expected("DATE", a.date, "a date after " + last.version + " (" + format_date(last.released) + ")"));
  }
  if (auto s = store.record_actual(a.project, a.version, *day, "cli"); !s) return fail(cmd, s.error());
  std::cout << "recorded " << a.project << " " << a.version << " released " << format_date(*day) << "\n\n";
  return print_plan(cmd, store, a);
}
int run_override(const ReleaseArgs& a) {
  const std::string cmd = "release override";
  auto day = parse_date_option(a.date, "DATE");
  if (!day) return fail(cmd, day.error());
  if (a.off == a.working) return fail(cmd, Error{"--off", "", "--off or --working: give exactly one"});
  auto db = open_database(a.db, DbUse::write);
  if (!db) return fail(cmd, db.error());
  auto& store = *db->store;
  if (auto s = store.set_calendar_override(a.project, *day, a.off, a.name, "cli"); !s) return fail(cmd, s.error());
  std::cout << a.project << ": " << format_date(*day) << " is now " << (a.off ? "a day off" : "a working day") << " ("
            << a.name << ")\n\n";
  return print_plan(cmd, store, a);
}

int run_snapshots(const ReleaseArgs& a) {
  auto db = open_database(a.db, DbUse::read);
  if (!db) return fail("release snapshots", db.error());
  std::vector<std::vector<std::string>> rows;
  for (const auto& snap : db->store->snapshots(a.project)) {
    rows.push_back({std::to_string(snap.id), snap.label, snap.taken_at, snap.body});
  }
  std::cout << render_table({"id", "label", "taken at", "plan"}, rows);
  return success;
}

}  // namespace

void add_release_command(CLI::App& app) {
  auto args = std::make_shared<ReleaseArgs>();
  auto* release = app.add_subcommand("release", "Record actual release dates and re-plan the coming releases");
  release->require_subcommand(1);
  auto* plan = release->add_subcommand("plan", "Plan the project's coming releases from its latest release");
  plan->add_option("PROJECT", args->project, "Project id, e.g. xen")->required();
  auto* actual =
      release->add_subcommand("actual", "Record the actual date of a release, then re-plan by the slip policy");
  actual->add_option("PROJECT", args->project, "Project id, e.g. xen")->required();
  actual->add_option("VERSION", args->version, "The version released, e.g. 4.23")->required();
  actual->add_option("DATE", args->date, "The release date, YYYY-MM-DD")->required();
  plan->add_option("--snapshot", args->snapshot, "Save the plan under this label, to compare with what happens");
  auto* override_day =
      release->add_subcommand("override", "Make a day a day off or a working day for the project's plans");
  override_day->add_option("PROJECT", args->project, "Project id, e.g. xen")->required();
  override_day->add_option("DATE", args->date, "The day, YYYY-MM-DD")->required();
  override_day->add_flag("--off", args->off, "The day is off (a summit, a company holiday)");
  override_day->add_flag("--working", args->working, "The day is worked (a worked bank holiday)");
  override_day->add_option("--name", args->name, "Why, shown as the reason for shifts")->required();
  auto* snapshots = release->add_subcommand("snapshots", "List the saved plan snapshots of a project");
  snapshots->add_option("PROJECT", args->project, "Project id, e.g. xen")->required();
  snapshots->add_option("--db", args->db, "SQLite database file (default: $RELPLAN_DB, else the user's data folder)");
  on_run(override_day, [args] { return run_override(*args); });
  on_run(snapshots, [args] { return run_snapshots(*args); });
  for (auto* sub : {plan, actual, override_day}) {
    sub->add_option("--next", args->next, "How many coming releases to plan")->check(CLI::Range(1, 24));
    sub->add_option("--db", args->db, "SQLite database file (default: $RELPLAN_DB, else the user's data folder)");
  }
  on_run(plan, [args] { return run_plan(*args); });
  on_run(actual, [args] { return run_actual(*args); });
}

}  // namespace relplan::cli
