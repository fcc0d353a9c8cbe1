// The HTTP server: health, the page, security headers, JSON 404s, loopback binding.
#include <catch2/catch.hpp>

#include <thread>

#include <nlohmann/json.hpp>

#include "web/server.hpp"

using namespace relplan;

namespace {
// Starts a server on a free loopback port for the duration of a test.
struct RunningServer {
  std::unique_ptr<httplib::Server> server = make_server(ServerContext{});
  int port = server->bind_to_any_port("127.0.0.1");
  std::thread thread{[this] { server->listen_after_bind(); }};
  httplib::Client client{"127.0.0.1", port};
  // bind_to_any_port() already listens: connections queue until the accept loop runs.
  ~RunningServer() {
    server->stop();
    thread.join();
  }
};
}  // namespace

TEST_CASE("GET /api/v1/health answers JSON with the version", "[web]") {
  RunningServer s;
  auto res = s.client.Get("/api/v1/health");
  REQUIRE(res);
  CHECK(res->status == 200);
  CHECK(res->get_header_value("Content-Type") == "application/json");
  CHECK(nlohmann::json::parse(res->body) == nlohmann::json{{"status", "ok"}, {"version", RELPLAN_VERSION}});
}

TEST_CASE("The page is served at / with a Content-Security-Policy", "[web]") {
  RunningServer s;
  auto res = s.client.Get("/");
  REQUIRE(res);
  CHECK(res->status == 200);
  CHECK(res->get_header_value("Content-Type") == "text/html; charset=utf-8");
  CHECK(res->body.find("<title>relplan</title>") != std::string::npos);
  CHECK(res->get_header_value("Content-Security-Policy").find("default-src 'none'") == 0);
  CHECK(res->get_header_value("X-Content-Type-Options") == "nosniff");
  auto js = s.client.Get("/app.js");
  REQUIRE(js);
  CHECK(js->get_header_value("Content-Type") == "text/javascript; charset=utf-8");
}

TEST_CASE("Only the page's own files are served - unknown API paths get JSON 404", "[web]") {
  RunningServer s;
  for (const char* path : {"/../CMakeLists.txt", "/%2e%2e/CMakeLists.txt", "/web/server.cpp", "/static/app.js"}) {
    INFO(path);
    auto res = s.client.Get(path);
    REQUIRE(res);
    CHECK(res->status == 404);
  }
  auto api = s.client.Get("/api/v1/nothing");
  REQUIRE(api);
  CHECK(api->status == 404);
  CHECK(nlohmann::json::parse(api->body) ==
        nlohmann::json{{"error", "no such endpoint: GET /api/v1/nothing"}, {"field", "path"}, {"value", "/api/v1/nothing"}});
}
