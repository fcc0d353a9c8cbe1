// PUT /api/v1/projects/{id}/releases/{version}/actual and POST /api/v1/projects/{id}/releases/undo:
// the CLI's release history checks over HTTP, with an editor token; a refused request writes nothing.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "tests/support/server.hpp"

using namespace relplan;
using json = nlohmann::json;

namespace {
json body_of(const httplib::Result& res) { return json::parse(res->body); }

// What a refused request must leave as it was: the project file and the whole audit log.
std::string state_of(test::RunningServer& s) {
  auto toml = s.client->Get("/api/v1/projects/xen/project.toml");
  REQUIRE(toml);
  REQUIRE(toml->status == 200);
  std::string out = toml->body + "\n--\n";
  for (const auto& e : s.store->audit_log(100000)) out += e.actor + " " + e.action + " " + e.subject + "\n";
  return out;
}

std::string actual_path(const std::string& version) { return "/api/v1/projects/xen/releases/" + version + "/actual"; }
}  // namespace

TEST_CASE("PUT releases actual records a release, re-plans, and audits the token", "[web][api][releases]") {
  test::RunningServer s;
  const auto editor = s.bearer("editor");
  auto res = s.client->Put(actual_path("4.23"), editor, R"({"date":"2027-03-17"})", "application/json");
  REQUIRE(res);
  CHECK(res->status == 200);
  CHECK(body_of(res) == json::parse(R"({"project":"xen","version":"4.23","previous":null,"actual":"2027-03-17",
                                        "next":{"version":"4.24","planned":"2027-11-02"}})"));
  const auto last = s.store->audit_log(1);
  REQUIRE(last.size() == 1);
  CHECK(last[0].actor == "token:test");
  CHECK(last[0].action == "release actual");
  CHECK(last[0].subject == "project xen 4.23");
  auto project = s.client->Get("/api/v1/projects/xen");
  REQUIRE(project);
  CHECK(body_of(project)["releases"].size() == 24);

  // A recorded release changes only with "force": the refusal says what would change.
  auto unforced = s.client->Put(actual_path("4.23"), editor, R"({"date":"2027-03-18"})", "application/json");
  REQUIRE(unforced);
  CHECK(unforced->status == 400);
  CHECK(body_of(unforced) ==
        json{{"error", "4.23: actual date 2027-03-17 -> 2027-03-18; send \"force\": true to change a recorded release"},
             {"field", "force"},
             {"value", "false"}});
  auto forced = s.client->Put(actual_path("4.23"), editor, R"({"date":"2027-03-18","force":true})", "application/json");
  REQUIRE(forced);
  CHECK(forced->status == 200);
  CHECK(body_of(forced) == json::parse(R"({"project":"xen","version":"4.23","previous":"2027-03-17",
                                           "actual":"2027-03-18","next":{"version":"4.24","planned":"2027-11-02"}})"));
}

TEST_CASE("PUT releases actual refuses what the CLI refuses, in the API's field names, writing nothing",
          "[web][api][releases]") {
  test::RunningServer s;
  const auto editor = s.bearer("editor");
  const auto before = state_of(s);
  REQUIRE(before.find("version = \"4.22\"") != std::string::npos);
  struct Case {
    std::string version;
    std::string body;
    int status;
    std::string error;
    std::string field;
    std::string value;
  };
  const std::vector<Case> cases = {
      {"4.25", R"({"date":"2027-03-01"})", 400,
       "version: expected a released version or the next one (4.23), saw '4.25'", "version", "'4.25'"},
      {"5.1", R"({"date":"2027-03-01"})", 400, "version: expected a version such as 4.{minor}, saw '5.1'", "version",
       "'5.1'"},
      {"4.23", R"({"date":"2026-07-30"})", 400, "date: expected a date after 4.22 (2026-07-30), saw 2026-07-30", "date",
       "2026-07-30"},
      {"4.23", R"({"date":"2051-03-01"})", 400,
       "date: expected a date inside every calendar of xen's plan, saw 2051-03-01 (calendar US: year 2051 is outside "
       "2000..2050)",
       "date", "2051-03-01"},
      {"4.23", R"({"date":"2050-11-20"})", 400,
       "re-planning xen with 4.23 released 2050-11-20: release 4.24 (nominal 2051-07-01): calendar US: year 2051 is "
       "outside 2000..2050",
       "date", "2050-11-20"},
      {"4.10", R"({"date":"2030-01-01","force":true})", 400,
       "date: expected a date before 4.11 (2018-07-10), saw 2030-01-01", "date", "2030-01-01"},
      {"4.22", R"({"date":"2029-08-01","force":true})", 400,
       "date: expected a date before the end of 4.22's general support (2029-07-30), saw 2029-08-01", "date",
       "2029-08-01"},
      {"4.22", R"({"date":"2026-07-30","force":true})", 400,
       "4.22: actual date is already 2026-07-30; nothing to change", "date", "2026-07-30"},
      {"4.22", R"({"date":"2026-08-04"})", 400,
       "4.22: actual date 2026-07-30 -> 2026-08-04; send \"force\": true to change a recorded release", "force",
       "false"},
      {"4.22", R"({"date":"2026-08-04","force":false})", 400,
       "4.22: actual date 2026-07-30 -> 2026-08-04; send \"force\": true to change a recorded release", "force",
       "false"},
      {"4.23", R"({"date":"2027-02-30"})", 400, "date: expected a date as YYYY-MM-DD, saw '2027-02-30'", "date",
       "'2027-02-30'"},
      {"4.23", R"({"date":""})", 400, "date: expected a date as YYYY-MM-DD, saw ''", "date", "''"},
      {"4.23", R"({"date":20270317})", 400, "date: expected a date as YYYY-MM-DD, saw 20270317", "date", "20270317"},
      {"4.23", R"({"force":true})", 400, "date: expected a date as YYYY-MM-DD, saw nothing", "date", "nothing"},
      {"4.23", R"({"date":"2027-03-17","force":"yes"})", 400, "force: expected true or false, saw \"yes\"", "force",
       "\"yes\""},
      {"4.23", R"({"date":"2027-03-17","dry_run":true})", 400,
       "body: expected only the fields \"date\" and \"force\", saw \"dry_run\"", "body", "\"dry_run\""},
      {"4.23", "[\"2027-03-17\"]", 400, "body: expected a JSON object, saw '[\"2027-03-17\"]'", "body",
       "'[\"2027-03-17\"]'"},
  };
  for (const auto& c : cases) {
    INFO(c.version + " " + c.body);
    auto res = s.client->Put(actual_path(c.version), editor, c.body, "application/json");
    REQUIRE(res);
    CHECK(res->status == c.status);
    CHECK(body_of(res) == json{{"error", c.error}, {"field", c.field}, {"value", c.value}});
    CHECK(state_of(s) == before);
  }
  auto unknown = s.client->Put("/api/v1/projects/linux/releases/4.23/actual", editor, R"({"date":"2027-03-17"})",
                               "application/json");
  REQUIRE(unknown);
  CHECK(unknown->status == 404);
  CHECK(body_of(unknown) ==
        json{{"error", "project: expected a project in the database (openxt, python, xen), saw 'linux'"},
             {"field", "project"},
             {"value", "'linux'"}});
  CHECK(state_of(s) == before);
}

TEST_CASE("Release history writes need an editor or security token", "[web][api][releases]") {
  test::RunningServer s;
  const auto security = s.bearer("security");
  const auto before = state_of(s);
  const auto toml_before = s.client->Get("/api/v1/projects/xen/project.toml")->body;
  const std::string body = R"({"date":"2027-03-17"})";
  const std::string undo = "/api/v1/projects/xen/releases/undo";
  for (const auto& headers : {httplib::Headers{}, httplib::Headers{{"Authorization", "Bearer not-a-token"}},
                              httplib::Headers{{"Authorization", "Basic dXNlcjpwdw=="}}}) {
    auto put = s.client->Put(actual_path("4.23"), headers, body, "application/json");
    REQUIRE(put);
    CHECK(put->status == 401);
    CHECK(put->get_header_value("WWW-Authenticate") == "Bearer");
    CHECK(body_of(put) == json{{"error", "this request needs a bearer token (relplan token create --role editor)"},
                               {"field", "Authorization"},
                               {"value", ""}});
    auto post = s.client->Post(undo, headers, "", "application/json");
    REQUIRE(post);
    CHECK(post->status == 401);
    CHECK(body_of(post)["error"] == "this request needs a bearer token (relplan token create --role editor)");
  }
  CHECK(state_of(s) == before);
  // A security token may also edit (api::require_role).
  auto put = s.client->Put(actual_path("4.23"), security, body, "application/json");
  REQUIRE(put);
  CHECK(put->status == 200);
  auto post = s.client->Post(undo, security, "", "application/json");
  REQUIRE(post);
  CHECK(post->status == 200);
  CHECK(s.client->Get("/api/v1/projects/xen/project.toml")->body == toml_before);
}

TEST_CASE("POST releases undo reverts the last change, then has nothing to undo", "[web][api][releases]") {
  test::RunningServer s;
  const auto editor = s.bearer("editor");
  const std::string undo = "/api/v1/projects/xen/releases/undo";
  auto toml = [&] { return s.client->Get("/api/v1/projects/xen/project.toml")->body; };
  const auto original = toml();

  auto nothing = s.client->Post(undo, editor, "", "application/json");
  REQUIRE(nothing);
  CHECK(nothing->status == 409);
  CHECK(body_of(nothing) == json{{"error", "nothing to undo for xen"}, {"field", "project"}, {"value", "xen"}});

  REQUIRE(s.client->Put(actual_path("4.23"), editor, R"({"date":"2027-03-17"})", "application/json")->status == 200);
  const auto recorded = toml();
  REQUIRE(
      s.client->Put(actual_path("4.23"), editor, R"({"date":"2027-03-19","force":true})", "application/json")->status ==
      200);
  auto first = s.client->Post(undo, editor, "", "application/json");
  REQUIRE(first);
  CHECK(first->status == 200);
  CHECK(body_of(first) ==
        json{{"project", "xen"}, {"undone", "xen 4.23: actual date 2027-03-19 -> 2027-03-17 (restored)"}});
  CHECK(toml() == recorded);
  auto second = s.client->Post(undo, editor, "", "application/json");
  REQUIRE(second);
  CHECK(second->status == 200);
  CHECK(body_of(second) ==
        json{{"project", "xen"}, {"undone", "xen 4.23: actual date 2027-03-17 removed (4.23 is planned again)"}});
  CHECK(toml() == original);
  const auto last = s.store->audit_log(1);
  REQUIRE(last.size() == 1);
  CHECK(last[0].actor == "token:test");
  CHECK(last[0].action == "release undo");
  auto none_left = s.client->Post(undo, editor, "", "application/json");
  REQUIRE(none_left);
  CHECK(none_left->status == 409);
  CHECK(body_of(none_left)["error"] == "nothing to undo for xen");

  auto unknown = s.client->Post("/api/v1/projects/linux/releases/undo", editor, "", "application/json");
  REQUIRE(unknown);
  CHECK(unknown->status == 404);
  CHECK(body_of(unknown)["error"] == "project: expected a project in the database (openxt, python, xen), saw 'linux'");
}
