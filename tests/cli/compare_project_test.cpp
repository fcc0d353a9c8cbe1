// relplan compare --project: continuations of a project of the database, run as a person would.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

#include <nlohmann/json.hpp>

#include "tests/support/expected_files.hpp"
#include "tests/support/projects.hpp"
#include "tests/support/run_cli.hpp"

using relplan::test::run_relplan;
using json = nlohmann::json;

namespace {

struct Db {
  std::string dir = relplan::test::temp_dir("compare-project");
  std::string path = dir + "/x.db";
  Db() { REQUIRE(run_relplan({"db", "init", "--db", path}).exit_code == 0); }
  ~Db() { std::filesystem::remove_all(dir); }
};

// The planned date of a version in one scenario of `compare --format json` / `release plan --format json`.
std::string planned(const json& releases, const std::string& version) {
  for (const auto& r : releases) {
    if (r["version"] == version) return r["planned"].is_null() ? "null" : r["planned"].get<std::string>();
  }
  return "none";
}

}  // namespace

TEST_CASE("compare --project xen at 8 and 9 months starts from its 6 security-supported branches", "[cli][compare]") {
  const Db db;
  const auto r = run_relplan(
      {"compare", "--project", "xen", "--cadence", "8,9", "--at", "2026-12-03", "--db", db.path, "--format", "json"});
  REQUIRE(r.exit_code == 0);
  const auto answer = json::parse(r.out);
  REQUIRE(answer["scenarios"].size() == 2);
  const auto plan = run_relplan({"release", "plan", "xen", "--db", db.path, "--format", "json", "--at", "2026-12-03"});
  REQUIRE(plan.exit_code == 0);
  const auto plan_releases = json::parse(plan.out)["releases"];
  for (const auto& s : answer["scenarios"]) {
    CHECK(relplan::test::security_supported_on(s["timeline"], "2026-12-03") == 6);
    std::vector<std::string> first;
    for (std::size_t i = 0; i < 6; ++i) first.push_back(s["branches"][i]["version"].get<std::string>());
    CHECK(relplan::test::diff_lists({"4.17", "4.18", "4.19", "4.20", "4.21", "4.22"}, first) == "");
  }
  const auto& eight = answer["scenarios"][0];
  CHECK(eight["name"] == "8 months");
  for (const char* version : {"4.23", "4.24"}) {
    CHECK(planned(eight["releases"], version) == planned(plan_releases, version));
  }
  CHECK(planned(eight["releases"], "4.23") == "2027-03-02");
  CHECK(planned(eight["releases"], "4.24") == "2027-11-02");
  CHECK(planned(answer["scenarios"][1]["releases"], "4.23") == "2027-04-01");
}

TEST_CASE("compare --project prints the branches alive on --at", "[cli][compare]") {
  const Db db;
  const auto r =
      run_relplan({"compare", "--project", "xen", "--cadence", "8,9", "--at", "2026-12-03", "--db", db.path});
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("on 2026-12-03, 8 months: 6 branches in security support (4.17, 4.18, 4.19, 4.20, 4.21, 4.22), 3 "
                   "in general support (4.20, 4.21, 4.22)\n") != std::string::npos);
  CHECK(r.out.find("on 2026-12-03, 9 months: 6 branches in security support") != std::string::npos);
  CHECK(r.out.find("8 months: existing branches\n") != std::string::npos);
  CHECK(r.out.find("4.17     2022-12-12  2024-06-12     2027-12-12      published        published\n") !=
        std::string::npos);
  CHECK(r.out.find("4.22     2026-07-01  2026-07-30 (actual)") != std::string::npos);
}

TEST_CASE("compare --project honours the project's days off and any flag given", "[cli][compare]") {
  const Db db;
  REQUIRE(
      run_relplan({"release", "override", "xen", "2027-03-02", "--off", "--name", "Project summit", "--db", db.path})
          .exit_code == 0);
  auto r = run_relplan(
      {"compare", "--project", "xen", "--cadence", "8", "--at", "2026-12-03", "--db", db.path, "--format", "json"});
  REQUIRE(r.exit_code == 0);
  CHECK(planned(json::parse(r.out)["scenarios"][0]["releases"], "4.23") == "2027-03-03");
  // A flag replaces the project's value: release on Mondays only.
  r = run_relplan({"compare", "--project", "xen", "--cadence", "8", "--at", "2026-12-03", "--db", db.path, "--weekdays",
                   "mon", "--format", "json"});
  REQUIRE(r.exit_code == 0);
  CHECK(planned(json::parse(r.out)["scenarios"][0]["releases"], "4.23") == "2027-03-01");
}

TEST_CASE("compare --project refuses what it cannot continue, naming the flag", "[cli][compare]") {
  const Db db;
  using Case = std::pair<std::vector<std::string>, std::string>;
  auto [args, message] = GENERATE_REF(values<Case>({
      {{"--project", "nope", "--cadence", "8"},
       "relplan compare: --project: expected a project in the database (openxt, python, xen), saw 'nope'"},
      {{"--project", "", "--cadence", "8"},
       "relplan compare: --project: expected a project id of the database, such as xen, saw ''"},
      {{"--project", "xen", "--at", "2001-01-01"},
       "relplan compare: --at: expected a date on or after the first release of project xen (4.0, 2010-04-07), saw "
       "2001-01-01"},
      {{"--project", "xen", "--at", ""}, "relplan compare: --at: expected a date as YYYY-MM-DD, saw ''"},
      {{"--project", "xen", "--cadence", "0"}, "relplan compare: --cadence: expected months 1..36, saw 0"},
      {{"--project", "xen", "--db", ""}, "relplan compare: --db: expected a database file, saw ''"},
      {{"--cadence", "8", "--at", "2026-12-03"},
       "relplan compare: --at: expected --project with it (the day a project stands on)"},
      {{"--project", "xen", "--lts-every", "4"},
       "relplan compare: --general-months: required (months of general support)"},
  }));
  args.insert(args.begin(), "compare");
  if (std::find(args.begin(), args.end(), "--db") == args.end()) args.insert(args.end(), {"--db", db.path});
  const auto r = run_relplan(args);
  CHECK(r.exit_code == 2);
  CHECK(r.err == message + "\n");
  CHECK(r.out.empty());
}

TEST_CASE("compare asks the even/odd model of July 2018 and last-N support from the CLI", "[cli][compare]") {
  const auto r =
      run_relplan({"compare", "--cadence",    "6",    "--first-release",      "2018-07-10", "--first-version",
                   "4.11",    "--releases",   "4",    "--general-months",     "6",          "--security-months",
                   "12",      "--lts-parity", "even", "--lts-general-months", "12",         "--lts-security-months",
                   "36",      "--format",     "json"});
  REQUIRE(r.exit_code == 0);
  std::vector<std::string> lines;
  const auto answer = json::parse(r.out);
  for (const auto& b : answer["scenarios"][0]["branches"]) {
    lines.push_back(b["version"].get<std::string>() + " " + b["security_until"].get<std::string>() + " " +
                    b["security_policy"].get<std::string>());
    CHECK(b["basis"] == "policy");  // computed by a policy, not published or derived
  }
  const std::string lts = "LTS even minors: 12 months + 36 months";
  const std::string base = "6 months general + 12 months security";
  CHECK(relplan::test::diff_lists(
            {"4.11 2019-07-10 " + base, "4.12 2022-01-10 " + lts, "4.13 2020-07-10 " + base, "4.14 2023-01-09 " + lts},
            lines) == "");
  const auto weeks = run_relplan({"compare", "--cadence-weeks", "26", "--first-release", "2018-07-10", "--releases",
                                  "2", "--general-last", "1", "--security-last", "2", "--format", "json"});
  REQUIRE(weeks.exit_code == 0);
  const auto w = json::parse(weeks.out)["scenarios"][0];
  CHECK(w["cadence_weeks"] == 26);
  CHECK(planned(w["releases"], "2") == "2019-01-08");  // 2018-07-10 + 182 days, a Tuesday
}

TEST_CASE("compare --project warns about releases planned before --at and not recorded", "[cli][compare]") {
  const Db db;
  const auto r = run_relplan({"compare", "--project", "xen", "--cadence", "8", "--at", "2027-12-01", "--db", db.path});
  REQUIRE(r.exit_code == 0);
  CHECK(r.err ==
        "relplan compare: warning: 8 months: 4.23: planned date 2027-03-02 is already past (on 2027-12-01); record it "
        "with relplan release actual\n"
        "relplan compare: warning: 8 months: 4.24: planned date 2027-11-02 is already past (on 2027-12-01); record it "
        "with relplan release actual\n");
  const auto today =
      run_relplan({"compare", "--project", "xen", "--cadence", "8", "--at", "2026-12-03", "--db", db.path});
  CHECK(today.err.empty());
}
