// POST /api/v1/charts/lifecycle.svg and /concurrency.svg.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "tests/support/server.hpp"

using namespace relplan;
using json = nlohmann::json;

namespace {
const std::string scenario = R"j({"cadence_months":8,"first_release":"2018-07-10","first_version":"4.11","releases":4,
  "general_months":18,"security_months":36,"calendars":["US","GB-ENG","DE"],"blackouts":["12-20..01-05"]})j";
}

TEST_CASE("Chart routes answer SVG with a bar per branch and a today marker", "[web][api][charts]") {
  test::RunningServer s(false);
  auto life = s.client->Post("/api/v1/charts/lifecycle.svg", R"({"today":"2020-02-14","scenario":)" + scenario + "}",
                             "application/json");
  REQUIRE(life);
  REQUIRE(life->status == 200);
  CHECK(life->get_header_value("Content-Type") == "image/svg+xml");
  CHECK(life->body.find("<svg xmlns=\"http://www.w3.org/2000/svg\"") != std::string::npos);
  for (const char* v : {"4.11", "4.12", "4.13", "4.14"})
    CHECK(life->body.find(std::string(">") + v + "<") != std::string::npos);
  CHECK(life->body.find("2020-02-14") != std::string::npos);
  CHECK(life->body.find("blackout 12-20..01-05") != std::string::npos);
  CHECK(life->body.find("holiday US Veterans Day") != std::string::npos);  // a weekday holiday is shaded
  CHECK(life->body.find("holiday or blackout") != std::string::npos);      // and the legend says so
  auto conc =
      s.client->Post("/api/v1/charts/concurrency.svg", R"({"scenarios":[)" + scenario + "]}", "application/json");
  REQUIRE(conc);
  CHECK(conc->status == 200);
  CHECK(conc->body.find("8 months") != std::string::npos);
}

TEST_CASE("Chart routes reject bad input with the field", "[web][api][charts]") {
  test::RunningServer s(false);
  auto bad_today = s.client->Post("/api/v1/charts/concurrency.svg",
                                  R"({"today":"soon","scenarios":[)" + scenario + "]}", "application/json");
  REQUIRE(bad_today);
  CHECK(bad_today->status == 400);
  CHECK(json::parse(bad_today->body)["error"] == "today: expected a date as YYYY-MM-DD, saw \"soon\"");
  auto bad_scenario =
      s.client->Post("/api/v1/charts/lifecycle.svg", R"({"scenario":{"cadence_months":99}})", "application/json");
  REQUIRE(bad_scenario);
  CHECK(bad_scenario->status == 400);
  CHECK(json::parse(bad_scenario->body)["error"] == "scenario.cadence_months: expected months 1..36, saw 99");
}

TEST_CASE("The lifecycle chart of a downstream project draws the upstream branch under each bar",
          "[web][api][charts][upstream]") {
  test::RunningServer s;
  auto life = s.client->Post("/api/v1/charts/lifecycle.svg",
                             R"({"today":"2026-12-03","scenario":{"project":"openxt"}})", "application/json");
  REQUIRE(life);
  REQUIRE(life->status == 200);
  // OpenXT 9.0 (open end) ships Xen 4.12, whose security support ended 2022-04-02.
  CHECK(life->body.find("; ships xen 4.12, security support until 2022-04-02: without it from 2022-04-03 on</title>") !=
        std::string::npos);
  CHECK(life->body.find("<rect class=\"upstream\"") != std::string::npos);
  CHECK(life->body.find("<rect class=\"gap\"") != std::string::npos);
  // The xen project has no upstream: no such bars.
  auto xen = s.client->Post("/api/v1/charts/lifecycle.svg", R"({"today":"2026-12-03","scenario":{"project":"xen"}})",
                            "application/json");
  REQUIRE(xen);
  REQUIRE(xen->status == 200);
  CHECK(xen->body.find("class=\"upstream\"") == std::string::npos);
}
