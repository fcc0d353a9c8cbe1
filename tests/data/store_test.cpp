// The SQLite store: created and seeded once, reopened as is, foreign files refused and untouched.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include <SQLiteCpp/Database.h>

#include "data/store/store.hpp"
#include "tests/support/expected_files.hpp"
#include "tests/support/run_cli.hpp"

using namespace relplan;

TEST_CASE("First open creates and seeds - the next open keeps the data", "[data][store]") {
  const auto dir = test::temp_dir("store");
  const auto path = dir + "/relplan.db";
  const EmbeddedFile seed[] = {{"p/a.toml", "id = \"alpha\"\nname = \"Alpha\"\n"}, {"p/b.toml", "id = \"beta\"\n"}};
  {
    auto store = Store::open(path, seed);
    REQUIRE(store.ok());
    CHECK((*store)->created());
    CHECK((*store)->schema_version() == 1);
    const auto projects = (*store)->projects();
    REQUIRE(projects.size() == 2);
    CHECK(projects[0].id == "alpha");
    CHECK(projects[0].name == "Alpha");
    CHECK(projects[1].name == "beta");
  }
  auto again = Store::open(path, {});
  REQUIRE(again.ok());
  CHECK_FALSE((*again)->created());
  CHECK((*again)->projects().size() == 2);
  SQLite::Database raw(path);
  CHECK(raw.execAndGet("PRAGMA journal_mode").getString() == "wal");
  CHECK(raw.execAndGet("PRAGMA application_id").getInt() == Store::application_id);
  std::filesystem::remove_all(dir);
}

TEST_CASE("A file that is not a relplan database is refused and left untouched", "[data][store]") {
  const auto dir = test::temp_dir("store");
  const auto text_path = dir + "/notes.txt";
  const std::string text = "These are my release notes, not a database.\n";
  std::ofstream(text_path) << text;
  auto not_sqlite = Store::open(text_path, {});
  REQUIRE_FALSE(not_sqlite.ok());
  CHECK(not_sqlite.error().message == "database " + text_path + ": file is not a database; left untouched");
  CHECK(test::read_file(text_path) == text);

  const auto foreign_path = dir + "/other.db";
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
  std::filesystem::remove_all(dir);
}
