// Which commands may create a database, where the default one lives and with which modes, and
// read-only commands next to another writer, run as a person would.
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include <SQLiteCpp/Database.h>

#include "tests/support/expected_files.hpp"
#include "tests/support/run_cli.hpp"

using relplan::test::run_relplan;

namespace {

unsigned mode_of(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return 07777;
  return st.st_mode & 0777U;
}

struct Umask {
  mode_t old;
  explicit Umask(mode_t m) : old(::umask(m)) {}
  ~Umask() { ::umask(old); }
};

// Another process's open write transaction.
struct WriteLock {
  SQLite::Database db;
  explicit WriteLock(const std::string& path) : db(path, SQLite::OPEN_READWRITE) {
    db.exec("BEGIN IMMEDIATE");
    db.exec("INSERT INTO audit_log (actor, action, subject) VALUES ('other', 'lock', 'test')");
  }
  ~WriteLock() { db.exec("ROLLBACK"); }
};

std::string missing_db(const std::string& source, const std::string& path) {
  return source + ": expected an existing relplan database, saw '" + path + "' (create one with relplan db init)\n";
}

}  // namespace

TEST_CASE("A --db path that does not exist is created only by db init and serve", "[cli][db][access]") {
  const auto dir = relplan::test::temp_dir("db-access");
  const auto db = dir + "/mistyped.db";
  const auto toml = dir + "/p.toml";
  std::ofstream(toml) << relplan::test::read_file(relplan::test::data_path("../data/projects/xen.toml"));
  struct Case {
    std::string command;  // as printed after "relplan "
    std::vector<std::string> args;
  };
  const std::vector<Case> cases{
      {"db export", {"db", "export", "xen"}},
      {"db import", {"db", "import", toml}},
      {"branches", {"branches", "--project", "xen"}},
      {"release plan", {"release", "plan", "xen"}},
      {"release plan", {"release", "plan", "xen", "--snapshot", "x"}},
      {"release actual", {"release", "actual", "xen", "4.23", "2027-03-10"}},
      {"release override", {"release", "override", "xen", "2027-03-02", "--off", "--name", "summit"}},
      {"release snapshots", {"release", "snapshots", "xen"}},
      {"token create", {"token", "create", "--role", "editor"}},
  };
  for (const auto& c : cases) {
    INFO(c.command);
    auto args = c.args;
    args.insert(args.end(), {"--db", db});
    const auto run = run_relplan(args);
    CHECK(run.exit_code == 2);
    CHECK(run.out.empty());
    CHECK(run.err == "relplan " + c.command + ": " + missing_db("--db", db));
    CHECK_FALSE(std::filesystem::exists(db));
  }
  const auto env = run_relplan({"branches", "--project", "xen"}, {"RELPLAN_DB=" + db});
  CHECK(env.exit_code == 2);
  CHECK(env.err == "relplan branches: " + missing_db("RELPLAN_DB", db));
  CHECK_FALSE(std::filesystem::exists(db));

  const auto init = run_relplan({"db", "init"}, {"RELPLAN_DB=" + db});
  CHECK(init.out == "created " + db + " (3 projects, schema version 3)\n");
  CHECK(run_relplan({"branches", "--project", "xen", "--db", db}).exit_code == 0);
  std::filesystem::remove_all(dir);
}

TEST_CASE("The default database is created on first use, private whatever the umask", "[cli][db][access]") {
  const auto dir = relplan::test::temp_dir("db-access");
  const auto xdg = dir + "/xdg";
  const Umask scope(0);
  const auto run =
      run_relplan({"branches", "--project", "xen", "--at", "2026-11-21"}, {"XDG_DATA_HOME=" + xdg, "RELPLAN_DB="});
  CHECK(run.exit_code == 0);
  CHECK(run.err.empty());
  CHECK(mode_of(xdg + "/relplan") == 0700);
  CHECK(mode_of(xdg + "/relplan/relplan.db") == 0600);
  const auto again = run_relplan({"release", "snapshots", "xen"}, {"XDG_DATA_HOME=" + xdg, "RELPLAN_DB="});
  CHECK(again.exit_code == 0);
  std::filesystem::remove_all(dir);
}

TEST_CASE("db init creates the file 0600 and its side files follow", "[cli][db][access]") {
  const auto dir = relplan::test::temp_dir("db-access");
  const auto db = dir + "/team.db";
  const Umask scope(0);
  REQUIRE(run_relplan({"db", "init", "--db", db}).exit_code == 0);
  CHECK(mode_of(db) == 0600);
  {
    SQLite::Database raw(db, SQLite::OPEN_READWRITE);  // keeps -wal and -shm while open
    raw.exec("INSERT INTO audit_log (actor, action, subject) VALUES ('t', 't', 't')");
    CHECK(mode_of(db + "-wal") == 0600);
    CHECK(mode_of(db + "-shm") == 0600);
  }
  std::filesystem::remove_all(dir);
}

TEST_CASE("Read-only commands run while another process writes, and a write says busy with exit 1",
          "[cli][db][access]") {
  const auto dir = relplan::test::temp_dir("db-access");
  const auto db = dir + "/x.db";
  REQUIRE(run_relplan({"db", "init", "--db", db}).exit_code == 0);
  const WriteLock other(db);
  for (const std::vector<std::string>& args : std::vector<std::vector<std::string>>{
           {"branches", "--project", "xen", "--at", "2026-11-21"},
           {"release", "plan", "xen", "--at", "2026-11-21"},  // --at: no "already past" warnings
           {"release", "snapshots", "xen"},
           {"db", "export", "xen"},
           {"db", "init"},
       }) {
    auto with_db = args;
    with_db.insert(with_db.end(), {"--db", db});
    const auto run = run_relplan(with_db);
    INFO(args[0] << " " << args[1] << ": " << run.err);
    CHECK(run.exit_code == 0);
    CHECK(run.err.empty());
  }
  const auto write = run_relplan({"release", "actual", "xen", "4.23", "2027-03-10", "--db", db});
  CHECK(write.exit_code == 1);
  CHECK(write.out.empty());
  CHECK(write.err == "relplan release actual: the database is busy (another relplan is writing); try again\n");
  std::filesystem::remove_all(dir);
}

TEST_CASE("A read-only command refuses a database that needs a migration", "[cli][db][access]") {
  const auto dir = relplan::test::temp_dir("db-access");
  const auto db = dir + "/old.db";
  {
    SQLite::Database old(db, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    old.exec("PRAGMA application_id = 1919970414");  // Store::application_id, "rpln"
    old.exec("PRAGMA user_version = 1");
    old.exec("CREATE TABLE projects (id TEXT PRIMARY KEY)");
  }
  const auto run = run_relplan({"branches", "--project", "xen", "--db", db});
  CHECK(run.exit_code == 2);
  CHECK(run.err == "relplan branches: database " + db +
                       ": schema version 1 is older than this relplan (3) and needs a migration (run relplan db init); "
                       "left untouched\n");
  std::filesystem::remove_all(dir);
}
