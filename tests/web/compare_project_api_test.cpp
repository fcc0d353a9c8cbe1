// POST /api/v1/compare and the chart routes with "project": continuations of a project of the store,
// the same as `relplan compare --project` and `relplan release plan`.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "calendars/io/registry.hpp"
#include "data/scenario/scenario_spec.hpp"
#include "tests/support/expected_files.hpp"
#include "tests/support/projects.hpp"
#include "tests/support/server.hpp"

using namespace relplan;
using json = nlohmann::json;

namespace {

std::string planned(const json& releases, const std::string& version) {
  for (const auto& r : releases) {
    if (r["version"] == version) return r["planned"].get<std::string>();
  }
  return "none";
}

json post(test::RunningServer& s, const std::string& path, const std::string& body, int status) {
  auto res = s.client->Post(path, body, "application/json");
  REQUIRE(res);
  CHECK(res->status == status);
  return res->get_header_value("Content-Type") == "application/json" ? json::parse(res->body) : json(res->body);
}

}  // namespace

TEST_CASE("POST /compare with project xen continues it from its live branches", "[web][api][compare]") {
  test::RunningServer s;
  const auto answer = post(s, "/api/v1/compare",
                           R"j({"project":"xen","at":"2026-12-03","scenarios":[{"cadence_months":8},
                               {"cadence_months":9}]})j",
                           200);
  REQUIRE(answer["scenarios"].size() == 2);
  const auto xen = s.store->project("xen").value();
  const auto plan = plan_releases(project_train(xen, 2, CalendarRegistry::shipped()).value()).value();
  for (const auto& sc : answer["scenarios"]) {
    CHECK(test::security_supported_on(sc["timeline"], "2026-12-03") == 6);
    // The first branches are the project's, as published.
    std::vector<std::string> expected, got;
    for (const auto& r : xen.releases) {
      if (r.security_until && format_date(*r.security_until) >= "2026-12-03") {
        expected.push_back(r.version + " " + format_date(*r.general_until) + " " + format_date(*r.security_until));
      }
    }
    for (std::size_t i = 0; i < expected.size(); ++i) {
      const auto& b = sc["branches"][i];
      got.push_back(b["version"].get<std::string>() + " " + b["general_until"].get<std::string>() + " " +
                    b["security_until"].get<std::string>());
    }
    CHECK(test::diff_lists(expected, got) == "");
  }
  for (const auto& p : plan) CHECK(planned(answer["scenarios"][0]["releases"], p.version) == format_date(p.planned));
  CHECK(planned(answer["scenarios"][0]["releases"], "4.23") == "2027-03-02");
  CHECK(planned(answer["scenarios"][1]["releases"], "4.23") == "2027-04-01");
}

TEST_CASE("POST /compare with only project answers the project's own plan", "[web][api][compare]") {
  test::RunningServer s;
  const auto answer = post(s, "/api/v1/compare", R"j({"project":"xen","at":"2026-12-03"})j", 200);
  REQUIRE(answer["scenarios"].size() == 1);
  CHECK(answer["scenarios"][0]["name"] == "8 months");
  CHECK(planned(answer["scenarios"][0]["releases"], "4.23") == "2027-03-02");
  // A per-scenario project and overrides: the project at 9 months with its slip policy replaced.
  const auto nine = post(s, "/api/v1/compare",
                         R"j({"at":"2026-12-03","scenarios":[{"project":"xen","cadence_months":9,"name":"xen 9",
                             "slip":"shift_grid","actuals":[{"version":"4.23","date":"2027-04-20"}]}]})j",
                         200);
  CHECK(nine["scenarios"][0]["name"] == "xen 9");
  // Shifted grid: 2027-04-20 + 9 months = Thu 2028-01-20, outside Xen's target days 1-15 of the month:
  // the nearest allowed day is Thu 2028-01-13.
  CHECK(planned(nine["scenarios"][0]["releases"], "4.24") == "2028-01-13");
}

TEST_CASE("POST /compare with project: bad input is a 400 naming the field", "[web][api][compare]") {
  test::RunningServer s;
  using Case = std::pair<std::string, std::string>;
  auto [body, message] = GENERATE_REF(values<Case>({
      {R"j({"project":"nope"})j",
       "scenarios[0].project: expected a project in the database (openxt, python, xen), saw 'nope'"},
      {R"j({"project":7})j", "project: expected a string, saw 7"},
      {R"j({"project":"xen","at":"yesterday"})j", "at: expected a date as YYYY-MM-DD, saw \"yesterday\""},
      {R"j({"project":"xen","at":"2001-01-01"})j",
       "at: expected a date on or after the first release of project xen (4.0, 2010-04-07), saw 2001-01-01"},
      {R"j({"project":"xen","scenarios":[{"cadence_months":8,"lts":{"parity":"even"}}]})j",
       "scenarios[0].general_months: required (months of general support)"},
      {R"j({"project":"xen","scenarios":[{"general_months":18,"security_months":36,"lts":{"parity":"even",
          "every":2}}]})j",
       "scenarios[0].lts.parity: expected either lts.every or lts.parity, saw both"},
      {R"j({"project":"xen","scenarios":[{"actuals":["4.23"]}]})j",
       "scenarios[0].actuals: expected VERSION=YYYY-MM-DD, saw '4.23'"},
      {R"j({"project":"xen","scenarios":[{"actuals":[{"version":4}]}]})j",
       "scenarios[0].actuals: expected a list of \"VERSION=YYYY-MM-DD\" or {\"version\", \"date\"}, saw "
       "[{\"version\":4}]"},
      {R"j({"project":"xen","scenarios":[{"cadence_weeks":"26"}]})j",
       "scenarios[0].cadence_weeks: expected a whole number, saw \"26\""},
  }));
  CHECK(post(s, "/api/v1/compare", body, 400)["error"] == message);
}

TEST_CASE("Charts of a continuation draw the existing branches", "[web][api][charts]") {
  test::RunningServer s;
  const auto svg = post(s, "/api/v1/charts/lifecycle.svg",
                        R"j({"scenario":{"project":"xen","cadence_months":9},"at":"2026-12-03"})j", 200)
                       .get<std::string>();
  for (const char* version : {">4.17<", ">4.18<", ">4.19<", ">4.20<", ">4.21<", ">4.22<", ">4.23<"}) {
    CHECK(svg.find(version) != std::string::npos);
  }
  const auto concurrency =
      post(s, "/api/v1/charts/concurrency.svg", R"j({"project":"xen","at":"2026-12-03","scenarios":[{}]})j", 200);
  CHECK(concurrency.get<std::string>().find("<svg") != std::string::npos);
}
