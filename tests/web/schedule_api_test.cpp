// GET /api/v1/projects/{id}/next, /schedule and /calendar.ics.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "tests/support/ics_parse.hpp"
#include "tests/support/server.hpp"

using namespace relplan;
using json = nlohmann::json;

TEST_CASE("The December 2019 embargo over HTTP, with and without a conflict", "[web][api][schedule]") {
  test::RunningServer s;
  const std::string base =
      "/api/v1/projects/xen/schedule?release=2019-12-17&calendar=US,GB-ENG,DE"
      "&advisory=XSA-307@2019-12-11T12:00Z";
  auto ok = s.client->Get(base.c_str());
  REQUIRE(ok);
  REQUIRE(ok->status == 200);
  const auto j = json::parse(ok->body);
  CHECK(j["press"]["collateral"] == "2019-12-13");
  CHECK(j["earliest_release"] == "2019-12-17");
  CHECK(j["slip_days"] == 0);
  CHECK(j["conflicts"] == json::array());
  auto late = s.client->Get((base + "&rc_soak_days=3").c_str());
  REQUIRE(late);
  CHECK(json::parse(late->body)["conflicts"] ==
        json::array({"press collateral is due Fri 2019-12-13 but testing of the post-embargo RC ends Mon 2019-12-16: "
                     "the go/no-go decision comes before testing ends"}));
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
