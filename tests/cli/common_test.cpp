// cli/common: an option given as '' is checked like any other value, never read as "not given"
// (CLI::Option::count()), in every command with options whose absence has a meaning.
#include <catch2/catch.hpp>

#include <filesystem>

#include "tests/support/run_cli.hpp"

using relplan::test::run_relplan;

TEST_CASE("An option given as an empty value is an error, not its default", "[cli][common]") {
  const auto dir = relplan::test::temp_dir("common");
  const auto db = dir + "/x.db";
  REQUIRE(run_relplan({"db", "init", "--db", db}).exit_code == 0);
  const auto out = dir + "/chart.svg";
  const std::vector<std::string> chart = {
      "chart",      "lifecycle", "--cadence",        "8",  "--first-release",   "2020-01-07",
      "--releases", "3",         "--general-months", "12", "--security-months", "24"};
  auto with = [](std::vector<std::string> head, const std::vector<std::string>& tail) {
    head.insert(head.end(), tail.begin(), tail.end());
    return head;
  };
  struct Case {
    std::vector<std::string> args;
    std::string err;
  };
  const std::vector<Case> cases = {
      {{"branches", "--project", "xen", "--at", "", "--db", db},
       "relplan branches: --at: expected a date as YYYY-MM-DD, saw ''\n"},
      {{"branches", "--project", "xen", "--as-known-on", "", "--db", db},
       "relplan branches: --as-known-on: expected a date as YYYY-MM-DD, saw ''\n"},
      {{"branches", "--project", "xen", "--db", ""}, "relplan branches: --db: expected a database file, saw ''\n"},
      {{"release", "plan", "xen", "--at", "", "--db", db},
       "relplan release plan: --at: expected a date as YYYY-MM-DD, saw ''\n"},
      {{"release", "plan", "xen", "--format", "", "--db", db},
       "relplan release plan: --format: expected table, json or csv, saw ''\n"},
      {{"release", "plan", "xen", "--snapshot", "", "--db", db},
       "relplan release plan: --snapshot: expected a label for the snapshot, saw ''\n"},
      {{"release", "actual", "xen", "4.23", "", "--db", db},
       "relplan release actual: DATE: expected a date as YYYY-MM-DD, saw ''\n"},
      {{"release", "actual", "xen", "4.23", "2027-03-17", "--db", ""},
       "relplan release actual: --db: expected a database file, saw ''\n"},
      {{"release", "override", "xen", "", "--off", "--name", "Summit", "--db", db},
       "relplan release override: DATE: expected a date as YYYY-MM-DD, saw ''\n"},
      {{"release", "undo", "xen", "--db", ""}, "relplan release undo: --db: expected a database file, saw ''\n"},
      {{"release", "snapshots", "xen", "--db", ""},
       "relplan release snapshots: --db: expected a database file, saw ''\n"},
      {with(chart, {"--out", out, "--today", ""}), "relplan chart: --today: expected a date as YYYY-MM-DD, saw ''\n"},
      {with(chart, {"--out", ""}), "relplan chart: --out: expected a file name ending in .svg, saw ''\n"},
      {with(chart, {"--out", out, "--width", ""}), "relplan chart: --width: expected 480..4000 px, saw ''\n"},
      {{"chart", "", "--out", out}, "relplan chart: CHART: expected one of lifecycle, concurrency, saw ''\n"},
      {{"holidays", "--calendar", "US", "--from", "", "--to", "2026-12-31"},
       "relplan holidays: --from: expected a date as YYYY-MM-DD, saw ''\n"},
      {{"holidays", "--calendar", "US", "--from", "2026-01-01", "--to", ""},
       "relplan holidays: --to: expected a date as YYYY-MM-DD, saw ''\n"},
      {{"holidays", "--calendar", "US", "--year", "2026", "--to", ""},
       "relplan holidays: --year: expected either --year or --from/--to, not both, saw 2026\n"},
      {{"holidays", "--calendar", "US", "--year", "2026", "--calendars-dir", ""},
       "relplan holidays: --calendars-dir: expected a readable folder of .toml files, saw ''\n"},
      {{"workdays", "--calendar", "US", "--from", "", "--add", "3"},
       "relplan workdays: --from: expected a date as YYYY-MM-DD, saw ''\n"},
      {{"workdays", "--calendar", "US", "--from", "2026-01-02", "--adjust", ""},
       "relplan workdays: --adjust: expected one of following, preceding, modified_following, nearest, saw ''\n"},
      {{"calendars", "--calendars-dir", ""},
       "relplan calendars: --calendars-dir: expected a readable folder of .toml files, saw ''\n"},
      {{"db", "export", "xen", "--out", "", "--db", db},
       "relplan db export: --out: expected a file to write, saw ''\n"},
      {{"db", "export", "xen", "--db", ""}, "relplan db export: --db: expected a database file, saw ''\n"},
      {{"db", "--db", "", "export", "xen"}, "relplan db export: --db: expected a database file, saw ''\n"},
      {{"db", "init", "--db", ""}, "relplan db init: --db: expected a database file, saw ''\n"},
      {{"db", "import", "", "--db", db}, "relplan db import: FILE: expected a readable project TOML file, saw ''\n"},
      {{"token", "create", "--role", "editor", "--label", "", "--db", db},
       "relplan token create: --label: expected a name for the token, saw ''\n"},
      {{"token", "create", "--role", "", "--db", db},
       "relplan token create: --role: expected editor or security, saw ''\n"},
      {{"serve", "--listen", "", "--db", db},
       "relplan serve: --listen: expected an address such as 127.0.0.1, 127.0.0.1:8080 or [::1]:8080, saw ''\n"},
      {{"serve", "--db", ""}, "relplan serve: --db: expected a database file, saw ''\n"},
  };
  for (const auto& c : cases) {
    std::string shown;
    for (const auto& a : c.args) shown += (a.empty() ? "''" : a) + " ";
    INFO(shown);
    // $RELPLAN_DB names a good database: `--db ''` must not fall back to it.
    auto run = run_relplan(c.args, {"RELPLAN_DB=" + db});
    CHECK(run.exit_code == 2);
    CHECK(run.err == c.err);
    CHECK(run.out == "");
  }
  CHECK(!std::filesystem::exists(out));
  // Nothing was written: no snapshot, no token, no recorded release.
  CHECK(run_relplan({"release", "snapshots", "xen", "--db", db}).out.find("saved") == std::string::npos);
  auto plan = run_relplan({"release", "plan", "xen", "--at", "2026-08-01", "--format", "json", "--db", db});
  CHECK(plan.exit_code == 0);
  CHECK(plan.out.find(R"("version":"4.23","nominal":"2027-03-01","planned":"2027-03-02","actual":null)") !=
        std::string::npos);
  std::filesystem::remove_all(dir);
}

TEST_CASE("Options not given still take their defaults", "[cli][common]") {
  const auto dir = relplan::test::temp_dir("common");
  const auto db = dir + "/x.db";
  REQUIRE(run_relplan({"db", "init", "--db", db}).exit_code == 0);
  // --db not given: $RELPLAN_DB.
  auto branches = run_relplan({"branches", "--project", "xen", "--as-known-on", "2020-01-01", "--format", "csv"},
                              {"RELPLAN_DB=" + db});
  CHECK(branches.exit_code == 0);
  CHECK(branches.err == "");
  auto holidays = run_relplan({"holidays", "--calendar", "US", "--year", "2026", "--format", "csv"});
  CHECK(holidays.exit_code == 0);
  CHECK(holidays.out.find("2026-07-03,US,Independence Day,observed,official\n") != std::string::npos);
  auto workdays = run_relplan({"workdays", "--calendar", "US", "--from", "2026-07-02", "--add", "1"});
  CHECK(workdays.exit_code == 0);
  CHECK(workdays.out == "2026-07-06\n");
  std::filesystem::remove_all(dir);
}
