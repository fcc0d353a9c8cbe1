// The store against a hostile environment: private file modes whatever the umask; read-only opens
// that never write and are not stopped by another writer; busy and unavailable errors with a kind
// and no file path; a failed write leaves nothing; token() gives the token's role and label.
#include <catch2/catch.hpp>

#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <sqlite3.h>

#include <filesystem>
#include <fstream>

#include <SQLiteCpp/Database.h>

#include "data/store/store.hpp"
#include "tests/support/expected_files.hpp"
#include "tests/support/run_cli.hpp"

using namespace relplan;

namespace {

struct TempDb {
  std::string dir = test::temp_dir("store-access");
  std::string path = dir + "/relplan.db";
  ~TempDb() { std::filesystem::remove_all(dir); }
};

std::unique_ptr<Store> open_or_fail(const std::string& path, std::span<const EmbeddedFile> seed,
                                    Store::OpenMode mode = Store::OpenMode::create) {
  auto store = Store::open(path, seed, mode);
  if (!store) FAIL(store.error().message);
  return std::move(store).value();
}

unsigned mode_of(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return 07777;  // no such file: matches no mode a test expects
  return st.st_mode & 0777U;
}

// Sets the process umask for a scope.
struct Umask {
  mode_t old;
  explicit Umask(mode_t m) : old(::umask(m)) {}
  ~Umask() { ::umask(old); }
};

// Another process's open write transaction, as a second connection in this one.
struct WriteLock {
  SQLite::Database db;
  explicit WriteLock(const std::string& path) : db(path, SQLite::OPEN_READWRITE) {
    db.exec("BEGIN IMMEDIATE");
    db.exec("INSERT INTO audit_log (actor, action, subject) VALUES ('other', 'lock', 'test')");
  }
  ~WriteLock() { db.exec("ROLLBACK"); }
};

int count(const std::string& path, const std::string& sql) {
  SQLite::Database raw(path, SQLite::OPEN_READONLY);
  return raw.execAndGet(sql).getInt();
}

}  // namespace

TEST_CASE("A new database and its -wal and -shm files are 0600 whatever the umask", "[data][store][access]") {
  for (const mode_t mask : {mode_t{022}, mode_t{0}, mode_t{077}, mode_t{0777}}) {
    INFO("umask " << std::oct << mask);
    TempDb db;
    const Umask scope(mask);
    auto store = open_or_fail(db.path, shipped_project_files());
    CHECK(store->created());
    // The connection is open and has written: the side files exist now.
    CHECK(mode_of(db.path) == 0600);
    CHECK(mode_of(db.path + "-wal") == 0600);
    CHECK(mode_of(db.path + "-shm") == 0600);
  }
}

TEST_CASE("An existing database keeps its mode", "[data][store][access]") {
  TempDb db;
  { open_or_fail(db.path, {}); }
  ::chmod(db.path.c_str(), 0640);
  auto store = open_or_fail(db.path, {});
  CHECK(mode_of(db.path) == 0640);
}

TEST_CASE("Error{field, value, message} is an invalid_input error, and in() keeps the kind", "[data][store][access]") {
  const Error plain{"f", "v", "m"};
  CHECK(plain.kind == ErrorKind::invalid_input);
  CHECK(Error::expected("f", "v", "rule").kind == ErrorKind::invalid_input);
  const Error busy{"db", "", "busy", ErrorKind::busy};
  CHECK(busy.in("ctx").kind == ErrorKind::busy);
  CHECK(busy.in("ctx").message == "ctx: busy");
}

TEST_CASE("SQLite result codes map to busy and unavailable errors without a path", "[data][store][access]") {
  struct Case {
    int code;
    ErrorKind kind;
    std::string message;
  };
  const std::vector<Case> cases{
      {SQLITE_BUSY, ErrorKind::busy, "the database is busy (another relplan is writing); try again"},
      {SQLITE_BUSY_SNAPSHOT, ErrorKind::busy, "the database is busy (another relplan is writing); try again"},
      {SQLITE_LOCKED, ErrorKind::busy, "the database is busy (another relplan is writing); try again"},
      {SQLITE_READONLY, ErrorKind::unavailable, "the database is read-only"},
      {SQLITE_READONLY_DIRECTORY, ErrorKind::unavailable, "the database is read-only"},
      {SQLITE_FULL, ErrorKind::unavailable, "the disk is full"},
      {SQLITE_IOERR, ErrorKind::unavailable, "the database could not be read or written (I/O error)"},
      {SQLITE_IOERR_WRITE, ErrorKind::unavailable, "the database could not be read or written (I/O error)"},
      {SQLITE_CANTOPEN, ErrorKind::unavailable, "the database could not be read or written (I/O error)"},
      {SQLITE_CORRUPT, ErrorKind::unavailable, "the database file is damaged"},
  };
  for (const auto& c : cases) {
    INFO("code " << c.code);
    const auto e = database_environment_error(c.code);
    REQUIRE(e.has_value());
    CHECK(e->kind == c.kind);
    CHECK(e->message == c.message);
    CHECK(e->field == "db");
    CHECK(e->value.empty());
  }
  CHECK_FALSE(database_environment_error(SQLITE_CONSTRAINT).has_value());
  CHECK_FALSE(database_environment_error(SQLITE_ERROR).has_value());
}

TEST_CASE("A write while another process holds the write lock fails as busy and writes nothing",
          "[data][store][access]") {
  TempDb db;
  auto store = open_or_fail(db.path, shipped_project_files());
  store->set_busy_timeout(100);
  {
    const WriteLock other(db.path);
    auto saved = store->save_scenario("xen", "nine months", "{}", "ann");
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().kind == ErrorKind::busy);
    CHECK(saved.error().message == "the database is busy (another relplan is writing); try again");
    CHECK(saved.error().value.empty());
    auto token = store->create_token("editor", "ci", "cli");
    REQUIRE_FALSE(token.ok());
    CHECK(token.error().kind == ErrorKind::busy);
  }
  CHECK(store->scenarios("xen").empty());
  CHECK(count(db.path, "SELECT count(*) FROM tokens") == 0);
  CHECK(count(db.path, "SELECT count(*) FROM audit_log WHERE action = 'lock'") == 0);
  CHECK(store->save_scenario("xen", "nine months", "{}", "ann").value() == 1);
}

TEST_CASE("Opening an up-to-date database is not stopped by another writer, in any mode", "[data][store][access]") {
  TempDb db;
  { open_or_fail(db.path, shipped_project_files()); }
  const WriteLock other(db.path);
  for (const auto mode : {Store::OpenMode::create, Store::OpenMode::existing, Store::OpenMode::read_only}) {
    auto store = Store::open(db.path, {}, mode);
    REQUIRE(store.ok());
    CHECK((*store)->projects().size() == 3);
    CHECK((*store)->read_only() == (mode == Store::OpenMode::read_only));
  }
}

TEST_CASE("A read-only open never writes and refuses what would need a write", "[data][store][access]") {
  TempDb db;
  SECTION("a missing file is not created") {
    for (const auto mode : {Store::OpenMode::read_only, Store::OpenMode::existing}) {
      auto r = Store::open(db.path, shipped_project_files(), mode);
      REQUIRE_FALSE(r.ok());
      CHECK(r.error().message == "database " + db.path + ": does not exist (create it with relplan db init)");
      CHECK_FALSE(std::filesystem::exists(db.path));
    }
  }
  SECTION("an empty file is not seeded") {
    std::ofstream(db.path).close();
    auto r = Store::open(db.path, shipped_project_files(), Store::OpenMode::read_only);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message ==
          "database " + db.path +
              ": empty, not yet a relplan database (create it with relplan db init); left untouched");
    CHECK(std::filesystem::file_size(db.path) == 0);
  }
  SECTION("an older schema is not migrated") {
    {
      SQLite::Database old(db.path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
      old.exec("CREATE TABLE projects (id TEXT PRIMARY KEY)");
      old.exec("PRAGMA user_version = 1");
      old.exec("PRAGMA application_id = " + std::to_string(Store::application_id));
    }
    const auto before = test::read_file(db.path);
    auto r = Store::open(db.path, shipped_project_files(), Store::OpenMode::read_only);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message == "database " + db.path +
                                   ": schema version 1 is older than this relplan (3) and needs a migration (run "
                                   "relplan db init); left untouched");
    CHECK(test::read_file(db.path) == before);
  }
  SECTION("writes through a read-only store fail as unavailable") {
    { open_or_fail(db.path, shipped_project_files()); }
    const auto audit_before = count(db.path, "SELECT count(*) FROM audit_log");
    auto store = open_or_fail(db.path, {}, Store::OpenMode::read_only);
    CHECK(store->schema_version() == 3);
    CHECK(store->project("xen").ok());
    auto s = store->record_actual("xen", "4.23", test::day_of("2027-03-10"), "cli");
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().kind == ErrorKind::unavailable);
    CHECK(s.error().message == "the database is read-only");
    CHECK(count(db.path, "SELECT count(*) FROM audit_log") == audit_before);
  }
}

TEST_CASE("A write the file system refuses fails as unavailable and leaves nothing", "[data][store][access]") {
  TempDb db;
  { open_or_fail(db.path, shipped_project_files()); }
  const auto releases_before = count(db.path, "SELECT count(*) FROM releases");
  // In a child: a file size limit makes the WAL file unable to grow (EFBIG, an I/O error).
  const pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    auto store = Store::open(db.path, {}, Store::OpenMode::existing);
    if (!store) _exit(10);
    signal(SIGXFSZ, SIG_IGN);
    const rlimit limit{64 * 1024, 64 * 1024};
    setrlimit(RLIMIT_FSIZE, &limit);
    Project p;
    p.id = "big";
    p.name = "Big";
    p.version_scheme = "1.{minor}";
    p.cadence.months = 6;
    p.cadence.source = "test";
    for (int i = 0; i < 5000; ++i) {
      p.releases.push_back({"1." + std::to_string(i), test::day_of("2000-01-01") + date::days{i}, std::nullopt,
                            std::nullopt, "a source text long enough to need many pages of the WAL file",
                            std::nullopt});
    }
    auto s = (*store)->import_project(p, "cli");
    if (s.ok()) _exit(11);
    if (s.error().kind != ErrorKind::unavailable) _exit(12);
    if (s.error().message != "the database could not be read or written (I/O error)") _exit(13);
    _exit(0);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  REQUIRE(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
  auto store = open_or_fail(db.path, {}, Store::OpenMode::read_only);
  CHECK(store->projects().size() == 3);
  CHECK(count(db.path, "SELECT count(*) FROM releases") == releases_before);
}

TEST_CASE("A failed seed leaves the new file unseeded and unmigrated, to be done next time", "[data][store][access]") {
  TempDb db;
  const EmbeddedFile bad{"bad.toml", "id = \"bad\"\n"};
  auto r = Store::open(db.path, std::span(&bad, 1));
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().message.rfind("bad.toml", 0) == 0);
  {
    auto raw = SQLite::Database(db.path, SQLite::OPEN_READONLY);
    CHECK(raw.execAndGet("PRAGMA user_version").getInt() == 0);
  }
  auto again = open_or_fail(db.path, shipped_project_files());
  CHECK(again->created());
  CHECK(again->projects().size() == 3);
}

TEST_CASE("token() gives the role and label of a known token", "[data][store][access]") {
  TempDb db;
  auto store = open_or_fail(db.path, {});
  const auto editor = store->create_token("editor", "release bot", "cli").value();
  const auto security = store->create_token("security", "psirt", "cli").value();
  const auto e = store->token(editor);
  REQUIRE(e.has_value());
  CHECK(e->role == "editor");
  CHECK(e->label == "release bot");
  CHECK(store->token(security)->label == "psirt");
  CHECK(store->token(security)->role == "security");
  CHECK(store->token_role(editor) == std::optional<std::string>("editor"));
  CHECK_FALSE(store->token("rp_" + std::string(64, '0')).has_value());
  CHECK_FALSE(store->token("").has_value());
  CHECK_FALSE(store->token_role("nope").has_value());
}
