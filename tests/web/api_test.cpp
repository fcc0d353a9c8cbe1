// HTTP API: every route with good input, bad input (400 with {"error","field","value"}), and with
// and without bearer tokens.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "tests/support/server.hpp"

using namespace relplan;
using json = nlohmann::json;

namespace {
json body_of(const httplib::Result& res) { return json::parse(res->body); }
}  // namespace

TEST_CASE("GET /api/v1/calendars and /api/v1/holidays", "[web][api]") {
  test::RunningServer s;
  auto cals = s.client->Get("/api/v1/calendars");
  REQUIRE(cals);
  CHECK(cals->status == 200);
  CHECK(body_of(cals)["calendars"].size() == 7);

  auto hol = s.client->Get("/api/v1/holidays?calendar=GB-ENG&from=2022-09-01&to=2022-09-30");
  REQUIRE(hol);
  CHECK(hol->status == 200);
  CHECK(body_of(hol)["holidays"] == json::parse(R"([{"calendar":"GB-ENG","confidence":"official","date":"2022-09-19",
                         "kind":"special","name":"Bank Holiday for the State Funeral of Queen Elizabeth II"}])"));
  auto csv = s.client->Get("/api/v1/holidays?calendar=DE&from=2026-10-01&to=2026-10-31&format=csv");
  REQUIRE(csv);
  CHECK(csv->get_header_value("Content-Type") == "text/csv; charset=utf-8");
  CHECK(csv->body ==
        "date,calendar,name,kind,confidence\n"
        "2026-10-03,DE,German Unity Day (Tag der Deutschen Einheit),holiday,official\n");
  auto ics = s.client->Get("/api/v1/holidays?calendar=DE&from=2026-10-01&to=2026-10-31&format=ics");
  REQUIRE(ics);
  CHECK(ics->get_header_value("Content-Type") == "text/calendar; charset=utf-8");
  CHECK(ics->body.find("UID:2026-10-03-de-holiday-german-unity-day-tag-der-deutschen-") != std::string::npos);
}

TEST_CASE("Bad holiday queries get 400 naming the field and the value", "[web][api]") {
  test::RunningServer s;
  const auto [query, error, field, value] = GENERATE(table<std::string, std::string, std::string, std::string>({
      {"calendar=XX&from=2026-01-01&to=2026-12-31",
       "calendar: expected a known calendar (CN, DE, FR, GB-ENG, JP, US, US-FED-CLOSINGS), saw 'XX'", "calendar",
       "'XX'"},
      {"calendar=US&from=2026-13-01&to=2026-12-31", "from: expected a date as YYYY-MM-DD, saw '2026-13-01'", "from",
       "'2026-13-01'"},
      {"calendar=US&from=2026-01-01", "to: required query parameter is missing", "to", ""},
      {"calendar=US&from=2026-01-01&to=2040-01-01", "to: expected at most 5 years after from, saw 2040-01-01", "to",
       "2040-01-01"},
      {"calendar=US&from=2050-01-01&to=2051-01-01", "calendar US: year 2051 is outside 2000..2050", "calendar US",
       "2051-01-01"},
      {"calendar=US&from=2026-01-01&to=2026-02-01&format=xml", "format: expected one of json, csv, ics, saw 'xml'",
       "format", "'xml'"},
  }));
  auto res = s.client->Get(("/api/v1/holidays?" + query).c_str());
  REQUIRE(res);
  CHECK(res->status == 400);
  CHECK(body_of(res) == json{{"error", error}, {"field", field}, {"value", value}});
}

TEST_CASE("Projects: list, one project, its TOML, unknown ids", "[web][api]") {
  test::RunningServer s;
  auto list = s.client->Get("/api/v1/projects");
  REQUIRE(list);
  CHECK(body_of(list) == json::parse(R"({"projects":[{"id":"openxt","name":"OpenXT"},{"id":"python","name":"CPython"},
                                                     {"id":"xen","name":"Xen Project hypervisor"}]})"));
  auto xen = s.client->Get("/api/v1/projects/xen");
  REQUIRE(xen);
  CHECK(xen->status == 200);
  const auto j = body_of(xen);
  CHECK(j["cadence"]["months"] == 8);
  CHECK(j["releases"].size() == 23);
  auto toml = s.client->Get("/api/v1/projects/xen/project.toml");
  REQUIRE(toml);
  CHECK(toml->body.rfind("id = \"xen\"\n", 0) == 0);
  auto unknown = s.client->Get("/api/v1/projects/linux");
  REQUIRE(unknown);
  CHECK(unknown->status == 404);
  CHECK(body_of(unknown)["error"] == "project: expected a project in the database (openxt, python, xen), saw 'linux'");
}

TEST_CASE("Advisories: details only for security tokens, writes only with one", "[web][api]") {
  test::RunningServer s;
  const std::string body = R"({"id":"XSA-307","public_utc":"2019-12-11T12:00Z","details":"guest crashes host"})";
  auto anonymous = s.client->Post("/api/v1/projects/xen/advisories", body, "application/json");
  REQUIRE(anonymous);
  CHECK(anonymous->status == 401);
  CHECK(anonymous->get_header_value("WWW-Authenticate") == "Bearer");
  auto editor = s.client->Post("/api/v1/projects/xen/advisories", s.bearer("editor"), body, "application/json");
  REQUIRE(editor);
  CHECK(editor->status == 403);
  CHECK(body_of(editor)["error"] == "this request needs a security token, not editor");
  const auto security = s.bearer("security");
  auto created = s.client->Post("/api/v1/projects/xen/advisories", security, body, "application/json");
  REQUIRE(created);
  CHECK(created->status == 201);

  auto seen_by_all = s.client->Get("/api/v1/projects/xen/advisories");
  REQUIRE(seen_by_all);
  CHECK(body_of(seen_by_all) == json::parse(R"({"project":"xen","advisories":[
      {"id":"XSA-307","public_utc":"2019-12-11T12:00Z","report_date":null,"fix_in_release":true}]})"));
  CHECK(seen_by_all->body.find("crashes") == std::string::npos);
  auto seen_by_security = s.client->Get("/api/v1/projects/xen/advisories", security);
  REQUIRE(seen_by_security);
  CHECK(body_of(seen_by_security)["advisories"][0]["details"] == "guest crashes host");

  auto bad = s.client->Post("/api/v1/projects/xen/advisories", security,
                            R"({"id":"XSA-1","public_utc":"2019-12-11 12:00"})", "application/json");
  REQUIRE(bad);
  CHECK(bad->status == 400);
  CHECK(body_of(bad) ==
        json{{"error", "public_utc: expected an instant as YYYY-MM-DDTHH:MMZ, saw \"2019-12-11 12:00\""},
             {"field", "public_utc"},
             {"value", "\"2019-12-11 12:00\""}});
  auto not_json = s.client->Post("/api/v1/projects/xen/advisories", security, "{", "application/json");
  REQUIRE(not_json);
  CHECK(not_json->status == 400);
  CHECK(body_of(not_json)["error"] == "body: expected a JSON object, saw '{'");
}

TEST_CASE("Scenarios: saves are versions, writes need an editor token", "[web][api]") {
  test::RunningServer s;
  const std::string nine =
      R"({"cadence_months":9,"first_release":"2019-07-09","releases":6,"general_months":18,"security_months":36})";
  const std::string body = R"({"project":"xen","name":"nine months","scenario":)" + nine + "}";
  auto anonymous = s.client->Post("/api/v1/scenarios", body, "application/json");
  REQUIRE(anonymous);
  CHECK(anonymous->status == 401);
  const auto editor = s.bearer("editor");
  auto v1 = s.client->Post("/api/v1/scenarios", editor, body, "application/json");
  REQUIRE(v1);
  CHECK(v1->status == 201);
  CHECK(body_of(v1) == json{{"project", "xen"}, {"name", "nine months"}, {"version", 1}});
  auto v2 = s.client->Post(
      "/api/v1/scenarios", editor,
      R"({"project":"xen","name":"nine months","scenario":{"cadence_months":9,"first_release":"2019-07-09","releases":6,"general_months":18,"security_months":60}})",
      "application/json");
  REQUIRE(v2);
  CHECK(body_of(v2)["version"] == 2);
  auto list = s.client->Get("/api/v1/scenarios?project=xen");
  REQUIRE(list);
  CHECK(body_of(list)["scenarios"].size() == 1);
  CHECK(body_of(list)["scenarios"][0]["version"] == 2);
  auto old = s.client->Get("/api/v1/scenarios/nine%20months?project=xen&version=1");
  REQUIRE(old);
  CHECK(old->status == 200);
  CHECK(body_of(old)["scenario"] == json::parse(nine));
  auto missing = s.client->Get("/api/v1/scenarios/ten%20months?project=xen");
  REQUIRE(missing);
  CHECK(missing->status == 404);
  auto bad =
      s.client->Post("/api/v1/scenarios", editor, R"({"project":"xen","name":"x","scenario":[1]})", "application/json");
  REQUIRE(bad);
  CHECK(bad->status == 400);
  CHECK(body_of(bad) ==
        json{{"error", "scenario: expected a JSON object, saw [1]"}, {"field", "scenario"}, {"value", "[1]"}});
  // A scenario is checked with the rules of POST /api/v1/compare before it is stored.
  auto incomplete =
      s.client->Post("/api/v1/scenarios", editor, R"({"project":"xen","name":"x","scenario":{"cadence_months":9}})",
                     "application/json");
  REQUIRE(incomplete);
  CHECK(incomplete->status == 400);
  CHECK(body_of(incomplete) ==
        json{{"error", "scenario.first_release: required (the date of the first release, YYYY-MM-DD)"},
             {"field", "scenario.first_release"},
             {"value", ""}});
  auto deep = s.client->Post(
      "/api/v1/scenarios", editor,
      R"({"project":"xen","name":"x","scenario":)" + std::string(4000, '[') + std::string(4000, ']') + "}",
      "application/json");
  REQUIRE(deep);
  CHECK(deep->status == 400);
  CHECK(body_of(deep)["field"] == "body");
  auto versions = s.client->Get("/api/v1/scenarios?project=xen");
  REQUIRE(versions);
  CHECK(body_of(versions)["scenarios"].size() == 1);
}
