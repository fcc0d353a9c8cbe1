// relplan release plan | actual | override | snapshots, run as a person would.
#include <catch2/catch.hpp>

#include <filesystem>

#include "tests/support/run_cli.hpp"

using relplan::test::run_relplan;

namespace {
// The row of a version in a printed plan: "4.23     2027-03-01  2027-03-02  ..." -> its columns.
std::string row_of(const std::string& out, const std::string& version) {
  const auto at = out.find("\n" + version + " ");
  if (at == std::string::npos) return "";
  const auto end = out.find('\n', at + 1);
  std::string row = out.substr(at + 1, end - at - 1);
  std::string squeezed;
  for (char c : row) {
    if (c != ' ' || (!squeezed.empty() && squeezed.back() != ' ')) squeezed += c;
  }
  return squeezed.substr(0, squeezed.find_last_not_of(' ') + 1);
}
}  // namespace

TEST_CASE("release plan puts the next releases on the project's grid", "[cli][release]") {
  const auto dir = relplan::test::temp_dir("release");
  const auto db = dir + "/x.db";
  REQUIRE(run_relplan({"db", "init", "--db", db}).exit_code == 0);
  auto plan = run_relplan({"release", "plan", "xen", "--db", db});
  CHECK(plan.exit_code == 0);
  // 4.22 released 2026-07-30 sits on the July slot; keep_grid: 2027-03-01 (Mon) -> Tue 03-02.
  CHECK(row_of(plan.out, "4.22") == "4.22 2026-07-01 2026-07-30");
  CHECK(row_of(plan.out, "4.23") == "4.23 2027-03-01 2027-03-02 1 2027-03-01 weekday rule: mon not in tue,wed,thu");
  CHECK(row_of(plan.out, "4.24") == "4.24 2027-11-01 2027-11-02 1 2027-11-01 weekday rule: mon not in tue,wed,thu");
  std::filesystem::remove_all(dir);
}

TEST_CASE("release actual records a slipped release and keeps the grid", "[cli][release]") {
  const auto dir = relplan::test::temp_dir("release");
  const auto db = dir + "/x.db";
  REQUIRE(run_relplan({"db", "init", "--db", db}).exit_code == 0);
  auto actual = run_relplan({"release", "actual", "xen", "4.23", "2027-03-17", "--db", db});
  CHECK(actual.exit_code == 0);
  CHECK(actual.out.rfind("recorded xen 4.23 released 2027-03-17\n", 0) == 0);
  CHECK(row_of(actual.out, "4.23") == "4.23 2027-03-01 2027-03-17");
  // keep_grid: the slip shortens the next cycle; 4.24 still aims at November.
  CHECK(row_of(actual.out, "4.24") == "4.24 2027-11-01 2027-11-02 1 2027-11-01 weekday rule: mon not in tue,wed,thu");
  auto skipped = run_relplan({"release", "actual", "xen", "4.25", "2027-12-01", "--db", db});
  CHECK(skipped.exit_code == 2);
  CHECK(skipped.err ==
        "relplan release actual: VERSION: expected a released version or the next one (4.24), saw '4.25'\n");
  auto early = run_relplan({"release", "actual", "xen", "4.24", "2027-03-01", "--db", db});
  CHECK(early.exit_code == 2);
  CHECK(early.err == "relplan release actual: DATE: expected a date after 4.23 (2027-03-17), saw 2027-03-01\n");
  std::filesystem::remove_all(dir);
}

TEST_CASE("A project's own day off moves its plan, and snapshots keep plans", "[cli][release]") {
  const auto dir = relplan::test::temp_dir("release");
  const auto db = dir + "/x.db";
  REQUIRE(run_relplan({"db", "init", "--db", db}).exit_code == 0);
  auto off = run_relplan({"release", "override", "xen", "2027-03-02", "--off", "--name", "Project summit", "--db", db});
  CHECK(off.exit_code == 0);
  CHECK(row_of(off.out, "4.23") ==
        "4.23 2027-03-01 2027-03-03 2 2027-03-01 weekday rule: mon not in tue,wed,thu; 2027-03-02 day off project xen "
        "Project summit");
  auto both =
      run_relplan({"release", "override", "xen", "2027-03-02", "--off", "--working", "--name", "x", "--db", db});
  CHECK(both.exit_code == 2);
  CHECK(both.err == "relplan release override: --off or --working: give exactly one\n");
  auto plan = run_relplan({"release", "plan", "xen", "--snapshot", "March plan", "--db", db});
  CHECK(plan.out.find("saved as snapshot 1 'March plan'") != std::string::npos);
  auto list = run_relplan({"release", "snapshots", "xen", "--db", db});
  CHECK(list.exit_code == 0);
  CHECK(list.out.find(R"({"version":"4.23","nominal":"2027-03-01","planned":"2027-03-03","actual":null})") !=
        std::string::npos);
  std::filesystem::remove_all(dir);
}

namespace {
// What a refused change must leave as it was: the exported project (its releases) and the plan
// (which shows the calendar overrides).
std::string state_of(const std::string& db) {
  auto exported = run_relplan({"db", "export", "xen", "--db", db});
  auto plan = run_relplan({"release", "plan", "xen", "--at", "2026-08-01", "--db", db});
  return exported.out + "\n--\n" + plan.out;
}
}  // namespace

TEST_CASE("release refuses bad changes with exact messages and writes nothing", "[cli][release][history]") {
  const auto dir = relplan::test::temp_dir("release");
  const auto db = dir + "/x.db";
  REQUIRE(run_relplan({"db", "init", "--db", db}).exit_code == 0);
  const auto before = state_of(db);
  REQUIRE(before.find("4.22") != std::string::npos);
  const std::string too_long(81, 'x');
  struct Case {
    std::vector<std::string> args;
    std::string err;
  };
  const std::vector<Case> cases = {
      {{"actual", "xen", "4.23", "2051-03-01"},
       "relplan release actual: DATE: expected a date inside every calendar of xen's plan, saw 2051-03-01 (calendar "
       "US: year 2051 is outside 2000..2050)\n"},
      {{"actual", "xen", "4.23", "2050-11-20"},
       "relplan release actual: re-planning xen with 4.23 released 2050-11-20: release 4.24 (nominal 2051-07-01): "
       "calendar US: year 2051 is outside 2000..2050\n"},
      {{"actual", "xen", "4.10", "2030-01-01"},
       "relplan release actual: DATE: expected a date before 4.11 (2018-07-10), saw 2030-01-01\n"},
      {{"actual", "xen", "4.10", "2030-01-01", "--force"},
       "relplan release actual: DATE: expected a date before 4.11 (2018-07-10), saw 2030-01-01\n"},
      {{"actual", "xen", "4.10", "2018-01-01"},
       "relplan release actual: 4.10: actual date 2017-12-13 -> 2018-01-01; pass --force to change a recorded "
       "release\n"},
      {{"actual", "xen", "4.22", "2026-08-04"},
       "relplan release actual: 4.22: actual date 2026-07-30 -> 2026-08-04; pass --force to change a recorded "
       "release\n"},
      {{"actual", "xen", "4.22", "2026-07-30", "--force"},
       "relplan release actual: 4.22: actual date is already 2026-07-30; nothing to change\n"},
      {{"actual", "xen", "4.22", "2025-11-19", "--force"},
       "relplan release actual: DATE: expected a date after 4.21 (2025-11-19), saw 2025-11-19\n"},
      {{"actual", "xen", "4.22", "2029-08-01", "--force"},
       "relplan release actual: DATE: expected a date before the end of 4.22's general support (2029-07-30), saw "
       "2029-08-01\n"},
      {{"actual", "xen", "5.1", "2027-03-01"},
       "relplan release actual: VERSION: expected a version such as 4.{minor}, saw '5.1'\n"},
      {{"actual", "xen", "4.25", "2027-03-01"},
       "relplan release actual: VERSION: expected a released version or the next one (4.23), saw '4.25'\n"},
      {{"actual", "xen", "4.23", "2026-07-30"},
       "relplan release actual: DATE: expected a date after 4.22 (2026-07-30), saw 2026-07-30\n"},
      {{"actual", "xen", "4.23", "2027-02-30"},
       "relplan release actual: DATE: expected a date as YYYY-MM-DD, saw '2027-02-30'\n"},
      {{"actual", "nope", "4.23", "2027-03-01"},
       "relplan release actual: project: expected a project in the database (openxt, python, xen), saw 'nope'\n"},
      {{"override", "xen", "2027-03-02", "--off", "--name", ""},
       "relplan release override: --name: expected a name of 1..80 characters, saw ''\n"},
      {{"override", "xen", "2027-03-02", "--off", "--name", too_long},
       "relplan release override: --name: expected a name of 1..80 characters, saw '" + too_long + "'\n"},
      {{"override", "xen", "2027-03-02", "--off", "--name", "a\tb"},
       "relplan release override: --name: expected text without control characters, saw 'a\tb'\n"},
      {{"undo", "xen"}, "relplan release undo: nothing to undo for xen\n"},
      {{"undo", "nope"},
       "relplan release undo: project: expected a project in the database (openxt, python, xen), saw 'nope'\n"},
      {{"snapshots", "nope"},
       "relplan release snapshots: project: expected a project in the database (openxt, python, xen), saw 'nope'\n"},
      {{"frobnicate"},
       "relplan release: subcommand: expected plan, actual, override, snapshots or undo, saw 'frobnicate'\n"},
      {{"plan", "xen", "--format", "xml"}, "relplan release plan: --format: expected table, json or csv, saw 'xml'\n"},
      {{"plan", "xen", "--at", "2026-13-01"},
       "relplan release plan: --at: expected a date as YYYY-MM-DD, saw '2026-13-01'\n"},
  };
  for (const auto& c : cases) {
    std::vector<std::string> args = {"release"};
    args.insert(args.end(), c.args.begin(), c.args.end());
    args.insert(args.end(), {"--db", db});
    auto run = run_relplan(args);
    INFO(c.err);
    CHECK(run.exit_code == 2);
    CHECK(run.err == c.err);
    CHECK(run.out.empty());
    CHECK(state_of(db) == before);
  }
  std::filesystem::remove_all(dir);
}

TEST_CASE("release actual --force changes a recorded date and undo walks the changes back", "[cli][release][history]") {
  const auto dir = relplan::test::temp_dir("release");
  const auto db = dir + "/x.db";
  REQUIRE(run_relplan({"db", "init", "--db", db}).exit_code == 0);
  const auto original = state_of(db);
  auto changed = run_relplan({"release", "actual", "xen", "4.22", "2026-08-04", "--force", "--db", db});
  CHECK(changed.exit_code == 0);
  CHECK(changed.err.empty());
  CHECK(changed.out.rfind("changed xen 4.22 actual date 2026-07-30 -> 2026-08-04\n"
                          "next: 4.23 planned 2027-03-02 (nominal 2027-03-01)\n\n",
                          0) == 0);
  CHECK(row_of(changed.out, "4.22") == "4.22 2026-07-01 2026-08-04");
  const auto after_change = state_of(db);
  auto added = run_relplan({"release", "actual", "xen", "4.23", "2027-03-17", "--db", db});
  CHECK(added.exit_code == 0);
  CHECK(added.out.rfind("recorded xen 4.23 released 2027-03-17\nnext: 4.24 planned 2027-11-02 (nominal 2027-11-01)\n\n",
                        0) == 0);
  // 4.22 is now older than the latest recorded release: still only with --force, and only between
  // its neighbours.
  auto older = run_relplan({"release", "actual", "xen", "4.22", "2027-03-17", "--force", "--db", db});
  CHECK(older.err == "relplan release actual: DATE: expected a date before 4.23 (2027-03-17), saw 2027-03-17\n");
  auto off = run_relplan({"release", "override", "xen", "2027-11-02", "--off", "--name", "Summit", "--db", db});
  CHECK(off.exit_code == 0);
  auto worked = run_relplan({"release", "override", "xen", "2027-11-02", "--working", "--name", "Worked", "--db", db});
  CHECK(worked.exit_code == 0);
  struct Step {
    std::string out_start;
    std::string row_424;  // 4.24 in the plan printed after the undo; empty: 4.24 not checked
  };
  const std::vector<Step> steps = {
      {"undid xen 2027-11-02: a working day (Worked) -> a day off (Summit) (restored)\n\n",
       "4.24 2027-11-01 2027-11-03 2 2027-11-01 weekday rule: mon not in tue,wed,thu; 2027-11-02 day off project xen "
       "Summit"},
      {"undid xen 2027-11-02: a day off (Summit) removed\n\n",
       "4.24 2027-11-01 2027-11-02 1 2027-11-01 weekday rule: mon not in tue,wed,thu"},
      {"undid xen 4.23: actual date 2027-03-17 removed (4.23 is planned again)\n\n", ""},
      {"undid xen 4.22: actual date 2026-08-04 -> 2026-07-30 (restored)\n\n", ""},
  };
  for (const auto& step : steps) {
    auto undo = run_relplan({"release", "undo", "xen", "--db", db});
    INFO(step.out_start);
    CHECK(undo.exit_code == 0);
    CHECK(undo.err.empty());
    CHECK(undo.out.rfind(step.out_start, 0) == 0);
    if (!step.row_424.empty()) CHECK(row_of(undo.out, "4.24") == step.row_424);
    if (step.out_start.find("4.23: actual date") != std::string::npos) CHECK(state_of(db) == after_change);
  }
  CHECK(state_of(db) == original);
  auto nothing = run_relplan({"release", "undo", "xen", "--db", db});
  CHECK(nothing.exit_code == 2);
  CHECK(nothing.err == "relplan release undo: nothing to undo for xen\n");
  std::filesystem::remove_all(dir);
}

TEST_CASE("release plan --format json and csv carry the warnings, the table prints them on stderr",
          "[cli][release][history]") {
  const auto dir = relplan::test::temp_dir("release");
  const auto db = dir + "/x.db";
  REQUIRE(run_relplan({"db", "init", "--db", db}).exit_code == 0);
  auto json =
      run_relplan({"release", "plan", "xen", "--next", "1", "--format", "json", "--at", "2026-12-03", "--db", db});
  CHECK(json.exit_code == 0);
  CHECK(json.err.empty());
  CHECK(
      json.out ==
      R"j({"project":"xen","releases":[{"version":"4.22","nominal":"2026-07-01","planned":null,"actual":"2026-07-30",)j"
      R"j("shift_days":null,"reasons":[]},{"version":"4.23","nominal":"2027-03-01","planned":"2027-03-02","actual":null,)j"
      R"j("shift_days":1,"reasons":[{"day":"2027-03-01","text":"weekday rule: mon not in tue,wed,thu"}]}],)j"
      R"j("warnings":["4.23: last posting date 2026-11-27 is already past (on 2026-12-03)"]})j"
      "\n");
  auto csv =
      run_relplan({"release", "plan", "xen", "--next", "1", "--format", "csv", "--at", "2027-03-05", "--db", db});
  CHECK(csv.exit_code == 0);
  CHECK(csv.err.empty());
  CHECK(csv.out ==
        "kind,version,nominal,planned,actual,shift_days,text\n"
        "release,4.22,2026-07-01,,2026-07-30,,\n"
        "release,4.23,2027-03-01,2027-03-02,,1,\"2027-03-01 weekday rule: mon not in tue,wed,thu\"\n"
        "warning,,,,,,4.23: planned date 2027-03-02 is already past (on 2027-03-05)\n"
        "warning,,,,,,4.23: last posting date 2026-11-27 is already past (on 2027-03-05)\n");
  auto early =
      run_relplan({"release", "plan", "xen", "--next", "1", "--format", "csv", "--at", "2026-11-27", "--db", db});
  CHECK(early.out.find("warning") == std::string::npos);
  auto table = run_relplan({"release", "plan", "xen", "--next", "1", "--at", "2026-12-03", "--db", db});
  CHECK(table.exit_code == 0);
  CHECK(table.err ==
        "relplan release plan: warning: 4.23: last posting date 2026-11-27 is already past (on 2026-12-03)\n");
  CHECK(row_of(table.out, "4.23") == "4.23 2027-03-01 2027-03-02 1 2027-03-01 weekday rule: mon not in tue,wed,thu");
  // A project without a schedule template warns only about planned dates.
  auto python =
      run_relplan({"release", "plan", "python", "--next", "1", "--format", "csv", "--at", "2030-01-01", "--db", db});
  CHECK(python.out.substr(python.out.find("warning")) ==
        "warning,,,,,,3.15: planned date 2026-10-01 is already past (on 2030-01-01)\n");
  std::filesystem::remove_all(dir);
}
