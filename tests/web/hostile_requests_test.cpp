// The attacks of issue 10 against a real server on loopback: each answer is a 4xx with a JSON body
// naming the field, and the server keeps answering afterwards.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <sstream>

#include "tests/support/raw_http.hpp"
#include "tests/support/server.hpp"
#include "web/compare_request.hpp"

#include <SQLiteCpp/Database.h>

using namespace relplan;
using json = nlohmann::json;
using test::raw_exchange;
using test::RawConnection;

namespace {

json body_of(const httplib::Result& res) { return json::parse(res->body); }

void still_answers(test::RunningServer& s) {
  auto health = s.client->Get("/api/v1/health");
  REQUIRE(health);
  CHECK(health->status == 200);
}

std::string post(const std::string& path, const std::string& body, const std::string& extra = "") {
  return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" + extra +
         "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

const std::string scenario =
    R"({"cadence_months":8,"first_release":"2019-04-02","releases":6,"general_months":18,"security_months":36)";

}  // namespace

TEST_CASE("A path that is not UTF-8 gets 400, not a crash", "[web][hostile]") {
  test::RunningServer s(false);
  auto res = raw_exchange(s.port, "GET /api/v1/%ff HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
  CHECK(res.status == 400);
  CHECK(json::parse(res.body) == json{{"error", "path: expected UTF-8 text, saw '/api/v1/\xef\xbf\xbd'"},
                                      {"field", "path"},
                                      {"value", "'/api/v1/\xef\xbf\xbd'"}});
  auto page = raw_exchange(s.port, "GET /%c3%28 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
  CHECK(page.status == 400);
  still_answers(s);
}

TEST_CASE("Query parameters that are not UTF-8 get 400 naming the parameter", "[web][hostile]") {
  test::RunningServer s;
  const auto [target, field] = GENERATE(table<std::string, std::string>({
      {"/api/v1/holidays?calendar=%ff&from=2026-01-01&to=2026-02-01", "calendar"},
      {"/api/v1/projects/xen/schedule?release=2027-03-02&zone=%ff", "zone"},
      {"/api/v1/projects/xen/branches?at=%e2%82", "at"},
      {"/api/v1/scenarios/%ff?project=xen", "path"},
      {"/api/v1/scenarios?project=xen&%ff=1", "\xef\xbf\xbd"},
  }));
  INFO(target);
  auto res = s.client->Get(target);
  REQUIRE(res);
  CHECK(res->status == 400);
  const auto body = body_of(res);
  CHECK(body["field"] == field);
  CHECK(body["error"].get<std::string>().find(": expected UTF-8 text, saw '") != std::string::npos);
  still_answers(s);
}

TEST_CASE("Deeply nested JSON is refused before it is parsed", "[web][hostile]") {
  test::RunningServer s;
  const std::string deep = std::string(67000, '[') + std::string(67000, ']');
  for (const char* path : {"/api/v1/compare", "/api/v1/charts/lifecycle.svg", "/api/v1/charts/concurrency.svg"}) {
    INFO(path);
    auto res = s.client->Post(path, R"({"scenarios":)" + deep + "}", "application/json");
    REQUIRE(res);
    CHECK(res->status == 400);
    CHECK(body_of(res) == json{{"error", "body: expected JSON nested at most 64 levels deep, saw deeper nesting"},
                               {"field", "body"},
                               {"value", "deeper nesting"}});
  }
  // 64 levels are fine for the parser (and then refused by the schema).
  auto shallow = s.client->Post("/api/v1/compare", std::string(63, '[') + std::string(63, ']'), "application/json");
  REQUIRE(shallow);
  CHECK(shallow->status == 400);
  CHECK(body_of(shallow)["error"].get<std::string>().rfind("body: expected a JSON object, saw '[[[", 0) == 0);
  still_answers(s);
}

TEST_CASE("Inputs of the wrong type get 400, never 500", "[web][hostile]") {
  test::RunningServer s;
  const auto security = s.bearer("security");
  const auto editor = s.bearer("editor");
  auto advisory =
      s.client->Post("/api/v1/projects/xen/advisories", security,
                     R"({"id":"XSA-1","public_utc":"2019-12-11T12:00Z","fix_in_release":"yes"})", "application/json");
  REQUIRE(advisory);
  CHECK(advisory->status == 400);
  CHECK(body_of(advisory) == json{{"error", "fix_in_release: expected true or false, saw \"yes\""},
                                  {"field", "fix_in_release"},
                                  {"value", "\"yes\""}});
  auto project = s.client->Post("/api/v1/scenarios", editor, R"({"project":7,"name":"x","scenario":)" + scenario + "}}",
                                "application/json");
  REQUIRE(project);
  CHECK(project->status == 400);
  CHECK(body_of(project) ==
        json{{"error", "project: expected a project id, saw 7"}, {"field", "project"}, {"value", "7"}});
  // A body that is not JSON, cut inside a UTF-8 character where the error quotes it.
  const std::string cut = std::string(79, 'a') + "\xc3\xa9" + "tail";
  auto garbled = s.client->Post("/api/v1/compare", cut, "application/json");
  REQUIRE(garbled);
  CHECK(garbled->status == 400);
  CHECK(body_of(garbled)["error"] == "body: expected a JSON object, saw '" + std::string(79, 'a') + "\xef\xbf\xbd...'");
  still_answers(s);
}

TEST_CASE("Compare requests are held to budgets named in the error", "[web][hostile]") {
  test::RunningServer s(false);
  const auto refused = [&](const json& one) {
    auto res = s.client->Post("/api/v1/compare", json{{"scenarios", {one}}}.dump(), "application/json");
    REQUIRE(res);
    CHECK(res->status == 400);
    return body_of(res)["error"].get<std::string>();
  };
  auto one = json::parse(scenario + "}");
  one["calendars"] = "US";
  json blackouts = json::array();
  for (int i = 0; i < 33; ++i) blackouts.push_back("2030-01-01..2030-01-02");
  one["blackouts"] = blackouts;
  CHECK(refused(one) == "scenarios[0].blackouts: expected at most 32 blackouts, saw 33 blackouts");
  one.erase("blackouts");
  json calendars = json::array();
  for (int i = 0; i < 17; ++i) calendars.push_back("US");
  one["calendars"] = calendars;
  CHECK(refused(one) == "scenarios[0].calendars: expected at most 16 calendars, saw 17 calendars");
  one["calendars"] = "US";
  std::string days;  // the comma-separated form is counted as it is split
  for (int i = 0; i < 65; ++i) days += "mon,";
  one["weekdays"] = days;
  CHECK(refused(one) == "scenarios[0].weekdays: expected a list of at most 64 strings, saw \"" + days + "\"");
  one["weekdays"] = json(std::vector<std::string>(65, "mon"));
  CHECK(refused(one) == "scenarios[0].weekdays: expected a list of at most 64 strings, saw " + one["weekdays"].dump());
}

TEST_CASE("The team-calendar cache is bounded in bytes, whatever the requests", "[web][hostile]") {
  auto cache = std::make_shared<TeamCalendarCache>(2U << 20U, 256);
  test::RunningServer s(false, [&](ServerContext& c) { c.calendar_cache = cache; });
  for (int i = 0; i < 40; ++i) {
    auto one = json::parse(scenario + "}");
    one["calendars"] = "US,GB-ENG";
    json windows = json::array();
    // 32 windows of most of a year in 2030-2049 (no release falls there), different for each request.
    const std::string month = (i % 12 < 9 ? "0" : "") + std::to_string(1 + i % 12);
    const std::string day = "0" + std::to_string(1 + i / 12);
    for (int k = 0; k < 32; ++k) {
      const auto year = std::to_string(2030 + k % 20);
      windows.push_back(year + "-" + month + "-" + day + ".." + year + "-12-31");
    }
    one["blackouts"] = windows;
    auto res = s.client->Post("/api/v1/compare", json{{"scenarios", {one}}}.dump(), "application/json");
    REQUIRE(res);
    CHECK(res->status == 200);
    CHECK(cache->bytes() <= (2U << 20U));
  }
  CHECK(cache->entries() >= 1);
}

TEST_CASE("Bodies are held to 1 MiB however they are framed", "[web][hostile]") {
  test::RunningServer s(false);
  RawConnection c(s.port);
  REQUIRE(c.send("POST /api/v1/compare HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n"));
  const std::string chunk = "100000\r\n" + std::string(0x100000, ' ') + "\r\n";
  c.send(chunk);
  c.send("1\r\n \r\n0\r\n\r\n");
  auto res = c.read_response();
  CHECK(res.status == 413);
  CHECK(json::parse(res.body)["error"] == "body: expected at most 1048576 bytes, saw 1048577 or more");
  CHECK(res.header("Connection") == "close");
  // A small chunked body is decoded and answered like any other.
  const std::string body = R"({"scenarios":[)" + scenario + "}]}";
  std::ostringstream size;
  size << std::hex << body.size();
  auto ok =
      raw_exchange(s.port, "POST /api/v1/compare HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n" +
                               size.str() + "\r\n" + body + "\r\n0\r\n\r\n");
  CHECK(ok.status == 200);
  CHECK(json::parse(ok.body)["scenarios"].size() == 1);
}

TEST_CASE("Malformed framing gets the status of the rule it breaks", "[web][hostile]") {
  test::RunningServer s(false);
  std::string many_headers = "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n";
  for (int i = 0; i < 1000; ++i) many_headers += "X-" + std::to_string(i) + ": 1\r\n";
  const auto [request, status, error] = GENERATE_COPY(table<std::string, int, std::string>({
      {many_headers + "\r\n", 431, "headers: expected at most 100 header lines"},
      {"POST /api/v1/compare HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}", 400,
       "Content-Length: expected one value, saw '2' and '3'"},
      {"POST /api/v1/compare HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 2\r\n\r\n{}",
       400, "Transfer-Encoding: expected no Content-Length beside it, saw both"},
      {"POST /api/v1/compare HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: abc\r\n\r\n{}", 400,
       "Content-Length: expected digits, saw 'abc'"},
  }));
  auto res = raw_exchange(s.port, request);
  CHECK(res.status == status);
  CHECK(json::parse(res.body)["error"] == error);
  still_answers(s);
}

TEST_CASE("Pipelined requests are answered in order on one connection", "[web][hostile]") {
  test::RunningServer s(false);
  RawConnection c(s.port);
  const std::string get = "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
  const std::string body = R"({"scenarios":[)" + scenario + "}]}";
  REQUIRE(c.send(get + post("/api/v1/compare", body) + "GET /api/v1/nothing HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
  auto first = c.read_response();
  auto second = c.read_response();
  auto third = c.read_response();
  CHECK(first.status == 200);
  CHECK(json::parse(first.body)["status"] == "ok");
  CHECK(second.status == 200);
  CHECK(json::parse(second.body)["scenarios"].size() == 1);
  CHECK(third.status == 404);
}

TEST_CASE("Requests for another host name are refused (DNS rebinding)", "[web][hostile]") {
  test::RunningServer s(false, [](ServerContext& c) { c.allowed_hosts = {"relplan.example.org"}; });
  auto evil = raw_exchange(s.port, "GET /api/v1/health HTTP/1.1\r\nHost: attacker.example:8080\r\n\r\n");
  CHECK(evil.status == 400);
  CHECK(json::parse(evil.body) == json{{"error",
                                        "Host: expected one of localhost, 127.0.0.1, [::1], relplan.example.org (serve "
                                        "--allow-host adds names), saw "
                                        "'attacker.example:8080'"},
                                       {"field", "Host"},
                                       {"value", "'attacker.example:8080'"}});
  for (const char* host : {"localhost:8080", "127.0.0.1", "[::1]:80", "LOCALHOST", "relplan.example.org:443"}) {
    INFO(host);
    auto ok = raw_exchange(s.port, std::string("GET /api/v1/health HTTP/1.1\r\nHost: ") + host + "\r\n\r\n");
    CHECK(ok.status == 200);
  }
}

TEST_CASE("Anything a handler throws is a generic 500 and a log line, and the server lives on", "[web][hostile]") {
  GuardedServer server;
  server.Get("/throw", [](const httplib::Request&, httplib::Response&) { throw std::runtime_error("secret detail"); });
  // An error handler that throws as well (the first version's 404 handler did, on a path that was not UTF-8).
  server.set_error_handler(
      [](const httplib::Request&, httplib::Response&) -> void { throw std::runtime_error("also secret"); });
  const int port = server.bind_to_any_port("127.0.0.1");
  std::thread t([&] { server.listen_after_bind(); });
  auto res = raw_exchange(port, "GET /throw HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
  CHECK(res.status == 500);
  CHECK(res.body == R"({"error":"internal error","field":"","value":""})");
  auto again = raw_exchange(port, "GET /nothing HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
  CHECK(again.status == 500);
  CHECK(again.body.find("secret") == std::string::npos);
  server.stop();
  t.join();
}

TEST_CASE("A busy database is a 503 with Retry-After and no path, writes are audited by token label",
          "[web][hostile]") {
  test::RunningServer s;
  const auto editor = httplib::Headers{
      {"Authorization", "Bearer " + s.store->create_token("editor", "alice's laptop", "test").value()}};
  const std::string body = R"({"project":"xen","name":"eight","scenario":)" + scenario + "}}";
  auto saved = s.client->Post("/api/v1/scenarios", editor, body, "application/json");
  REQUIRE(saved);
  CHECK(saved->status == 201);
  CHECK(s.store->audit_log(1).front().actor == "token:alice's laptop");

  s.store->set_busy_timeout(50);
  SQLite::Database other(s.dir + "/relplan.db", SQLite::OPEN_READWRITE);
  other.exec("BEGIN EXCLUSIVE");
  auto busy = s.client->Post("/api/v1/scenarios", editor, body, "application/json");
  other.exec("ROLLBACK");
  REQUIRE(busy);
  CHECK(busy->status == 503);
  CHECK(busy->get_header_value("Retry-After") == "2");
  CHECK(body_of(busy) == json{{"error", "the database is busy (another relplan is writing); try again"},
                              {"field", "db"},
                              {"value", ""}});
  auto after = s.client->Post("/api/v1/scenarios", editor, body, "application/json");
  REQUIRE(after);
  CHECK(after->status == 201);
}
