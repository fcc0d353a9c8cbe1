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
