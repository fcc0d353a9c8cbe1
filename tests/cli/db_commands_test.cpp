// relplan db init | import | export, run as a person would.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "tests/support/expected_files.hpp"
#include "tests/support/run_cli.hpp"

using relplan::test::run_relplan;

TEST_CASE("db export, import into an empty database, export again: the same file", "[cli][db]") {
  const auto dir = relplan::test::temp_dir("db");
  const auto seeded = dir + "/seeded.db";
  const auto empty = dir + "/empty.db";
  auto init = run_relplan({"db", "init", "--db", seeded});
  CHECK(init.exit_code == 0);
  CHECK(init.out == "created " + seeded + " (3 projects, schema version 3)\n");
  auto again = run_relplan({"db", "init", "--db", seeded});
  CHECK(again.out == "already present: " + seeded + " (3 projects, schema version 3)\n");
  CHECK(run_relplan({"db", "init", "--empty", "--db", empty}).out ==
        "created " + empty + " (0 projects, schema version 3)\n");

  auto first = run_relplan({"db", "export", "xen", "--db", seeded});
  REQUIRE(first.exit_code == 0);
  const auto file = dir + "/xen.toml";
  std::ofstream(file) << first.out;
  auto import = run_relplan({"db", "import", file, "--db", empty});
  CHECK(import.exit_code == 0);
  CHECK(import.out == "imported project xen (23 releases)\n");
  auto second = run_relplan({"db", "export", "xen", "--db", empty});
  CHECK(second.out == first.out);
  std::filesystem::remove_all(dir);
}

TEST_CASE("db errors exit 2 with the message", "[cli][db]") {
  const auto dir = relplan::test::temp_dir("db");
  const auto db = dir + "/x.db";
  REQUIRE(run_relplan({"db", "init", "--db", db}).exit_code == 0);
  auto unknown = run_relplan({"db", "export", "linux", "--db", db});
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.err ==
        "relplan db export: project: expected a project in the database (openxt, python, xen), saw 'linux'\n");
  const auto bad = dir + "/bad.toml";
  std::ofstream(bad)
      << "id = \"bad\"\nname = \"Bad\"\nversion_scheme = \"1.{minor}\"\n[cadence]\nmonths = 40\nsource = \"s\"\n";
  auto rejected = run_relplan({"db", "import", bad, "--db", db});
  CHECK(rejected.exit_code == 2);
  CHECK(rejected.err == "relplan db import: " + bad + ":5: cadence: months: expected an integer 1..36, saw 40\n");
  std::filesystem::remove_all(dir);
}
