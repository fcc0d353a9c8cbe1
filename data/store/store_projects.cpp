// Store: projects and their releases.
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
                          "security_until, source) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(project_id, version) DO "
                          "UPDATE SET position = excluded.position, released = excluded.released, general_until = "
                          "excluded.general_until, security_until = excluded.security_until, source = excluded.source");
    int position = 0;
    for (const auto& r : project.releases) {
      rel.bind(1, project.id);
      rel.bind(2, r.version);
      rel.bind(3, position++);
      rel.bind(4, format_date(r.released));
      r.general_until ? rel.bind(5, format_date(*r.general_until)) : rel.bind(5);
      r.security_until ? rel.bind(6, format_date(*r.security_until)) : rel.bind(6);
      rel.bind(7, r.source);
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
  SQLite::Statement rel(*db_,
                        "SELECT version, released, general_until, security_until, source FROM releases "
                        "WHERE project_id = ? ORDER BY position, released");
  rel.bind(1, id);
  auto day = [](const SQLite::Column& c) -> std::optional<date::sys_days> {
    return c.isNull() ? std::nullopt : parse_date(c.getString());
  };
  while (rel.executeStep()) {
    project.value().releases.push_back({rel.getColumn(0).getString(), *day(rel.getColumn(1)), day(rel.getColumn(2)),
                                        day(rel.getColumn(3)), rel.getColumn(4).getString()});
  }
  return project;
}

Status Store::record_actual(const std::string& project, const std::string& version, date::sys_days actual,
                            const std::string& actor) {
  const std::lock_guard lock(mutex_);
  if (auto s = require_project(project); !s) return s;
  return write("recording release " + version, [&](SQLite::Database& db) {
    SQLite::Statement q(db,
                        "INSERT INTO releases (project_id, version, position, released, source) VALUES (?, ?, "
                        "(SELECT coalesce(max(position) + 1, 0) FROM releases WHERE project_id = ?1), ?, "
                        "'recorded with relplan release actual') ON CONFLICT(project_id, version) DO UPDATE SET "
                        "released = excluded.released");
    q.bind(1, project);
    q.bind(2, version);
    q.bind(3, format_date(actual));
    q.exec();
    append_audit(db, actor, "release actual", "project " + project + " " + version, format_date(actual));
  });
}

}  // namespace relplan
