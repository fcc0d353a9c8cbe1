// A downstream train on an upstream's releases: N weeks after each, moved later to an allowed day,
// following the upstream when it slips.
#include <catch2/catch.hpp>

#include "planner/upstream_train.hpp"
#include "tests/support/calendars.hpp"

using namespace relplan;
using test::day;

namespace {

std::vector<UpstreamRelease> xen(const std::string& u423 = "2027-03-02") {
  return {{"4.21", day("2025-11-19"), true},
          {"4.22", day("2026-07-30"), true},
          {"4.23", day(u423), false},
          {"4.24", day("2027-11-02"), false}};
}

std::vector<std::string> lines(const std::vector<FollowedRelease>& plan) {
  std::vector<std::string> out;
  for (const auto& f : plan) {
    const auto& r = f.release;
    out.push_back(r.version + " " + format_date(r.actual ? *r.actual : r.planned) + " " +
                  (f.upstream ? f.upstream->version : "-"));
  }
  return out;
}

const VersionScheme scheme = VersionScheme::parse("{minor}.0").value();

}  // namespace

TEST_CASE("Each coming release follows the next upstream release by the weeks given", "[planner][upstream]") {
  const ReleaseWindow window;  // tue, wed, thu
  auto plan =
      follow_upstream({"9.0", day("2026-09-15")}, scheme, xen(), std::string("4.22"), {8}, 2, window, nullptr, 14);
  REQUIRE(plan);
  // 4.23 Tue 2027-03-02 + 8 weeks = Tue 04-27; 4.24 Tue 2027-11-02 + 8 weeks = Tue 12-28.
  CHECK(lines(*plan) ==
        std::vector<std::string>{"9.0 2026-09-15 4.22", "10.0 2027-04-27 4.23", "11.0 2027-12-28 4.24"});
  // Not knowing what 9.0 ships: the first upstream release whose follow date is after 9.0.
  plan = follow_upstream({"9.0", day("2026-09-15")}, scheme, xen(), std::nullopt, {8}, 2, window, nullptr, 14);
  REQUIRE(plan);
  CHECK(lines(*plan) == std::vector<std::string>{"9.0 2026-09-15 -", "10.0 2026-09-24 4.22", "11.0 2027-04-27 4.23"});
}

TEST_CASE("The downstream plan moves when the upstream slips, to an allowed day", "[planner][upstream]") {
  const ReleaseWindow window;
  const auto us = test::shipped("US");
  // 4.23 slips to Fri 2027-05-28: + 8 weeks is Fri 07-23, not an allowed weekday: Tue 07-27.
  auto plan = follow_upstream({"9.0", day("2026-09-15")}, scheme, xen("2027-05-28"), std::string("4.22"), {8}, 1,
                              window, &us, 14);
  REQUIRE(plan);
  REQUIRE(plan->size() == 2);
  const auto& r = (*plan)[1].release;
  CHECK(format_date(r.nominal) == "2027-07-23");
  CHECK(format_date(r.planned) == "2027-07-27");
  CHECK(r.shift_days == 4);
  CHECK_FALSE(r.reasons.empty());
}

TEST_CASE("Bad follow rules are errors naming the rule", "[planner][upstream]") {
  const ReleaseWindow window;
  auto plan = follow_upstream({"9.0", day("2026-09-15")}, scheme, xen(), std::nullopt, {200}, 1, window, nullptr, 14);
  REQUIRE_FALSE(plan);
  CHECK(plan.error().message == "weeks_after: expected 0..104 weeks, saw 200");
  plan = follow_upstream({"9.0", day("2026-09-15")}, scheme, xen(), std::nullopt, {8}, 0, window, nullptr, 14);
  REQUIRE_FALSE(plan);
  CHECK(plan.error().message == "releases: expected 1..1000, saw 0");
  plan = follow_upstream({"v9", day("2026-09-15")}, scheme, xen(), std::nullopt, {8}, 1, window, nullptr, 14);
  REQUIRE_FALSE(plan);
  CHECK(plan.error().message == "version: expected a version such as {minor}.0, saw 'v9'");
}
