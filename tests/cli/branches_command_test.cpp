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
  CHECK(unknown.err == "relplan branches: project: expected a project in the database (openxt, python, xen), saw 'linux'\n");
  std::filesystem::remove_all(dir);
}
