// Projects on an upstream train: the cadence field, read and written back, and the plans it gives
// (release plan and GET .../next share coming_plan).
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "data/project/project_follow.hpp"
#include "data/project/project_toml.hpp"
#include "tests/support/run_cli.hpp"

using namespace relplan;

namespace {

std::string downstream(const std::string& train) {
  return "id = \"down\"\nname = \"Downstream\"\nversion_scheme = \"{minor}.0\"\nsources = [\"test\"]\n\n[cadence]\n"
         "months = 12\nanchor_months = [9]\nweekdays = [\"tue\", \"wed\", \"thu\"]\nslip_policy = \"shift_grid\"\n"
         "calendars = [\"US\"]\n" +
         train + "source = \"test\"\n\n[[release]]\nversion = \"9.0\"\nreleased = \"2026-09-15\"\nsource = \"test\"\n";
}

}  // namespace

TEST_CASE("upstream_train reads, writes back, and refuses what it cannot plan", "[data][project][upstream]") {
  auto p = parse_project_toml(downstream("upstream_train = { project = \"xen\", weeks_after = 8 }\n"), "d.toml");
  REQUIRE(p.ok());
  REQUIRE(p->cadence.upstream_train);
  CHECK(p->cadence.upstream_train->project == "xen");
  CHECK(p->cadence.upstream_train->weeks_after == 8);
  CHECK_FALSE(p->cadence.upstream_train->weeks_before);
  const auto text = write_project_toml(*p);
  CHECK(text.find("upstream_train = { project = \"xen\", weeks_after = 8 }\n") != std::string::npos);
  auto again = parse_project_toml(text, "canonical.toml");
  REQUIRE(again.ok());
  CHECK(*again == *p);

  const auto [train, message] = GENERATE(table<std::string, std::string>({
      {"upstream_train = { project = \"xen\" }\n",
       "d.toml:12: cadence: upstream_train: weeks_after: expected exactly one of weeks_after or weeks_before, saw "
       "neither"},
      {"upstream_train = { project = \"xen\", weeks_after = 2, weeks_before = 3 }\n",
       "d.toml:12: cadence: upstream_train: weeks_after: expected exactly one of weeks_after or weeks_before, saw "
       "both"},
      {"upstream_train = { project = \"Xen\", weeks_after = 2 }\n",
       "d.toml:12: cadence: upstream_train: project: expected a project id of a-z, 0-9 and '-', saw 'Xen'"},
      {"upstream_train = { project = \"xen\", weeks_after = 105 }\n",
       "d.toml:12: cadence: upstream_train: weeks_after: expected an integer 0..104, saw 105"},
      {"upstream_train = \"xen\"\n",
       "d.toml:12: cadence: upstream_train: expected a table such as { project = \"xen\", weeks_after = 8 }, saw "
       "'xen'"},
      {"upstream_train = { project = \"xen\", weeks_after = 2, lag = 1 }\n",
       "d.toml:12: cadence: upstream_train: lag: unknown field"},
  }));
  auto bad = parse_project_toml(downstream(train), "d.toml");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().message == message);
}

TEST_CASE("release plan of a project on the xen train names the xen release of each", "[data][project][upstream]") {
  const auto dir = test::temp_dir("upstream-plan");
  const auto db = dir + "/relplan.db";
  REQUIRE(test::run_relplan({"db", "init", "--db", db}).exit_code == 0);
  const auto file = dir + "/down.toml";
  for (const auto& [train, expected] : std::vector<std::pair<std::string, std::string>>{
           // 8 weeks after each xen release not yet followed: 4.22 (released 2026-07-30) + 8 weeks is
           // Thu 2026-09-24, after 9.0; 4.23 (planned Tue 2027-03-02) + 8 weeks Tue 04-27.
           {"upstream_train = { project = \"xen\", weeks_after = 8 }\n",
            "release,10.0,2026-09-24,2026-09-24,,0,,xen 4.22 (released 2026-07-30)\n"
            "release,11.0,2027-04-27,2027-04-27,,0,,xen 4.23 (planned 2027-03-02)\n"},
           // Its own yearly train; each ships the newest xen release at least 26 weeks before it.
           {"upstream_train = { project = \"xen\", weeks_before = 26 }\n",
            "release,10.0,2027-09-15,2027-09-15,,0,,xen 4.23 (planned 2027-03-02)\n"
            "release,11.0,2028-09-15,2028-09-14,,-1,\"2028-09-15 weekday rule: fri not in tue,wed,thu\",xen 4.24 "
            "(planned 2027-11-02)\n"}}) {
    INFO(train);
    { std::ofstream(file) << downstream(train); }
    REQUIRE(test::run_relplan({"db", "import", file, "--db", db}).exit_code == 0);
    const auto plan = test::run_relplan({"release", "plan", "down", "--db", db, "--format", "csv", "--next", "2"});
    REQUIRE(plan.exit_code == 0);
    const auto header = std::string("kind,version,nominal,planned,actual,shift_days,text,upstream\n");
    REQUIRE(plan.out.rfind(header, 0) == 0);
    const auto body = plan.out.substr(plan.out.find('\n', header.size()) + 1);  // after 9.0's row
    CHECK(body.substr(0, expected.size()) == expected);
  }
  // An upstream the database does not have.
  { std::ofstream(file) << downstream("upstream_train = { project = \"xenn\", weeks_after = 8 }\n"); }
  REQUIRE(test::run_relplan({"db", "import", file, "--db", db}).exit_code == 0);
  const auto missing = test::run_relplan({"release", "plan", "down", "--db", db});
  CHECK(missing.exit_code == 2);
  CHECK(missing.err ==
        "relplan release plan: cadence: upstream_train: project: expected a project of the database, saw 'xenn'\n");
  std::filesystem::remove_all(dir);
}

TEST_CASE("release plan openxt names the Xen release each coming OpenXT release ships", "[data][project][upstream]") {
  const auto dir = test::temp_dir("openxt-plan");
  const auto db = dir + "/relplan.db";
  REQUIRE(test::run_relplan({"db", "init", "--db", db}).exit_code == 0);
  const auto plan =
      test::run_relplan({"release", "plan", "openxt", "--db", db, "--format", "json", "--at", "2026-12-03"});
  REQUIRE(plan.exit_code == 0);
  const auto j = nlohmann::json::parse(plan.out);
  std::vector<std::string> lines;
  for (const auto& r : j["releases"]) {
    const auto& u = r["upstream"];
    lines.push_back(r["version"].get<std::string>() + " " +
                    (r["actual"].is_null() ? r["planned"] : r["actual"]).get<std::string>() + " " +
                    u["project"].get<std::string>() + " " + u["version"].get<std::string>() + " " +
                    u["date"].get<std::string>() + (u["actual"].get<bool>() ? " released" : " planned"));
  }
  // 9.0 ships 4.12 (its record); then the newest Xen release at least 16 weeks before each date.
  CHECK(lines == std::vector<std::string>{
                     "9.0 2019-07-29 xen 4.12 2019-04-02 released", "10.0 2020-03-30 xen 4.12 2019-04-02 released",
                     "11.0 2020-11-30 xen 4.14 2020-07-24 released", "12.0 2021-07-29 xen 4.15 2021-04-08 released"});
  std::filesystem::remove_all(dir);
}
