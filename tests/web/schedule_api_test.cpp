// GET /api/v1/projects/{id}/next, /schedule and /calendar.ics.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "data/project/project_toml.hpp"
#include "tests/support/expected_files.hpp"
#include "tests/support/ics_parse.hpp"
#include "tests/support/server.hpp"

using namespace relplan;
using json = nlohmann::json;

TEST_CASE("The December 2019 embargo over HTTP, with and without a conflict", "[web][api][schedule]") {
  test::RunningServer s;
  const std::string base =
      "/api/v1/projects/xen/schedule?release=2019-12-17&calendar=US,GB-ENG,DE&fit=false"
      "&advisory=XSA-307@2019-12-11T12:00Z";  // the template as shipped: the README's worked example
  auto ok = s.client->Get(base.c_str());
  REQUIRE(ok);
  REQUIRE(ok->status == 200);
  const auto j = json::parse(ok->body);
  CHECK(j["press"]["collateral"] == "2019-12-13");
  CHECK(j["earliest_release"] == "2019-12-17");
  CHECK(j["slip_days"] == 0);
  CHECK(j["conflicts"] == json::array());
  CHECK(j["earliest_conflict_free"] == "2019-12-17");
  CHECK(j["warnings"] == json::array());
  auto late = s.client->Get((base + "&rc_soak_days=3").c_str());
  REQUIRE(late);
  const auto l = json::parse(late->body);
  CHECK(l["conflicts"] ==
        json::array({"press collateral is due Fri 2019-12-13 but testing of the post-embargo RC ends Mon 2019-12-16: "
                     "the go/no-go decision comes before testing ends"}));
  CHECK(l["earliest_release"] == "2019-12-17");
  CHECK(l["earliest_conflict_free"] == "2019-12-18");
  // RC5 waits for the cut on Wed 12-11; RC6 (Fri 12-13) is inside the soak ending Mon 12-16.
  std::vector<std::string> rcs;
  for (const auto& rc : l["rcs"]) rcs.push_back(rc["name"].get<std::string>() + " " + rc["date"].get<std::string>());
  CHECK(test::diff_lists({"RC1 2019-11-08", "RC2 2019-11-15", "RC3 2019-11-22", "RC4 2019-11-29", "RC5 2019-12-11"},
                         rcs) == "");
  CHECK(l["rcs"][4]["held_from"] == "2019-12-06");
  CHECK(l["rcs"][4]["note"] ==
        "held from Fri 2019-12-06 to Wed 2019-12-11: XSA-307 is public Wed 2019-12-11 12:00 UTC");
  CHECK(l["rcs_dropped"][0]["name"] == "RC6");
  CHECK(l["rcs_dropped"][0]["date"] == "2019-12-13");
  // Public Fri 12-13: release Wed 12-18, conflict-free Thu 12-19.
  auto friday = s.client->Get(
      "/api/v1/projects/xen/schedule?release=2019-12-17&calendar=US,GB-ENG,DE&advisory=XSA-307@2019-12-13T12:00Z");
  REQUIRE(friday);
  REQUIRE(friday->status == 200);
  CHECK(json::parse(friday->body)["earliest_release"] == "2019-12-18");
  CHECK(json::parse(friday->body)["earliest_conflict_free"] == "2019-12-19");
  auto bad = s.client->Get((base + "&rc_soak_days=40").c_str());
  REQUIRE(bad);
  CHECK(bad->status == 400);
  CHECK(json::parse(bad->body)["error"] == "rc_soak_days: expected 0..30 working days, saw 40");
  CHECK(json::parse(bad->body)["field"] == "rc_soak_days");
  auto bad_advisory = s.client->Get("/api/v1/projects/xen/schedule?release=2019-12-17&advisory=XSA-307");
  REQUIRE(bad_advisory);
  CHECK(bad_advisory->status == 400);
  CHECK(json::parse(bad_advisory->body)["field"] == "advisory");
  auto no_template = s.client->Get("/api/v1/projects/python/schedule?release=2026-10-06");
  REQUIRE(no_template);
  CHECK(no_template->status == 400);
  CHECK(json::parse(no_template->body)["error"] ==
        "project: expected a project with a schedule template (xen), saw 'python'");
}

TEST_CASE("The next releases of a project follow its grid", "[web][api][schedule]") {
  test::RunningServer s;
  auto res = s.client->Get("/api/v1/projects/xen/next");
  REQUIRE(res);
  REQUIRE(res->status == 200);
  const auto j = json::parse(res->body);
  // 4.22 (2026-07-30) sits on the July 2026 slot; 8 months later: 2027-03-01, a Monday -> Tue 03-02.
  CHECK(j["version"] == "4.23");
  CHECK(j["planned"] == "2027-03-02");
  CHECK(j["releases"].size() == 3);
}

TEST_CASE("The project calendar feed parses and has stable UIDs", "[web][api][schedule]") {
  test::RunningServer s;
  auto res = s.client->Get("/api/v1/projects/xen/calendar.ics");
  REQUIRE(res);
  REQUIRE(res->status == 200);
  CHECK(res->get_header_value("Content-Type") == "text/calendar; charset=utf-8");
  const auto out = test::parse_ics(res->body);
  CHECK(out.find("xen-4-23-release@relplan|2027-03-02|") != std::string::npos);
  CHECK(out.find("xen-4-23-press-collateral@relplan|") != std::string::npos);
  CHECK(out.find("xen-4-24-release@relplan|") != std::string::npos);
  CHECK(out.find("xen-4-19-security-support-ends@relplan|2029-07-29|") != std::string::npos);
  auto again = s.client->Get("/api/v1/projects/xen/calendar.ics");
  REQUIRE(again);
  auto uids = [](const std::string& text) {
    std::vector<std::string> v;
    for (std::size_t p = text.find("UID:"); p != std::string::npos; p = text.find("UID:", p + 1)) {
      v.push_back(text.substr(p, text.find('\r', p) - p));
    }
    return v;
  };
  CHECK(uids(again->body) == uids(res->body));
}

TEST_CASE("The schedule over HTTP honours the project's days off and its CN calendar", "[web][api][schedule]") {
  test::RunningServer s;
  const std::string url = "/api/v1/projects/xen/schedule?release=2027-03-02";
  auto before = s.client->Get(url.c_str());
  REQUIRE(before);
  REQUIRE(before->status == 200);
  const auto j = json::parse(before->body);
  CHECK(j["release"]["planned"] == "2027-03-02");
  CHECK(j["release"]["calendars"] == "US+GB-ENG+DE+CN");
  REQUIRE(s.store->set_calendar_override("xen", test::day_of("2027-03-02"), true, "Project summit", "test"));
  // Planned as given, with a warning; strict=true refuses it.
  auto after = s.client->Get(url.c_str());
  REQUIRE(after);
  CHECK(after->status == 200);
  CHECK(json::parse(after->body)["release"]["planned"] == "2027-03-02");
  CHECK(json::parse(after->body)["warnings"][0] ==
        "release Tue 2027-03-02 is not a working day of the team calendar US+GB-ENG+DE+CN: project xen Project summit; "
        "planned as given");
  auto relaxed = s.client->Get((url + "&strict=false").c_str());
  REQUIRE(relaxed);
  CHECK(relaxed->status == 200);
  auto strict = s.client->Get((url + "&strict=true").c_str());
  REQUIRE(strict);
  CHECK(strict->status == 400);
  CHECK(json::parse(strict->body)["error"] ==
        "release: expected a working day of US+GB-ENG+DE+CN, saw Tue 2027-03-02 (Project summit (project xen))");
  CHECK(json::parse(strict->body)["field"] == "release");
  // Without a release date: the next planned release, which release plan moved to Wed 2027-03-03.
  auto next = s.client->Get("/api/v1/projects/xen/schedule");
  REQUIRE(next);
  REQUIRE(next->status == 200);
  CHECK(json::parse(next->body)["release"]["planned"] == "2027-03-03");
  CHECK(json::parse(next->body)["release"]["version"] == "4.23");

  // National Day 2026 (CN, 10-01..10-07) moves the feature freeze from Fri 10-02 to Thu 10-08. The
  // template is fitted to xen's schedules of 4.20..4.22 (a 4-week code freeze), unless fit=false.
  auto cn = s.client->Get("/api/v1/projects/xen/schedule?last_posting=2026-09-11");
  REQUIRE(cn);
  REQUIRE(cn->status == 200);
  auto dates = [](const std::string& body) {
    const auto parsed = json::parse(body);
    std::vector<std::string> out;
    for (const auto& m : parsed["milestones"])
      out.push_back(m["id"].get<std::string>() + " " + m["date"].get<std::string>());
    return out;
  };
  const std::vector<std::string> with_cn{"last_posting 2026-09-11",  "feature_freeze 2026-10-08",
                                         "code_freeze 2026-10-30",   "hard_code_freeze 2026-11-20",
                                         "final_commits 2026-12-04", "release 2026-12-09"};
  CHECK(test::diff_lists(with_cn, dates(cn->body)) == "");
  CHECK(json::parse(cn->body)["release"]["template_fitted_to"] == json::array({"4.20", "4.21", "4.22"}));
  auto shipped = s.client->Get("/api/v1/projects/xen/schedule?last_posting=2026-09-11&fit=false");
  REQUIRE(shipped);
  REQUIRE(shipped->status == 200);
  CHECK(test::diff_lists({"last_posting 2026-09-11", "feature_freeze 2026-10-08", "code_freeze 2026-10-16",
                          "hard_code_freeze 2026-11-06", "final_commits 2026-11-20", "release 2026-11-25"},
                         dates(shipped->body)) == "");
  CHECK(json::parse(shipped->body)["release"]["template_fitted_to"] == json::array());
  auto older = s.client->Get("/api/v1/projects/xen/schedule?last_posting=2026-09-11&history_before=4.20&last=2");
  REQUIRE(older);
  REQUIRE(older->status == 200);
  CHECK(json::parse(older->body)["release"]["template_fitted_to"] == json::array({"4.18", "4.19"}));
  for (const auto& [query, error] : std::vector<std::pair<std::string, std::string>>{
           {"history_before=5.1", "history_before: expected a version such as 4.{minor}, saw '5.1'"},
           {"history_before=4.12",
            "history_before: no recorded schedule of project xen older than 4.12 and begun before 2026-09-11 to fit "
            "template xen to"},
           {"last=0", "last: expected 1..20 releases, saw 0"},
           {"last=x", "last: expected a whole number of releases, saw 'x'"},
           {"fit=no", "fit: expected true or false, saw 'no'"},
           {"fit=false&last=2", "last: not with the template unfitted (--no-fit, fit=false)"}}) {
    auto bad = s.client->Get(("/api/v1/projects/xen/schedule?last_posting=2026-09-11&" + query).c_str());
    REQUIRE(bad);
    CHECK(bad->status == 400);
    CHECK(json::parse(bad->body)["error"] == error);
  }
  auto without = s.client->Get("/api/v1/projects/xen/schedule?last_posting=2026-09-11&calendar=US,GB-ENG,DE");
  REQUIRE(without);
  REQUIRE(without->status == 200);
  auto without_cn = with_cn;
  without_cn[1] = "feature_freeze 2026-10-02";
  CHECK(test::diff_lists(without_cn, dates(without->body)) == "");
}

TEST_CASE("Schedule parameter errors name the query parameters", "[web][api][schedule][errors]") {
  test::RunningServer s;
  const std::string base = "/api/v1/projects/xen/schedule?";
  const auto [query, field, message] = GENERATE(table<std::string, std::string, std::string>({
      {"release=2019-12-17&rc_soak_days=40", "rc_soak_days", "rc_soak_days: expected 0..30 working days, saw 40"},
      {"release=2019-12-17&rc_soak_days=x", "rc_soak_days",
       "rc_soak_days: expected a whole number of working days, saw 'x'"},
      {"release=2019-12-17&press_lead_days=45", "press_lead_days",
       "press_lead_days: expected 0..30 working days, saw 45"},
      {"release=2019-12-17&advisory=XSA-307", "advisory", "advisory: expected ID@YYYY-MM-DDTHH:MMZ, saw 'XSA-307'"},
      {"release=2019-12-32", "release", "release: expected a date as YYYY-MM-DD, saw '2019-12-32'"},
      {"last_posting=2019-10-05&calendar=US,GB-ENG,DE&strict=true", "last_posting",
       "last_posting: expected a working day of US+GB-ENG+DE, saw Sat 2019-10-05 (weekend)"},
      {"release=2019-12-17&strict=yes", "strict", "strict: expected true or false, saw 'yes'"},
      {"release=2019-12-17&last_posting=2019-10-04", "release",
       "release: give exactly one of --release DATE (plan backward) or --last-posting DATE (plan forward)"},
      {"release=2019-12-17&calendar=US,XX", "calendar",
       "calendar: expected a known calendar (CN, DE, FR, GB-ENG, JP, US, US-FED-CLOSINGS), saw 'XX'"},
      {"release=2019-12-17&zone=Europe/Berlni", "zone",
       "zone: expected an IANA time zone name such as Europe/Berlin, saw 'Europe/Berlni'"},
      {"release=2019-12-17&version=" + std::string(65, 'v'), "version",
       "version: expected a version name of 1..64 characters of UTF-8 text, saw '" + std::string(65, 'v') + "'"},
      {"release=2019-12-17&advisory=XSA-307@2019-12-11T12:00Z&advisory=XSA-307@2019-12-12T12:00Z", "advisories",
       "advisories: expected each id once, saw 'XSA-307' twice"},
  }));
  INFO(query);
  auto res = s.client->Get((base + query).c_str());
  REQUIRE(res);
  CHECK(res->status == 400);
  const auto body = json::parse(res->body);
  CHECK(body["error"] == message);
  CHECK(body["field"] == field);
}

TEST_CASE("GET next with at plans from the history as it stood that day", "[web][api][schedule]") {
  test::RunningServer s;
  auto now = s.client->Get("/api/v1/projects/xen/next");
  REQUIRE(now);
  REQUIRE(now->status == 200);
  CHECK(nlohmann::json::parse(now->body)["releases"][0]["version"] == "4.23");
  // On 2024-01-01 the latest release was 4.18 (2023-11-16, on the 2023-11-01 slot): 4.19 aimed at
  // Mon 2024-07-01, the nearest Tue-Thu is Tue 2024-07-02 (it shipped 2024-07-29).
  auto then = s.client->Get("/api/v1/projects/xen/next?at=2024-01-01");
  REQUIRE(then);
  REQUIRE(then->status == 200);
  const auto first = nlohmann::json::parse(then->body)["releases"][0];
  CHECK(first["version"] == "4.19");
  CHECK(first["planned"] == "2024-07-02");
  auto bad = s.client->Get("/api/v1/projects/xen/next?at=soon");
  REQUIRE(bad);
  CHECK(bad->status == 400);
  CHECK(nlohmann::json::parse(bad->body)["error"] == "at: expected a date as YYYY-MM-DD, saw 'soon'");
}

TEST_CASE("A last posting date on a holiday over HTTP: planned as given with a warning, strict=true refuses it",
          "[web][api][schedule]") {
  test::RunningServer s;
  auto res = s.client->Get("/api/v1/projects/xen/schedule?last_posting=2020-05-01");
  REQUIRE(res);
  REQUIRE(res->status == 200);
  const auto j = json::parse(res->body);
  CHECK(j["milestones"][0]["date"] == "2020-05-01");
  CHECK(j["warnings"] == json::array({"last posting date Fri 2020-05-01 is not a working day of the team calendar "
                                      "US+GB-ENG+DE+CN: DE Labour Day (Tag der Arbeit); CN Labour Day; planned as "
                                      "given"}));
  auto strict = s.client->Get("/api/v1/projects/xen/schedule?last_posting=2020-05-01&strict=true");
  REQUIRE(strict);
  CHECK(strict->status == 400);
  CHECK(json::parse(strict->body)["error"] ==
        "last_posting: expected a working day of US+GB-ENG+DE+CN, saw Fri 2020-05-01 (Labour Day (Tag der Arbeit) "
        "(DE), Labour Day (CN))");
}

TEST_CASE("GET /next of a project on the xen train names the xen release each follows", "[web][api][upstream]") {
  test::RunningServer s;
  auto down = parse_project_toml(
      "id = \"down\"\nname = \"Downstream\"\nversion_scheme = \"{minor}.0\"\n\n[cadence]\nmonths = 12\n"
      "upstream_train = { project = \"xen\", weeks_after = 8 }\nsource = \"test\"\n\n[[release]]\nversion = "
      "\"9.0\"\nreleased = \"2026-09-15\"\nsource = \"test\"\n",
      "down.toml");
  REQUIRE(down.ok());
  REQUIRE(s.store->import_project(*down, "test"));
  auto next = s.client->Get("/api/v1/projects/down/next?at=2026-12-03");
  REQUIRE(next);
  REQUIRE(next->status == 200);
  const auto j = json::parse(next->body);
  CHECK(j["version"] == "10.0");
  CHECK(j["planned"] == "2026-09-24");
  CHECK(j["releases"][0]["upstream"] ==
        json{{"project", "xen"}, {"version", "4.22"}, {"date", "2026-07-30"}, {"actual", true}});
  CHECK(j["releases"][1]["upstream"]["version"] == "4.23");
  CHECK(j["releases"][1]["planned"] == "2027-04-27");
  // The xen project's own answer has no upstream field.
  auto xen = s.client->Get("/api/v1/projects/xen/next?at=2026-12-03");
  REQUIRE(xen);
  CHECK_FALSE(json::parse(xen->body)["releases"][0].contains("upstream"));
}
