// The HTTP server: health, the page, security headers, JSON 404s, loopback binding.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "tests/support/expected_files.hpp"
#include "tests/support/server.hpp"

using namespace relplan;

using test::RunningServer;

TEST_CASE("GET /api/v1/health answers JSON with the version", "[web]") {
  RunningServer s(false);
  auto res = s.client->Get("/api/v1/health");
  REQUIRE(res);
  CHECK(res->status == 200);
  CHECK(res->get_header_value("Content-Type") == "application/json");
  CHECK(nlohmann::json::parse(res->body) == nlohmann::json{{"status", "ok"}, {"version", RELPLAN_VERSION}});
}

TEST_CASE("The page is served at / with a Content-Security-Policy", "[web]") {
  RunningServer s(false);
  auto res = s.client->Get("/");
  REQUIRE(res);
  CHECK(res->status == 200);
  CHECK(res->get_header_value("Content-Type") == "text/html; charset=utf-8");
  CHECK(res->body.find("<title>relplan</title>") != std::string::npos);
  CHECK(res->get_header_value("Content-Security-Policy").find("default-src 'none'") == 0);
  CHECK(res->get_header_value("X-Content-Type-Options") == "nosniff");
  auto js = s.client->Get("/app.js");
  REQUIRE(js);
  CHECK(js->get_header_value("Content-Type") == "text/javascript; charset=utf-8");
  // The page's ES modules live in web/static/js/ and are embedded with their folder.
  for (const char* path :
       {"/js/api.js", "/js/dom.js", "/js/project.js", "/js/results.js", "/js/scenarios.js", "/js/storage.js"}) {
    INFO(path);
    auto module = s.client->Get(path);
    REQUIRE(module);
    CHECK(module->status == 200);
    CHECK(module->get_header_value("Content-Type") == "text/javascript; charset=utf-8");
  }
  CHECK(res->body.find(R"(<script type="module" src="/app.js"></script>)") != std::string::npos);
}

TEST_CASE("Only the page's own files are served, unknown API paths get JSON 404", "[web]") {
  RunningServer s(false);
  for (const char* path : {"/../CMakeLists.txt", "/%2e%2e/CMakeLists.txt", "/web/server.cpp", "/static/app.js"}) {
    INFO(path);
    auto res = s.client->Get(path);
    REQUIRE(res);
    CHECK(res->status == 404);
  }
  auto api = s.client->Get("/api/v1/nothing");
  REQUIRE(api);
  CHECK(api->status == 404);
  CHECK(nlohmann::json::parse(api->body) == nlohmann::json{{"error", "no such endpoint: GET /api/v1/nothing"},
                                                           {"field", "path"},
                                                           {"value", "/api/v1/nothing"}});
}

TEST_CASE("The OpenAPI document lists exactly the routes the server has", "[web]") {
  RunningServer s(false);
  auto res = s.client->Get("/api/v1/openapi.json");
  REQUIRE(res);
  REQUIRE(res->status == 200);
  const auto doc = nlohmann::json::parse(res->body);
  CHECK(doc["openapi"] == "3.0.3");
  std::vector<std::string> documented;
  for (const auto& [path, ops] : doc["paths"].items()) {
    for (const auto& [method, op] : ops.items()) documented.push_back(method + " " + path);
  }
  // Every route make_server() installs (web/routes_*.cpp), both ways.
  const std::vector<std::string> routes{"get /api/v1/health",
                                        "get /api/v1/openapi.json",
                                        "get /api/v1/calendars",
                                        "get /api/v1/holidays",
                                        "post /api/v1/compare",
                                        "post /api/v1/charts/lifecycle.svg",
                                        "post /api/v1/charts/concurrency.svg",
                                        "get /api/v1/projects",
                                        "get /api/v1/projects/{id}",
                                        "get /api/v1/projects/{id}/project.toml",
                                        "get /api/v1/projects/{id}/branches",
                                        "get /api/v1/projects/{id}/eol.json",
                                        "get /api/v1/projects/{id}/next",
                                        "get /api/v1/projects/{id}/schedule",
                                        "get /api/v1/projects/{id}/calendar.ics",
                                        "get /api/v1/projects/{id}/advisories",
                                        "post /api/v1/projects/{id}/advisories",
                                        "put /api/v1/projects/{id}/releases/{version}/actual",
                                        "post /api/v1/projects/{id}/releases/undo",
                                        "get /api/v1/scenarios",
                                        "post /api/v1/scenarios",
                                        "get /api/v1/scenarios/{name}"};
  CHECK(test::diff_lists(routes, documented) == "");
}
