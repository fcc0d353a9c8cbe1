// The SQLite store: created and seeded once, reopened as is; import/export round trip; scenario
// versions; advisory details withheld; foreign and damaged files refused and left untouched.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include <SQLiteCpp/Database.h>

#include "data/project/project_toml.hpp"
#include "data/store/store.hpp"
#include "tests/support/expected_files.hpp"
#include "tests/support/run_cli.hpp"

using namespace relplan;

namespace {
struct TempDb {
  std::string dir = test::temp_dir("store");
  std::string path = dir + "/relplan.db";
  ~TempDb() { std::filesystem::remove_all(dir); }
};
std::unique_ptr<Store> open_store(const std::string& path) {
  auto store = Store::open(path, shipped_project_files());
  if (!store) FAIL(store.error().message);
  return std::move(store).value();
}
}  // namespace

TEST_CASE("First open creates and seeds, the next open keeps the data", "[data][store]") {
  TempDb db;
  {
    auto store = open_store(db.path);
    CHECK(store->created());
    CHECK(store->schema_version() == 3);
    std::vector<std::string> ids;
    for (const auto& p : store->projects()) ids.push_back(p.id);
    CHECK(ids == std::vector<std::string>{"openxt", "python", "xen"});
  }
  auto again = open_store(db.path);
  CHECK_FALSE(again->created());
  CHECK(again->projects().size() == 3);
  SQLite::Database raw(db.path);
  CHECK(raw.execAndGet("PRAGMA journal_mode").getString() == "wal");
  CHECK(raw.execAndGet("PRAGMA application_id").getInt() == Store::application_id);
  CHECK(raw.execAndGet("SELECT count(*) FROM audit_log WHERE action = 'import'").getInt() == 3);
}

TEST_CASE("Export, import into an empty database, export again gives the same file", "[data][store]") {
  TempDb first;
  TempDb second;
  auto a = open_store(first.path);
  REQUIRE(a->record_actual("xen", "4.23", test::day_of("2027-03-10"), "tester").ok());
  const auto exported = write_project_toml(a->project("xen").value());
  CHECK(exported.find("version = \"4.23\"\nreleased = \"2027-03-10\"\n") != std::string::npos);
  auto b = Store::open(second.path, {}).value();
  CHECK(b->projects().empty());
  REQUIRE(b->import_project(parse_project_toml(exported, "xen.toml").value(), "tester").ok());
  CHECK(write_project_toml(b->project("xen").value()) == exported);
}

TEST_CASE("Scenario saves are versions, old ones kept", "[data][store]") {
  TempDb db;
  auto store = open_store(db.path);
  CHECK(store->save_scenario("xen", "nine months", R"({"cadence_months":9})", "ann").value() == 1);
  CHECK(store->save_scenario("xen", "nine months", R"({"cadence_months":9,"security_months":60})", "bob").value() == 2);
  CHECK(store->save_scenario("", "free", R"({})", "ann").value() == 1);
  const auto latest = store->scenarios("xen");
  REQUIRE(latest.size() == 1);
  CHECK(latest[0].version == 2);
  CHECK(latest[0].author == "bob");
  CHECK(store->scenario("xen", "nine months", 1).value().body == R"({"cadence_months":9})");
  auto missing = store->scenario("xen", "nine months", 3);
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().message == "scenario: expected a saved scenario, saw 'nine months version 3'");
  auto unknown = store->save_scenario("linux", "x", "{}", "ann");
  REQUIRE_FALSE(unknown.ok());
  CHECK(unknown.error().message == "project: expected a project in the database (openxt, python, xen), saw 'linux'");
}

TEST_CASE("Advisory details are kept but withheld unless asked for", "[data][store]") {
  TempDb db;
  auto store = open_store(db.path);
  REQUIRE(
      store->save_advisory({"xen", "XSA-307", "2019-12-11T12:00Z", "2019-11-20", true, "guest can crash host"}, "sec")
          .ok());
  const auto open = store->advisories("xen", false);
  REQUIRE(open.size() == 1);
  CHECK(open[0].id == "XSA-307");
  CHECK(open[0].public_utc == "2019-12-11T12:00Z");
  CHECK_FALSE(open[0].details.has_value());
  CHECK(store->advisories("xen", true).at(0).details == std::optional<std::string>("guest can crash host"));
  for (const auto& e : store->audit_log(10)) CHECK(e.detail.find("crash") == std::string::npos);
}

TEST_CASE("A file that is not a relplan database is refused and left untouched", "[data][store]") {
  TempDb db;
  const auto text_path = db.dir + "/notes.txt";
  const std::string text = "These are my release notes, not a database.\n";
  std::ofstream(text_path) << text;
  auto not_sqlite = Store::open(text_path, {});
  REQUIRE_FALSE(not_sqlite.ok());
  CHECK(not_sqlite.error().message == "database " + text_path + ": file is not a database; left untouched");
  CHECK(test::read_file(text_path) == text);

  const auto foreign_path = db.dir + "/other.db";
  {
    SQLite::Database other(foreign_path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    other.exec("CREATE TABLE mine (x INTEGER); INSERT INTO mine VALUES (42)");
  }
  const auto before = test::read_file(foreign_path);
  auto foreign = Store::open(foreign_path, {});
  REQUIRE_FALSE(foreign.ok());
  CHECK(foreign.error().message ==
        "database " + foreign_path + ": not a relplan database (another application's SQLite file); left untouched");
  CHECK(test::read_file(foreign_path) == before);
}

TEST_CASE("A damaged relplan database is refused and left untouched", "[data][store]") {
  TempDb db;
  { open_store(db.path); }
  {
    SQLite::Database raw(db.path, SQLite::OPEN_READWRITE);
    raw.exec("PRAGMA wal_checkpoint(TRUNCATE)");
  }
  std::filesystem::remove(db.path + "-wal");
  std::filesystem::remove(db.path + "-shm");
  // Overwrite the middle of page 2 (a table's b-tree page) with garbage.
  {
    std::fstream f(db.path, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(4096 + 8);
    const std::string junk(2000, '\x5a');
    f.write(junk.data(), static_cast<std::streamsize>(junk.size()));
  }
  const auto before = test::read_file(db.path);
  auto r = Store::open(db.path, {});
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().message.rfind("database " + db.path + ": ", 0) == 0);
  CHECK(r.error().message.find("; left untouched") != std::string::npos);
  CHECK(test::read_file(db.path) == before);
}
