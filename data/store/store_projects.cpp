// Store: projects and their releases.
#include <algorithm>

#include <SQLiteCpp/Statement.h>

#include "data/project/project_toml.hpp"
#include "data/store/audit.hpp"
#include "data/store/store.hpp"

namespace relplan {

std::vector<ProjectSummary> Store::projects() const {
  const std::lock_guard lock(mutex_);
  std::vector<ProjectSummary> out;
  SQLite::Statement q(*db_, "SELECT id, name FROM projects ORDER BY id");
  while (q.executeStep()) out.push_back({q.getColumn(0).getString(), q.getColumn(1).getString()});
  return out;
}

Status Store::import_project(const Project& project, const std::string& actor) {
  const std::lock_guard lock(mutex_);
  Project definition = project;
  definition.releases.clear();
  const auto text = write_project_toml(definition);
  return write("import of project " + project.id, [&](SQLite::Database& db) {
    SQLite::Statement up(db,
                         "INSERT INTO projects (id, name, definition) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                         "name = excluded.name, definition = excluded.definition, "
                         "updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')");
    up.bind(1, project.id);
    up.bind(2, project.name);
    up.bind(3, text);
    up.exec();
    SQLite::Statement rel(db,
                          "INSERT INTO releases (project_id, version, position, released, general_until, "
                          "security_until, source, upstream_project, upstream_version, upstream_source) VALUES (?, ?, "
                          "?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(project_id, version) DO "
                          "UPDATE SET position = excluded.position, released = excluded.released, general_until = "
                          "excluded.general_until, security_until = excluded.security_until, source = excluded.source, "
                          "upstream_project = excluded.upstream_project, upstream_version = excluded.upstream_version, "
                          "upstream_source = excluded.upstream_source");
    int position = 0;
    for (const auto& r : project.releases) {
      rel.bind(1, project.id);
      rel.bind(2, r.version);
      rel.bind(3, position++);
      rel.bind(4, format_date(r.released));
      r.general_until ? rel.bind(5, format_date(*r.general_until)) : rel.bind(5);
      r.security_until ? rel.bind(6, format_date(*r.security_until)) : rel.bind(6);
      rel.bind(7, r.source);
      if (r.upstream) {
        rel.bind(8, r.upstream->project);
        rel.bind(9, r.upstream->version);
        rel.bind(10, r.upstream->source);
      } else {
        rel.bind(8);
        rel.bind(9);
        rel.bind(10);
      }
      rel.exec();
      rel.reset();
    }
    append_audit(db, actor, "import", "project " + project.id, std::to_string(project.releases.size()) + " releases");
  });
}

Result<Project> Store::project(const std::string& id) const {
  const std::lock_guard lock(mutex_);
  if (auto s = require_project(id); !s) return s.error();
  SQLite::Statement q(*db_, "SELECT definition FROM projects WHERE id = ?");
  q.bind(1, id);
  q.executeStep();
  auto project = parse_project_toml(q.getColumn(0).getString(), "database project " + id);
  if (!project) return project.error();
  SQLite::Statement rel(
      *db_,
      "SELECT version, released, general_until, security_until, source, upstream_project, "
      "upstream_version, upstream_source FROM releases WHERE project_id = ? ORDER BY position, released");
  rel.bind(1, id);
  auto day = [](const SQLite::Column& c) -> std::optional<date::sys_days> {
    return c.isNull() ? std::nullopt : parse_date(c.getString());
  };
  while (rel.executeStep()) {
    std::optional<UpstreamRef> upstream;
    if (!rel.getColumn(5).isNull()) {
      upstream = UpstreamRef{rel.getColumn(5).getString(), rel.getColumn(6).getString(), rel.getColumn(7).getString()};
    }
    project.value().releases.push_back({rel.getColumn(0).getString(), *day(rel.getColumn(1)), day(rel.getColumn(2)),
                                        day(rel.getColumn(3)), rel.getColumn(4).getString(), std::move(upstream)});
  }
  return project;
}

Status Store::record_actual(const std::string& project, const std::string& version, date::sys_days actual,
                            const std::string& actor) {
  const std::lock_guard lock(mutex_);
  if (auto s = require_project(project); !s) return s;
  return write("recording release " + version, [&](SQLite::Database& db) {
    SQLite::Statement was(db, "SELECT released FROM releases WHERE project_id = ? AND version = ?");
    was.bind(1, project);
    was.bind(2, version);
    const std::string previous = was.executeStep() ? was.getColumn(0).getString() : "none";
    was.reset();
    SQLite::Statement q(db,
                        "INSERT INTO releases (project_id, version, position, released, source) VALUES (?, ?, "
                        "(SELECT coalesce(max(position) + 1, 0) FROM releases WHERE project_id = ?1), ?, "
                        "'recorded with relplan release actual') ON CONFLICT(project_id, version) DO UPDATE SET "
                        "released = excluded.released");
    q.bind(1, project);
    q.bind(2, version);
    q.bind(3, format_date(actual));
    q.exec();
    append_audit(db, actor, "release actual", "project " + project + " " + version,
                 format_date(actual) + previous_marker + previous);
  });
}

Result<ActualChange> Store::change_actual(const std::string& project, const std::string& version, date::sys_days actual,
                                          bool force, const CalendarRegistry& registry, const std::string& actor) {
  const std::lock_guard lock(mutex_);
  std::optional<ActualChange> change;
  auto s = atomically([&]() -> Status {
    // Read and checked inside the transaction: another writer cannot slip a change in between.
    auto current = this->project(project);
    if (!current) return current.error();
    auto checked = check_actual(*current, version, actual, force, registry, calendar_overrides(project));
    if (!checked) return checked.error();
    change = std::move(checked).value();
    return record_actual(project, version, actual, actor);
  });
  if (!s) return s.error();
  return std::move(*change);
}

namespace {
// The last undoable audit entry of a project: the newest "release actual" or "calendar override"
// entry not already reverted by a "release undo" entry ("entry N: ...").
struct UndoTarget {
  std::int64_t id = 0;
  std::string action;
  std::string key;  // the version or the day, after "project ID "
  std::string detail;
};
std::optional<UndoTarget> last_change(SQLite::Database& db, const std::string& project) {
  SQLite::Statement q(db,
                      "SELECT id, action, subject, detail FROM audit_log WHERE action IN ('release actual', "
                      "'calendar override', 'release undo') ORDER BY id DESC");
  const std::string prefix = "project " + project + " ";
  std::vector<std::int64_t> undone;
  while (q.executeStep()) {
    const auto subject = q.getColumn(2).getString();
    if (subject.rfind(prefix, 0) != 0) continue;
    const auto id = q.getColumn(0).getInt64();
    const auto action = q.getColumn(1).getString();
    const auto detail = q.getColumn(3).getString();
    if (action == "release undo") {
      if (detail.rfind("entry ", 0) == 0) undone.push_back(std::stoll(detail.substr(6)));
      continue;
    }
    if (std::find(undone.begin(), undone.end(), id) != undone.end()) continue;
    return UndoTarget{id, action, subject.substr(prefix.size()), detail};
  }
  return std::nullopt;
}
// "off: Summit" -> a day off named Summit, as the override audit detail writes it.
std::string describe_override(const std::string& text) {
  if (text.rfind("off: ", 0) == 0) return "a day off (" + text.substr(5) + ")";
  if (text.rfind("working: ", 0) == 0) return "a working day (" + text.substr(9) + ")";
  return "'" + text + "'";
}
}  // namespace

Result<std::string> Store::undo_last_change(const std::string& project, const std::string& actor) {
  const std::lock_guard lock(mutex_);
  if (auto s = require_project(project); !s) return s.error();
  std::string done;
  auto s = atomically([&]() -> Status {
    auto target = last_change(*db_, project);
    if (!target) return Error{"PROJECT", project, "nothing to undo for " + project};
    const auto cut = target->detail.rfind(previous_marker);
    if (cut == std::string::npos) {
      return Error{"PROJECT", project,
                   "the last change of " + project + " (audit entry " + std::to_string(target->id) + ": " +
                       target->action + " " + target->key +
                       ") was recorded without its previous value and cannot be undone"};
    }
    const auto now = target->detail.substr(0, cut);
    const auto previous = target->detail.substr(cut + previous_marker.size());
    const auto& key = target->key;
    const bool release = target->action == "release actual";
    if (release) {
      done = project + " " + key + ": actual date " + now +
             (previous == "none" ? " removed (" + key + " is planned again)" : " -> " + previous + " (restored)");
    } else {
      done = project + " " + key + ": " + describe_override(now) +
             (previous == "none" ? " removed" : " -> " + describe_override(previous) + " (restored)");
    }
    return write("undoing audit entry " + std::to_string(target->id), [&](SQLite::Database& db) {
      if (release && previous == "none") {
        SQLite::Statement q(db, "DELETE FROM releases WHERE project_id = ? AND version = ?");
        q.bind(1, project);
        q.bind(2, key);
        q.exec();
      } else if (release) {
        SQLite::Statement q(db, "UPDATE releases SET released = ? WHERE project_id = ? AND version = ?");
        q.bind(1, previous);
        q.bind(2, project);
        q.bind(3, key);
        q.exec();
      } else if (previous == "none") {
        SQLite::Statement q(db, "DELETE FROM calendar_overrides WHERE project_id = ? AND date = ?");
        q.bind(1, project);
        q.bind(2, key);
        q.exec();
      } else {
        const bool off = previous.rfind("off: ", 0) == 0;
        SQLite::Statement q(db,
                            "INSERT INTO calendar_overrides (project_id, date, off, name) VALUES (?, ?, ?, ?) "
                            "ON CONFLICT(project_id, date) DO UPDATE SET off = excluded.off, name = excluded.name");
        q.bind(1, project);
        q.bind(2, key);
        q.bind(3, off ? 1 : 0);
        q.bind(4, previous.substr(previous.find(": ") + 2));
        q.exec();
      }
      append_audit(db, actor, "release undo", "project " + project + " " + key,
                   "entry " + std::to_string(target->id) + ": " + done);
    });
  });
  if (!s) return s.error();
  return done;
}

ProjectLookup project_lookup(const Store& store) {
  return [&store](const std::string& id) -> std::optional<Project> {
    auto p = store.project(id);
    if (!p) return std::nullopt;
    return std::move(p).value();
  };
}

ProjectLookup shipped_project_lookup() {
  return [](const std::string& id) -> std::optional<Project> {
    for (const auto& f : shipped_project_files()) {
      auto p = parse_project_toml(f.text, f.path);
      if (p && p->id == id) return std::move(p).value();
    }
    return std::nullopt;
  };
}

}  // namespace relplan
