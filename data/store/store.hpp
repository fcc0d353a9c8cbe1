#pragma once
// The embedded default store: one SQLite file (SQLiteCpp), created and seeded on first open.
//
// open() refuses a file that is not a relplan database (another application's SQLite file, a
// damaged one, or not SQLite at all) with a message naming the file, and leaves it untouched.
// Schema changes are versioned migrations on PRAGMA user_version (schema.cpp). The file is in WAL
// mode with foreign keys on and a busy timeout; every write is one transaction and appends to the
// audit log in that same transaction, so a crash or a failed write leaves all of a change or none.
//
// Confidentiality: the file holds embargoed advisory details in clear. A database this class
// creates is mode 0600 whatever the umask, and SQLite gives its -wal and -shm files the mode of the
// database. An existing file keeps the mode it has.
//
// Errors after open() carry no file path (an HTTP client must not learn it) and a kind:
//   busy         "the database is busy (another relplan is writing); try again"
//   unavailable  "the database is read-only" | "the disk is full" |
//                "the database could not be read or written (I/O error)" | "the database file is damaged"
// Reads (the const members) throw SQLite::Exception on such failures: a bug-level event in WAL mode,
// where readers never wait for writers.
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include <SQLiteCpp/Database.h>

#include "calendars/combine.hpp"
#include "calendars/embedded.hpp"
#include "calendars/result.hpp"
#include "data/project/project.hpp"
#include "data/project/project_toml.hpp"
#include "data/project/release_history.hpp"

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

// A known API token: what it may do and the name it was created with.
struct TokenInfo {
  std::string role;   // "editor" or "security"
  std::string label;  // as given to create_token(); the web layer audits writes as "token:<label>"
};

class Store {
 public:
  enum class OpenMode {
    // Read-write; a missing or empty file is created (0600), migrated and seeded with `seed`.
    create,
    // Read-write; the file must exist ("does not exist" error otherwise). Migrates an older schema.
    existing,
    // SQLITE_OPEN_READONLY: the file must exist and have the current schema (no migration, no seed);
    // nothing is ever written, and another process's write lock does not stop it (WAL readers).
    read_only,
  };
  // Opens the database at `path`. Errors name the path (they are for the person who gave it).
  static Result<std::unique_ptr<Store>> open(const std::string& path, std::span<const EmbeddedFile> seed,
                                             OpenMode mode = OpenMode::create);
  // How long a write waits for another process's write lock before failing with ErrorKind::busy.
  static constexpr int default_busy_timeout_ms = 2000;
  void set_busy_timeout(int milliseconds);
  bool read_only() const noexcept { return read_only_; }

  int schema_version() const;
  bool created() const noexcept { return created_; }  // true if this open() created the database
  static constexpr int application_id = 0x72706C6E;   // "rpln"

  // Projects: import replaces the definition and upserts the releases listed; export gives the
  // project with every release the store knows (listed and recorded).
  std::vector<ProjectSummary> projects() const;
  Status import_project(const Project& project, const std::string& actor);
  Result<Project> project(const std::string& id) const;
  // Records the actual release date of a version (a new release or a slipped one), unchecked.
  // The audit entry's detail keeps the date it replaced ("2026-08-04\nprevious: 2026-07-30", or
  // "previous: none" for a new release), for undo_last_change().
  Status record_actual(const std::string& project, const std::string& version, date::sys_days actual,
                       const std::string& actor);
  // check_actual() (data/project/release_history.hpp) on the stored project and overrides, then
  // record_actual(), in one transaction: a refused change writes nothing.
  Result<ActualChange> change_actual(const std::string& project, const std::string& version, date::sys_days actual,
                                     bool force, const CalendarRegistry& registry, const std::string& actor);
  // Reverts the project's last recorded change (an actual date or a calendar override) from its
  // audit entry, in one transaction, and audits the undo ("release undo", detail "entry N: ...").
  // Successive undos walk back through earlier changes; an undo itself is not undone. Returns what
  // was reverted, e.g. "xen 4.23: actual date 2027-03-17 removed (4.23 is planned again)".
  // Errors: "nothing to undo for xen"; a change audited before previous values were kept.
  Result<std::string> undo_last_change(const std::string& project, const std::string& actor);
  // Runs `body` in one IMMEDIATE transaction: the store's writes inside it join it; it commits if
  // body returns Ok and rolls back otherwise (or on an SQLite error, returned as write() does).
  Status atomically(const std::function<Status()>& body);

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
  // bank holiday). Setting a date again replaces it. The name must pass check_override_name(). The
  // audit detail keeps the override it replaced ("off: Summit\nprevious: none").
  Status set_calendar_override(const std::string& project, date::sys_days day, bool off, const std::string& name,
                               const std::string& actor);
  std::vector<DayOverride> calendar_overrides(const std::string& project) const;

  std::vector<AuditEntry> audit_log(std::size_t limit) const;

  // API tokens: create() returns the token (shown once); only its SHA-256 hash is stored.
  Result<std::string> create_token(const std::string& role, const std::string& label, const std::string& actor);
  std::optional<TokenInfo> token(const std::string& token) const;         // if the token is known
  std::optional<std::string> token_role(const std::string& token) const;  // token()->role

 private:
  Store(std::unique_ptr<SQLite::Database> db, bool read_only) : db_(std::move(db)), read_only_(read_only) {}
  Status migrate(std::span<const EmbeddedFile> seed_files);
  Status seed(std::span<const EmbeddedFile> files);
  Status write(const std::string& what, const std::function<void(SQLite::Database&)>& body);
  Status require_project(const std::string& id) const;

  std::unique_ptr<SQLite::Database> db_;
  bool read_only_ = false;
  bool created_ = false;
  bool in_transaction_ = false;  // migrate() is seeding: write() runs inside its transaction
  // One connection shared by the HTTP server's threads: every public member holds this lock, so a
  // transaction never interleaves with another thread's statements.
  mutable std::recursive_mutex mutex_;
};

// The error for an SQLite result code (primary or extended) that is no fault of the request: busy
// (SQLITE_BUSY, SQLITE_LOCKED) or unavailable (READONLY, FULL, IOERR, PROTOCOL, CANTOPEN, CORRUPT,
// NOTADB), with the messages listed at the top of this file, field "db", empty value. Empty
// optional for any other code.
std::optional<Error> database_environment_error(int sqlite_code);

// The project files shipped in the binary (data/projects/*.toml).
std::span<const EmbeddedFile> shipped_project_files();

// Upstream links resolved against a store's projects (db import, branches): nullopt for an id it
// does not hold. The store must outlive the lookup.
ProjectLookup project_lookup(const Store& store);
// Upstream links resolved against the shipped project files (each read without upstream checks).
ProjectLookup shipped_project_lookup();

}  // namespace relplan
