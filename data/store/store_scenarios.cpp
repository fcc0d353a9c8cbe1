// Store: saved scenarios (versioned), advisories (confidential details), plan snapshots.
#include <SQLiteCpp/Statement.h>

#include "data/store/audit.hpp"
#include "data/store/store.hpp"

namespace relplan {

namespace {
// Scenarios may belong to no project: NULL in the table, "" in the API.
void bind_project(SQLite::Statement& q, int index, const std::string& project) {
  project.empty() ? q.bind(index) : q.bind(index, project);
}
}  // namespace

Result<int> Store::save_scenario(const std::string& project, const std::string& name, const std::string& body,
                                 const std::string& actor) {
  const std::lock_guard lock(mutex_);
  if (!project.empty()) {
    if (auto s = require_project(project); !s) return s.error();
  }
  if (name.empty() || name.size() > 200)
    return Error::expected("name", "'" + name + "'", "a scenario name of 1..200 characters");
  int version = 0;
  auto s = write("saving scenario " + name, [&](SQLite::Database& db) {
    SQLite::Statement ins(db, "INSERT INTO scenarios (project_id, name) VALUES (?, ?) ON CONFLICT DO NOTHING");
    bind_project(ins, 1, project);
    ins.bind(2, name);
    ins.exec();
    SQLite::Statement id(db, "SELECT id FROM scenarios WHERE project_id IS ? AND name = ?");
    bind_project(id, 1, project);
    id.bind(2, name);
    id.executeStep();
    const auto scenario_id = id.getColumn(0).getInt64();
    SQLite::Statement next(db, "SELECT coalesce(max(version), 0) + 1 FROM scenario_versions WHERE scenario_id = ?");
    next.bind(1, scenario_id);
    next.executeStep();
    version = next.getColumn(0).getInt();
    SQLite::Statement v(db, "INSERT INTO scenario_versions (scenario_id, version, body, author) VALUES (?, ?, ?, ?)");
    v.bind(1, scenario_id);
    v.bind(2, version);
    v.bind(3, body);
    v.bind(4, actor);
    v.exec();
    append_audit(db, actor, "save scenario", "scenario " + name, "version " + std::to_string(version));
  });
  if (!s) return s.error();
  return version;
}

namespace {
constexpr const char* scenario_columns =
    "SELECT coalesce(s.project_id, ''), s.name, v.version, v.body, v.author, v.created_at "
    "FROM scenarios s JOIN scenario_versions v ON v.scenario_id = s.id ";
ScenarioVersion scenario_row(SQLite::Statement& q) {
  return {q.getColumn(0).getString(), q.getColumn(1).getString(), q.getColumn(2).getInt(),
          q.getColumn(3).getString(), q.getColumn(4).getString(), q.getColumn(5).getString()};
}
}  // namespace

std::vector<ScenarioVersion> Store::scenarios(const std::string& project) const {
  const std::lock_guard lock(mutex_);
  std::vector<ScenarioVersion> out;
  SQLite::Statement q(*db_, std::string(scenario_columns) +
                                "WHERE s.project_id IS ? AND v.version = (SELECT max(version) FROM scenario_versions "
                                "WHERE scenario_id = s.id) ORDER BY s.name");
  bind_project(q, 1, project);
  while (q.executeStep()) out.push_back(scenario_row(q));
  return out;
}

Result<ScenarioVersion> Store::scenario(const std::string& project, const std::string& name,
                                        std::optional<int> version) const {
  const std::lock_guard lock(mutex_);
  SQLite::Statement q(*db_, std::string(scenario_columns) +
                                "WHERE s.project_id IS ? AND s.name = ? AND (? IS NULL OR v.version = ?) "
                                "ORDER BY v.version DESC LIMIT 1");
  bind_project(q, 1, project);
  q.bind(2, name);
  version ? q.bind(3, *version) : q.bind(3);
  version ? q.bind(4, *version) : q.bind(4);
  if (!q.executeStep()) {
    const std::string what = version ? name + " version " + std::to_string(*version) : name;
    return Error::expected("scenario", "'" + what + "'", "a saved scenario");
  }
  return scenario_row(q);
}

Status Store::save_advisory(const Advisory& a, const std::string& actor) {
  const std::lock_guard lock(mutex_);
  if (auto s = require_project(a.project); !s) return s;
  return write("saving advisory " + a.id, [&](SQLite::Database& db) {
    SQLite::Statement q(db,
                        "INSERT INTO advisories (project_id, id, public_utc, report_date, fix_in_release, details) "
                        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(project_id, id) DO UPDATE SET public_utc = "
                        "excluded.public_utc, report_date = excluded.report_date, fix_in_release = "
                        "excluded.fix_in_release, details = excluded.details");
    q.bind(1, a.project);
    q.bind(2, a.id);
    q.bind(3, a.public_utc);
    a.report_date ? q.bind(4, *a.report_date) : q.bind(4);
    q.bind(5, a.fix_in_release ? 1 : 0);
    q.bind(6, a.details.value_or(""));
    q.exec();
    // The audit log names the advisory, never its details.
    append_audit(db, actor, "save advisory", "project " + a.project + " " + a.id, "public " + a.public_utc);
  });
}

std::vector<Advisory> Store::advisories(const std::string& project, bool with_details) const {
  const std::lock_guard lock(mutex_);
  std::vector<Advisory> out;
  SQLite::Statement q(
      *db_,
      "SELECT id, public_utc, report_date, fix_in_release, details FROM advisories WHERE project_id = ? "
      "ORDER BY public_utc, id");
  q.bind(1, project);
  while (q.executeStep()) {
    Advisory a{project,      q.getColumn(0).getString(),   q.getColumn(1).getString(),
               std::nullopt, q.getColumn(3).getInt() != 0, std::nullopt};
    if (!q.getColumn(2).isNull()) a.report_date = q.getColumn(2).getString();
    if (with_details) a.details = q.getColumn(4).getString();
    out.push_back(std::move(a));
  }
  return out;
}

Result<int> Store::save_snapshot(const std::string& project, const std::string& label, const std::string& body,
                                 const std::string& actor) {
  const std::lock_guard lock(mutex_);
  if (auto s = require_project(project); !s) return s.error();
  int id = 0;
  auto s = write("saving plan snapshot " + label, [&](SQLite::Database& db) {
    SQLite::Statement q(db, "INSERT INTO plan_snapshots (project_id, label, body) VALUES (?, ?, ?)");
    q.bind(1, project);
    q.bind(2, label);
    q.bind(3, body);
    q.exec();
    id = static_cast<int>(db.getLastInsertRowid());
    append_audit(db, actor, "save snapshot", "project " + project, label);
  });
  if (!s) return s.error();
  return id;
}

std::vector<Store::Snapshot> Store::snapshots(const std::string& project) const {
  const std::lock_guard lock(mutex_);
  std::vector<Snapshot> out;
  SQLite::Statement q(*db_, "SELECT id, label, taken_at, body FROM plan_snapshots WHERE project_id = ? ORDER BY id");
  q.bind(1, project);
  while (q.executeStep()) {
    out.push_back(
        {q.getColumn(0).getInt(), q.getColumn(1).getString(), q.getColumn(2).getString(), q.getColumn(3).getString()});
  }
  return out;
}

Status Store::set_calendar_override(const std::string& project, date::sys_days day, bool off, const std::string& name,
                                    const std::string& actor) {
  const std::lock_guard lock(mutex_);
  if (auto s = require_project(project); !s) return s;
  if (auto s = check_override_name(name); !s) return s;
  return write("saving a calendar override", [&](SQLite::Database& db) {
    SQLite::Statement was(db, "SELECT off, name FROM calendar_overrides WHERE project_id = ? AND date = ?");
    was.bind(1, project);
    was.bind(2, format_date(day));
    const std::string previous =
        was.executeStep() ? (was.getColumn(0).getInt() != 0 ? "off: " : "working: ") + was.getColumn(1).getString()
                          : "none";
    was.reset();
    SQLite::Statement q(db,
                        "INSERT INTO calendar_overrides (project_id, date, off, name) VALUES (?, ?, ?, ?) "
                        "ON CONFLICT(project_id, date) DO UPDATE SET off = excluded.off, name = excluded.name");
    q.bind(1, project);
    q.bind(2, format_date(day));
    q.bind(3, off ? 1 : 0);
    q.bind(4, name);
    q.exec();
    append_audit(db, actor, "calendar override", "project " + project + " " + format_date(day),
                 (off ? "off: " : "working: ") + name + previous_marker + previous);
  });
}

std::vector<DayOverride> Store::calendar_overrides(const std::string& project) const {
  const std::lock_guard lock(mutex_);
  std::vector<DayOverride> out;
  SQLite::Statement q(*db_, "SELECT date, off, name FROM calendar_overrides WHERE project_id = ? ORDER BY date");
  q.bind(1, project);
  while (q.executeStep()) {
    out.push_back({*parse_date(q.getColumn(0).getString()), q.getColumn(1).getInt() != 0, q.getColumn(2).getString()});
  }
  return out;
}

}  // namespace relplan
