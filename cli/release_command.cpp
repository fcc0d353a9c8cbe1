// relplan release plan PROJECT [--format table|json|csv] [--at DATE] | actual PROJECT VERSION DATE [--force] |
//   override PROJECT DATE --off|--working --name NAME | undo PROJECT | snapshots PROJECT
// The checks of a change live in data/project/release_history.hpp (shared with the HTTP API).
#include <chrono>

#include "calendars/io/registry.hpp"
#include "cli/common.hpp"
#include "cli/db_path.hpp"
#include "cli/table.hpp"
#include "data/export/csv.hpp"
#include "data/export/json_writer.hpp"
#include "data/project/project_follow.hpp"
#include "data/project/project_plan.hpp"
#include "data/project/release_history.hpp"
#include "data/scenario/scenario_spec.hpp"
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
  bool force = false;
  std::string format = "table";
  std::string at;  // --at; not given: today
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

enum class PlanFormat { table, json, csv };

Result<PlanFormat> parse_format(const std::string& text) {
  if (text == "table") return PlanFormat::table;
  if (text == "json") return PlanFormat::json;
  if (text == "csv") return PlanFormat::csv;
  return Error::expected("--format", "'" + text + "'", "table, json or csv");
}

std::string reason_text(const ShiftReason& why) { return format_date(why.day) + " " + why.text; }

std::string upstream_text(const UpstreamColumn& u, std::size_t i) {
  const auto& r = u.releases[i];
  if (!r) return "";
  return u.project + " " + r->version + " (" + (r->actual ? "released " : "planned ") + format_date(r->date) + ")";
}

std::string plan_json(const std::string& project, const std::vector<PlannedRelease>& releases,
                      const std::vector<std::string>& warnings, const UpstreamColumn* upstream = nullptr) {
  JsonWriter w;
  w.begin_object();
  w.field("project", project);
  w.key("releases");
  w.begin_array();
  for (std::size_t i = 0; i < releases.size(); ++i) {
    const auto& r = releases[i];
    w.begin_object();
    w.field("version", r.version);
    w.field("nominal", format_date(r.nominal));
    w.key("planned");
    r.actual ? w.null() : w.value(format_date(r.planned));
    w.key("actual");
    r.actual ? w.value(format_date(*r.actual)) : w.null();
    w.key("shift_days");
    r.actual ? w.null() : w.value(r.shift_days);
    w.key("reasons");
    w.begin_array();
    for (const auto& why : r.actual ? std::vector<ShiftReason>{} : r.reasons) {
      w.begin_object();
      w.field("day", format_date(why.day));
      w.field("text", why.text);
      w.end_object();
    }
    w.end_array();
    if (upstream) {
      w.key("upstream");
      if (const auto& u = upstream->releases[i]) {
        w.begin_object();
        w.field("project", upstream->project);
        w.field("version", u->version);
        w.field("date", format_date(u->date));
        w.key("actual");
        w.value(u->actual);
        w.end_object();
      } else {
        w.null();
      }
    }
    w.end_object();
  }
  w.end_array();
  w.key("warnings");
  w.begin_array();
  for (const auto& text : warnings) w.value(text);
  w.end_array();
  w.end_object();
  return w.text() + "\n";
}

// One row per release (kind "release"), then one per warning (kind "warning", the text in "text").
// With an upstream column, a last column "upstream" ("xen 4.23 (planned 2027-03-03)").
std::string plan_csv(const std::vector<PlannedRelease>& releases, const std::vector<std::string>& warnings,
                     const UpstreamColumn* upstream = nullptr) {
  std::vector<std::string> head{"kind", "version", "nominal", "planned", "actual", "shift_days", "text"};
  if (upstream) head.emplace_back("upstream");
  std::string out = csv::row(head);
  for (std::size_t i = 0; i < releases.size(); ++i) {
    const auto& r = releases[i];
    std::string reasons;
    for (const auto& why : r.actual ? std::vector<ShiftReason>{} : r.reasons)
      reasons += (reasons.empty() ? "" : "; ") + reason_text(why);
    std::vector<std::string> row{"release",
                                 r.version,
                                 format_date(r.nominal),
                                 r.actual ? "" : format_date(r.planned),
                                 r.actual ? format_date(*r.actual) : "",
                                 r.actual ? "" : std::to_string(r.shift_days),
                                 reasons};
    if (upstream) row.push_back(upstream_text(*upstream, i));
    out += csv::row(row);
  }
  for (const auto& text : warnings) {
    std::vector<std::string> row{"warning", "", "", "", "", "", text};
    if (upstream) row.emplace_back();
    out += csv::row(row);
  }
  return out;
}

// Prints the project's coming releases, planned from its latest release. `warn_at`: the day the
// plan's warnings are computed for (release plan only).
int print_plan(const std::string& cmd, Store& store, const ReleaseArgs& a, PlanFormat format = PlanFormat::table,
               std::optional<date::sys_days> warn_at = std::nullopt) {
  auto project = store.project(a.project);
  if (!project) return fail(cmd, project.error());
  const auto& registry = CalendarRegistry::shipped();
  auto plan = coming_plan(store, *project, a.next, registry);  // its own train, or its upstream's
  if (!plan) return fail(cmd, plan.error());
  const auto* releases = &plan->releases;
  const UpstreamColumn* upstream = plan->upstream ? &*plan->upstream : nullptr;
  const auto warnings = warn_at ? plan_warnings(*project, *releases, *warn_at, registry) : std::vector<std::string>{};
  if (format == PlanFormat::json) {
    std::cout << plan_json(project->id, *releases, warnings, upstream);
  } else if (format == PlanFormat::csv) {
    std::cout << plan_csv(*releases, warnings, upstream);
  } else {
    std::vector<std::vector<std::string>> rows;
    for (std::size_t i = 0; i < releases->size(); ++i) {
      const auto& r = (*releases)[i];
      std::string reasons;
      for (const auto& why : r.actual ? std::vector<ShiftReason>{} : r.reasons)
        reasons += (reasons.empty() ? "" : "; ") + reason_text(why);
      rows.push_back({r.version, format_date(r.nominal), r.actual ? "" : format_date(r.planned),
                      r.actual ? format_date(*r.actual) : "", r.actual ? "" : std::to_string(r.shift_days), reasons});
      if (upstream) rows.back().insert(rows.back().end() - 1, upstream_text(*upstream, i));
    }
    std::vector<std::string> head{"version", "nominal", "planned", "actual", "shift", "reasons"};
    if (upstream) head.insert(head.end() - 1, "upstream");
    std::string cadence = std::to_string(project->cadence.months) + "-month cadence, " + project->cadence.slip_policy;
    if (const auto& u = project->cadence.upstream_train) {
      cadence = u->weeks_after ? "on the " + u->project + " train, " + std::to_string(*u->weeks_after) +
                                     " weeks after each " + u->project + " release"
                               : cadence + ", shipping the newest " + u->project + " release at least " +
                                     std::to_string(*u->weeks_before) + " weeks before";
    }
    std::cout << project->name << ": " << cadence << ", from " << project->releases.back().version << "\n\n"
              << render_table(head, rows);
    for (const auto& text : warnings) std::cerr << "relplan " << cmd << ": warning: " << text << "\n";
  }
  if (!a.snapshot.empty()) {
    auto id = store.save_snapshot(a.project, a.snapshot, snapshot_body(*releases), "cli");
    if (!id) return fail(cmd, id.error());
    // Not on stdout for json/csv: that output stays one document.
    (format == PlanFormat::table ? std::cout : std::cerr)
        << (format == PlanFormat::table ? "\n" : "") << "saved as snapshot " << *id << " '" << a.snapshot << "'\n";
  }
  return success;
}

int run_plan(const CLI::App* sub, const ReleaseArgs& a) {
  const std::string cmd = "release plan";
  auto format = parse_format(a.format);
  if (!format) return fail(cmd, format.error());
  auto at = optional_date_option(sub, "--at", a.at);
  if (!at) return fail(cmd, at.error());
  // Without --snapshot nothing is saved; `--snapshot ''` is no way to say so.
  if (auto s = require_nonempty_if_given(sub, "--snapshot", a.snapshot, "a label for the snapshot"); !s)
    return fail(cmd, s.error());
  // Only --snapshot writes: a plain plan opens the database read-only.
  auto db = open_database(sub, a.db, a.snapshot.empty() ? DbUse::read : DbUse::write);
  if (!db) return fail(cmd, db.error());
  return print_plan(cmd, *db->store, a, *format,
                    at->value_or(date::floor<date::days>(std::chrono::system_clock::now())));
}

int run_actual(const CLI::App* sub, const ReleaseArgs& a) {
  const std::string cmd = "release actual";
  auto day = parse_date_option(a.date, "DATE");
  if (!day) return fail(cmd, day.error());
  auto db = open_database(sub, a.db, DbUse::write);
  if (!db) return fail(cmd, db.error());
  auto& store = *db->store;
  auto change = store.change_actual(a.project, a.version, *day, a.force, CalendarRegistry::shipped(), "cli");
  if (!change) return fail(cmd, change.error());
  if (change->previous) {
    std::cout << "changed " << a.project << " " << a.version << " actual date " << format_date(*change->previous)
              << " -> " << format_date(*day) << "\n";
  } else {
    std::cout << "recorded " << a.project << " " << a.version << " released " << format_date(*day) << "\n";
  }
  if (change->next) {
    std::cout << "next: " << change->next->version << " planned " << format_date(change->next->planned) << " (nominal "
              << format_date(change->next->nominal) << ")\n";
  }
  std::cout << "\n";
  return print_plan(cmd, store, a);
}

int run_override(const CLI::App* sub, const ReleaseArgs& a) {
  const std::string cmd = "release override";
  auto day = parse_date_option(a.date, "DATE");
  if (!day) return fail(cmd, day.error());
  if (a.off == a.working) return fail(cmd, Error{"--off", "", "--off or --working: give exactly one"});
  if (auto s = check_override_name(a.name); !s) return fail(cmd, s.error());
  auto db = open_database(sub, a.db, DbUse::write);
  if (!db) return fail(cmd, db.error());
  auto& store = *db->store;
  if (auto s = store.set_calendar_override(a.project, *day, a.off, a.name, "cli"); !s) return fail(cmd, s.error());
  std::cout << a.project << ": " << format_date(*day) << " is now " << (a.off ? "a day off" : "a working day") << " ("
            << a.name << ")\n\n";
  return print_plan(cmd, store, a);
}

int run_undo(const CLI::App* sub, const ReleaseArgs& a) {
  const std::string cmd = "release undo";
  auto db = open_database(sub, a.db, DbUse::write);
  if (!db) return fail(cmd, db.error());
  auto& store = *db->store;
  auto done = store.undo_last_change(a.project, "cli");
  if (!done) return fail(cmd, done.error());
  std::cout << "undid " << *done << "\n\n";
  return print_plan(cmd, store, a);
}

int run_snapshots(const CLI::App* sub, const ReleaseArgs& a) {
  const std::string cmd = "release snapshots";
  auto db = open_database(sub, a.db, DbUse::read);
  if (!db) return fail(cmd, db.error());
  if (auto project = db->store->project(a.project); !project) return fail(cmd, project.error());
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
  // At most one subcommand, and a word that is none of them is named (CLI11 would only say "A
  // subcommand is required"): the release command runs the selected one itself.
  release->require_subcommand(0, 1);
  release->allow_extras();
  const std::string project_help = "Project id, e.g. xen (required)";
  auto* plan = release->add_subcommand("plan", "Plan the project's coming releases from its latest release");
  plan->add_option("PROJECT", args->project, project_help)->required();
  auto* actual =
      release->add_subcommand("actual", "Record the actual date of a release, then re-plan by the slip policy");
  actual->add_option("PROJECT", args->project, project_help)->required();
  actual->add_option("VERSION", args->version, "The version released, e.g. 4.23 (required)")->required();
  actual->add_option("DATE", args->date, "The release date, YYYY-MM-DD (required)")->required();
  actual->add_flag("--force", args->force, "Change the date of a release already recorded");
  plan->add_option("--snapshot", args->snapshot, "Save the plan under this label, to compare with what happens");
  plan->add_option("--format", args->format, "table, json or csv (default: table)");
  plan->add_option("--at", args->at, "Warn about dates already past on this day, YYYY-MM-DD (default: today)");
  auto* undo = release->add_subcommand("undo", "Revert the project's last recorded actual date or calendar override");
  undo->add_option("PROJECT", args->project, project_help)->required();
  auto* override_day =
      release->add_subcommand("override", "Make a day a day off or a working day for the project's plans");
  override_day->add_option("PROJECT", args->project, project_help)->required();
  override_day->add_option("DATE", args->date, "The day, YYYY-MM-DD (required)")->required();
  override_day->add_flag("--off", args->off, "The day is off (a summit, a company holiday)");
  override_day->add_flag("--working", args->working, "The day is worked (a worked bank holiday)");
  override_day->add_option("--name", args->name, "Why, shown as the reason for shifts (required)")->required();
  auto* snapshots = release->add_subcommand("snapshots", "List the saved plan snapshots of a project");
  snapshots->add_option("PROJECT", args->project, project_help)->required();
  add_db_option(snapshots, args->db);
  for (auto* sub : {plan, actual, override_day, undo}) {
    sub->add_option("--next", args->next, "How many coming releases to plan, 1..24 (default: 3)")
        ->check(CLI::Range(1, 24));
    add_db_option(sub, args->db);
  }
  const std::vector<std::pair<CLI::App*, std::function<int()>>> runs = {
      {plan, [plan, args] { return run_plan(plan, *args); }},
      {actual, [actual, args] { return run_actual(actual, *args); }},
      {override_day, [override_day, args] { return run_override(override_day, *args); }},
      {snapshots, [snapshots, args] { return run_snapshots(snapshots, *args); }},
      {undo, [undo, args] { return run_undo(undo, *args); }},
  };
  on_run(release, [release, runs] {
    for (const auto& [sub, run] : runs) {
      if (sub->parsed()) return run();
    }
    const std::string known = "plan, actual, override, snapshots or undo";
    for (const auto& word : release->remaining()) {
      if (word.empty() || word[0] != '-')
        return fail("release", Error::expected("subcommand", "'" + word + "'", known));
    }
    return fail("release", Error::expected("subcommand", "none", known));
  });
}

}  // namespace relplan::cli
