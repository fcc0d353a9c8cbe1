// POST /api/v1/compare, GET /api/v1/projects/{id}/branches and /eol.json.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "tests/support/server.hpp"

using namespace relplan;
using json = nlohmann::json;

namespace {
const std::string xen_2018 = R"j({"cadence_months":8,"first_release":"2018-07-10","first_version":"4.11","releases":12,
  "general_months":18,"security_months":36,"calendars":["US","GB-ENG","DE"],"blackouts":["12-20..01-05"]})j";
}

TEST_CASE("POST /api/v1/compare answers the 2018 question", "[web][api][compare]") {
  test::RunningServer s(false);
  const std::string body = R"j({"scenarios":[)j" + xen_2018 + "," +
                           R"j({"name":"nine","cadence_months":9,"first_release":"2018-07-10","first_version":"4.11",
                               "releases":12,"general_months":18,"security_months":36,"calendars":"US,GB-ENG,DE",
                               "blackouts":["12-20..01-05"]}]})j";
  auto res = s.client->Post("/api/v1/compare", body, "application/json");
  REQUIRE(res);
  REQUIRE(res->status == 200);
  const auto j = json::parse(res->body);
  REQUIRE(j["scenarios"].size() == 2);
  CHECK(j["scenarios"][0]["name"] == "8 months");
  CHECK(j["scenarios"][0]["metrics"]["distinct_release_months"] == 3);
  CHECK(j["scenarios"][0]["metrics"]["release_months"] == json::parse(R"j(["Mar","Jul","Nov"])j"));
  CHECK(j["scenarios"][1]["name"] == "nine");
  CHECK(j["scenarios"][1]["metrics"]["distinct_release_months"] == 4);
  CHECK(j["scenarios"][0]["metrics"]["max_security_supported"] ==
        j["scenarios"][1]["metrics"]["max_security_supported"]);
  CHECK(j["scenarios"][0]["releases"][1] ==
        json::parse(R"j({"version":"4.12","nominal":"2019-03-10","planned":"2019-03-12","shift_days":2,"reasons":[
          {"date":"2019-03-10","rule":"weekend","text":"weekend (US, GB-ENG, DE)"},
          {"date":"2019-03-10","rule":"weekday_rule","text":"weekday rule: sun not in tue,wed,thu"},
          {"date":"2019-03-11","rule":"weekday_rule","text":"weekday rule: mon not in tue,wed,thu"}]})j"));
  auto csv = s.client->Post("/api/v1/compare?format=csv", body, "application/json");
  REQUIRE(csv);
  CHECK(csv->get_header_value("Content-Type") == "text/csv; charset=utf-8");
}

TEST_CASE("An LTS rule gives every k-th release its own support", "[web][api][compare]") {
  test::RunningServer s(false);
  auto res = s.client->Post("/api/v1/compare", R"j({"scenarios":[{"cadence_months":6,"first_release":"2020-01-15",
      "first_version":"1.0","releases":4,"general_months":6,"security_months":12,
      "lts":{"every":2,"starting_at":"1.0","general_months":24,"security_months":60}}]})j",
                            "application/json");
  REQUIRE(res);
  REQUIRE(res->status == 200);
  std::vector<std::string> ends;
  const auto j = json::parse(res->body);
  for (const auto& b : j["scenarios"][0]["branches"]) {
    ends.push_back(b["version"].get<std::string>() + " " + b["security_until"].get<std::string>());
  }
  // 1.0 and 1.2 are LTS (every 2nd from 1.0): 60 months; 1.1 and 1.3: 12 months.
  // 1.2's nominal Fri 2021-01-15 is planned Thu 2021-01-14.
  CHECK(ends == std::vector<std::string>{"1.0 2025-01-15", "1.1 2021-07-15", "1.2 2026-01-14", "1.3 2022-07-15"});
}

TEST_CASE("Bad compare bodies get 400 with the field path", "[web][api][compare]") {
  test::RunningServer s(false);
  const auto [body, error] = GENERATE(table<std::string, std::string>({
      {R"j({"scenarios":[]})j", "scenarios: expected a list of 1..8 scenarios, saw []"},
      {R"j({"scenario":[]})j", "scenarios: expected a list of 1..8 scenarios, saw nothing"},
      {R"j({"scenarios":[{"cadence_months":0}]})j", "scenarios[0].cadence_months: expected months 1..36, saw 0"},
      {R"j({"scenarios":[{"cadence_months":8,"first_release":"2018-02-30"}]})j",
       "scenarios[0].first_release: expected a date as YYYY-MM-DD, saw '2018-02-30'"},
      {R"j({"scenarios":[{"cadence_months":8,"first_release":"2018-07-10","releases":5000}]})j",
       "scenarios[0].releases: expected 1..200, saw 5000"},
      {R"j({"scenarios":[{"cadence_months":8,"first_release":"2018-07-10","releases":4,"general_months":18,
          "security_months":12}]})j",
       "scenarios[0].security_months: expected at least general_months (18), saw 12"},
      {R"j({"scenarios":[{"cadence_months":8,"first_release":"2018-07-10","releases":4,"general_months":18,
          "security_months":36,"calendars":["US","XX"]}]})j",
       "scenarios[0].calendars: expected a known calendar (CN, DE, FR, GB-ENG, JP, US, US-FED-CLOSINGS), saw 'XX'"},
      {R"j({"scenarios":[{"cadence_months":8,"first_release":"2018-07-10","releases":4,"general_months":18,
          "security_months":36,"adjust":"sideways"}]})j",
       "scenarios[0].adjust: expected one of nearest, earlier, later, saw 'sideways'"},
  }));
  auto res = s.client->Post("/api/v1/compare", body, "application/json");
  REQUIRE(res);
  CHECK(res->status == 400);
  CHECK(json::parse(res->body)["error"] == error);
}

TEST_CASE("GET /api/v1/projects/xen/branches and eol.json", "[web][api][branches]") {
  test::RunningServer s;
  auto res = s.client->Get("/api/v1/projects/xen/branches?at=2026-11-21");
  REQUIRE(res);
  REQUIRE(res->status == 200);
  const auto j = json::parse(res->body);
  CHECK(j["at"] == "2026-11-21");
  CHECK(j["branches"][22]["version"] == "4.22");
  CHECK(j["branches"][22]["status"] == "general");
  CHECK(j["branches"][22]["basis"] == "published");
  CHECK(j["branches"][9]["basis"] == "derived");  // 4.9
  auto known = s.client->Get("/api/v1/projects/xen/branches?at=2026-11-21&as_known_on=2026-01-01");
  REQUIRE(known);
  CHECK(json::parse(known->body)["branches"][17]["security_until"] == "2025-12-12");  // 4.17 before the extension
  CHECK(json::parse(known->body)["branches"][17]["basis"] == "policy");
  auto bad = s.client->Get("/api/v1/projects/xen/branches?at=tomorrow");
  REQUIRE(bad);
  CHECK(bad->status == 400);
  CHECK(json::parse(bad->body) ==
        json{{"error", "at: expected a date as YYYY-MM-DD, saw 'tomorrow'"}, {"field", "at"}, {"value", "'tomorrow'"}});
  auto eol = s.client->Get("/api/v1/projects/xen/eol.json");
  REQUIRE(eol);
  CHECK(json::parse(eol->body)[0] == json::parse(R"j({"releaseCycle":"4.22","releaseDate":"2026-07-30",
                                                     "eoas":"2029-07-30","eol":"2031-07-30","latest":null})j"));
}
