#pragma once
// The embedded default store: one SQLite file (SQLiteCpp), created and seeded on first open.
//
// open() refuses a file that is not a relplan database (another application's SQLite file, a
// damaged one, or not SQLite at all) with a message naming the file, and leaves it untouched.
// Schema changes are versioned migrations on PRAGMA user_version (schema.cpp). The file is in WAL
// mode with foreign keys on and a busy timeout; every write is one transaction and appends to the
// audit log in that same transaction, so a crash leaves either all of a change or none of it.
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include <SQLiteCpp/Database.h>

#include "calendars/combine.hpp"
#include "calendars/result.hpp"
#include "data/embedded.hpp"
#include "data/project/project.hpp"

namespace relplan {

struct ProjectSummary {
  std::string id;
  std::string name;
};

struct ScenarioVersion {
  std::string project;  // may be empty: a scenario not tied to a project
  std::string name;
  int version;
  std::string body;  // the scenario as JSON text
  std::string author;
  std::string created_at;
};

// A security advisory. Its details are confidential until the public instant: list_advisories()
// leaves them out unless asked for explicitly.
struct Advisory {
  std::string project;
  std::string id;          // "XSA-307"
  std::string public_utc;  // "2019-12-11T12:00Z"
  std::optional<std::string> report_date;
  bool fix_in_release = true;
  std::optional<std::string> details;  // empty optional when withheld
};

struct AuditEntry {
  std::string at;
  std::string actor;
  std::string action;
  std::string subject;
  std::string detail;
};

class Store {
 public:
  // Opens (creating and seeding with `seed` project files if absent or empty) the database at `path`.
  static Result<std::unique_ptr<Store>> open(const std::string& path, std::span<const EmbeddedFile> seed);

  int schema_version() const;
  bool created() const noexcept { return created_; }  // true if this open() created the database
  static constexpr int application_id = 0x72706C6E;  // "rpln"

  // Projects: import replaces the definition and upserts the releases listed; export gives the
  // project with every release the store knows (listed and recorded).
  std::vector<ProjectSummary> projects() const;
  Status import_project(const Project& project, const std::string& actor);
  Result<Project> project(const std::string& id) const;
  // Records the actual release date of a version (a new release or a slipped one).
  Status record_actual(const std::string& project, const std::string& version, date::sys_days actual,
                       const std::string& actor);

  // Scenarios: every save is a new version; old versions are kept.
  Result<int> save_scenario(const std::string& project, const std::string& name, const std::string& body,
                            const std::string& actor);
  std::vector<ScenarioVersion> scenarios(const std::string& project) const;  // the newest version of each
  Result<ScenarioVersion> scenario(const std::string& project, const std::string& name,
                                   std::optional<int> version = std::nullopt) const;

  Status save_advisory(const Advisory& advisory, const std::string& actor);
  std::vector<Advisory> advisories(const std::string& project, bool with_details) const;

  // Plan snapshots: the plan as it was, to compare plan against actual later.
  Result<int> save_snapshot(const std::string& project, const std::string& label, const std::string& body,
                            const std::string& actor);
  struct Snapshot {
    int id;
    std::string label;
    std::string taken_at;
    std::string body;
  };
  std::vector<Snapshot> snapshots(const std::string& project) const;

  // A project's own days off or worked days, applied over its team calendars (a summit, a worked
  // bank holiday). Setting a date again replaces it.
  Status set_calendar_override(const std::string& project, date::sys_days day, bool off, const std::string& name,
                               const std::string& actor);
  std::vector<DayOverride> calendar_overrides(const std::string& project) const;

  std::vector<AuditEntry> audit_log(std::size_t limit) const;

  // API tokens: create() returns the token (shown once); only its SHA-256 hash is stored.
  Result<std::string> create_token(const std::string& role, const std::string& label, const std::string& actor);
  std::optional<std::string> token_role(const std::string& token) const;  // the role, if the token is known

 private:
  explicit Store(std::unique_ptr<SQLite::Database> db) : db_(std::move(db)) {}
  Status migrate();
  Status seed(std::span<const EmbeddedFile> files);
  Status write(const std::string& what, const std::function<void(SQLite::Database&)>& body);
  Status require_project(const std::string& id) const;

  std::unique_ptr<SQLite::Database> db_;
  bool created_ = false;
  // One connection shared by the HTTP server's threads: every public member holds this lock, so a
  // transaction never interleaves with another thread's statements.
  mutable std::recursive_mutex mutex_;
};

// The project files shipped in the binary (data/projects/*.toml).
std::span<const EmbeddedFile> shipped_project_files();

}  // namespace relplan
