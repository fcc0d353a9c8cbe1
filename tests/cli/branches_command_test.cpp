// relplan branches, run as a person would.
#include <catch2/catch.hpp>

#include <filesystem>

#include <nlohmann/json.hpp>

#include "tests/support/run_cli.hpp"

using relplan::test::run_relplan;

TEST_CASE("branches --format json lists each branch with its status on a day", "[cli][branches]") {
  const auto dir = relplan::test::temp_dir("branches");
  REQUIRE(run_relplan({"db", "init", "--db", dir + "/x.db"}).exit_code == 0);
  const auto run =
      run_relplan({"branches", "--project", "xen", "--at", "2026-11-21", "--format", "json", "--db", dir + "/x.db"});
  CHECK(run.exit_code == 0);
  const auto j = nlohmann::json::parse(run.out);
  CHECK(j["at"] == "2026-11-21");
  CHECK(j["branches"].size() == 23);
  CHECK(j["branches"][19] == nlohmann::json::parse(R"({"version":"4.19","released":"2024-07-29",
        "general_until":"2026-01-29","security_until":"2029-07-29","status":"security",
        "general_policy":"published","security_policy":"published","basis":"published",
        "upstream":null,"upstream_gap_days":0})"));
  CHECK(j["branches"][4]["basis"] == "derived");
  CHECK(j["branches"][4]["security_until"] == "2017-03-10");
  CHECK(j["warnings"] == nlohmann::json::array());
  std::vector<std::string> statuses;
  for (const auto& b : j["branches"]) statuses.push_back(b["status"]);
  std::vector<std::string> expected(17, "ended");
  for (const char* s : {"security", "security", "security", "general", "general", "general"}) expected.emplace_back(s);
  CHECK(statuses == expected);
  std::filesystem::remove_all(dir);
}

TEST_CASE("branches errors exit 2", "[cli][branches]") {
  const auto dir = relplan::test::temp_dir("branches");
  REQUIRE(run_relplan({"db", "init", "--db", dir + "/x.db"}).exit_code == 0);
  auto bad = run_relplan({"branches", "--project", "xen", "--at", "2026-11-31", "--db", dir + "/x.db"});
  CHECK(bad.exit_code == 2);
  CHECK(bad.err == "relplan branches: --at: expected a date as YYYY-MM-DD, saw '2026-11-31'\n");
  auto unknown = run_relplan({"branches", "--project", "linux", "--db", dir + "/x.db"});
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.err ==
        "relplan branches: project: expected a project in the database (openxt, python, xen), saw 'linux'\n");
  std::filesystem::remove_all(dir);
}

TEST_CASE("branches --project openxt shows each branch with the Xen branch it ships and the gap",
          "[cli][branches][openxt]") {
  const auto dir = relplan::test::temp_dir("branches");
  REQUIRE(run_relplan({"db", "init", "--db", dir + "/x.db"}).exit_code == 0);
  const auto run =
      run_relplan({"branches", "--project", "openxt", "--at", "2026-11-21", "--format", "json", "--db", dir + "/x.db"});
  REQUIRE(run.exit_code == 0);
  const auto j = nlohmann::json::parse(run.out);
  CHECK(j["branches"].size() == 6);
  const std::string assumption = "relplan assumption: until the next release (OpenXT publishes no support period)";
  CHECK(j["branches"][2] == nlohmann::json::parse(R"({"version":"6.0","released":"2016-09-29",
        "general_until":"2018-02-14","security_until":"2018-02-14","status":"ended",
        "general_policy":")" + assumption + R"(","security_policy":")" +
                                                  assumption + R"(","basis":"derived",
        "upstream":{"project":"xen","version":"4.3","general_until":"2015-01-14","security_until":"2015-01-14",
                    "basis":"derived"},"upstream_gap_days":504})"));
  CHECK(j["branches"][4]["upstream"]["version"] == "4.9");
  CHECK(j["branches"][4]["upstream"]["security_until"] == "2020-06-27");
  CHECK(j["branches"][4]["upstream_gap_days"] == 0);
  CHECK(j["warnings"].size() == 4);
  const auto csv =
      run_relplan({"branches", "--project", "openxt", "--at", "2026-11-21", "--format", "csv", "--db", dir + "/x.db"});
  REQUIRE(csv.exit_code == 0);
  CHECK(csv.out.find("7.0,2018-02-15,2018-07-30,2018-07-30,ended,") != std::string::npos);
  CHECK(csv.out.find(",derived,xen,4.6,2017-04-07,2018-10-07,derived,0\n") != std::string::npos);
  const auto plan = run_relplan({"release", "plan", "openxt", "--format", "json", "--db", dir + "/x.db"});
  CHECK(plan.exit_code == 0);
  CHECK(plan.out.find("\"10.0\"") != std::string::npos);
  std::filesystem::remove_all(dir);
}
