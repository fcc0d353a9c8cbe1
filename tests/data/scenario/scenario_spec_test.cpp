// The one scenario specification: its rules and messages, and continuations of a real project,
// checked against the dates the Xen Project published (SUPPORT.md, in data/projects/xen.toml).
#include <catch2/catch.hpp>

#include "calendars/io/registry.hpp"
#include "data/project/project_toml.hpp"
#include "data/scenario/scenario_spec.hpp"
#include "data/store/store.hpp"
#include "tests/support/expected_files.hpp"
#include "tests/support/projects.hpp"

using namespace relplan;

namespace {

Project shipped(const std::string& id) { return test::shipped_project(id); }

std::string end_text(const std::optional<date::sys_days>& d) { return d ? format_date(*d) : "open"; }
std::string line(const Branch& b) {
  return b.version + " " + format_date(b.released) + " " + end_text(b.general_until) + " " + end_text(b.security_until);
}

// The counts of a timeline on one day (the last step on or before it).
TimelineStep on(const std::vector<TimelineStep>& timeline, date::sys_days day) {
  TimelineStep out{day, 0, 0};
  for (const auto& s : timeline) {
    if (s.date <= day) out = {day, s.general_supported, s.security_supported};
  }
  return out;
}

std::string planned_of(const ScenarioResult& r, const std::string& version) {
  for (const auto& p : r.releases) {
    if (p.version == version) return format_date(p.planned);
  }
  return "none";
}

ScenarioSpec basic() {
  ScenarioSpec s;
  s.cadence_months = "8";
  s.first_release = "2018-07-10";
  s.first_version = "4.11";
  s.releases = "12";
  s.general_months = "18";
  s.security_months = "36";
  return s;
}

std::string error_of(const ScenarioSpec& s, const SpecOptions& options = {}) {
  auto r = scenarios_from_spec(s, CalendarRegistry::shipped(), std::nullopt, nullptr, options);
  return r ? "no error" : r.error().message;
}

}  // namespace

TEST_CASE("A continuation of Xen holds its live branches with their published dates", "[data][scenario]") {
  const auto xen = shipped("xen");
  const auto at = test::day_of("2026-12-03");
  ScenarioSpec given;
  given.cadence_months = "8,9";
  auto scenarios = scenarios_from_spec(given, CalendarRegistry::shipped(), ProjectState{xen, {}, at}).value();
  REQUIRE(scenarios.size() == 2);
  // Expected: every release of the project file with published ends, whose security support has
  // not ended on `at`, with the ends as published.
  std::vector<std::string> published;
  for (const auto& r : xen.releases) {
    if (r.security_until && *r.security_until >= at) {
      published.push_back(r.version + " " + format_date(r.released) + " " + end_text(r.general_until) + " " +
                          end_text(r.security_until));
    }
  }
  CHECK(published.size() == 6);
  for (const auto& s : scenarios) {
    std::vector<std::string> existing;
    for (const auto& b : s.existing) existing.push_back(line(b));
    CHECK(test::diff_lists(published, existing) == "");
    const auto result = evaluate_scenario(s).value();
    // The answer's branches start with the existing ones; the planned ones follow from 4.23.
    std::vector<std::string> first_six;
    for (std::size_t i = 0; i < 6; ++i) first_six.push_back(line(result.branches[i]));
    CHECK(test::diff_lists(published, first_six) == "");
    CHECK(result.branches[6].version == "4.23");
    CHECK(result.releases.front().version == "4.22");
    CHECK(result.releases.front().actual == test::day_of("2026-07-30"));
    const auto today = on(result.timeline, at);
    CHECK(today.security_supported == 6);
    CHECK(today.general_supported == 3);  // 4.20, 4.21, 4.22 (3 years of general support)
  }
  CHECK(scenarios[0].name == "8 months");
  CHECK(scenarios[1].name == "9 months");
}

TEST_CASE("The continuation at the project's own cadence is its release plan", "[data][scenario]") {
  const auto xen = shipped("xen");
  ScenarioSpec given;
  given.cadence_months = "8,9";
  const auto scenarios =
      scenarios_from_spec(given, CalendarRegistry::shipped(), ProjectState{xen, {}, test::day_of("2026-12-03")})
          .value();
  const auto eight = evaluate_scenario(scenarios[0]).value();
  const auto plan = plan_releases(project_train(xen, 2, CalendarRegistry::shipped()).value()).value();
  REQUIRE(plan.size() == 3);
  for (const auto& p : plan) CHECK(planned_of(eight, p.version) == format_date(p.planned));
  CHECK(planned_of(eight, "4.23") == "2027-03-02");
  CHECK(planned_of(eight, "4.24") == "2027-11-02");
  const auto nine = evaluate_scenario(scenarios[1]).value();
  CHECK(planned_of(nine, "4.23") == "2027-04-01");  // 2026-07-01 + 9 months, a Thursday
}

TEST_CASE("A project day off moves the continuation's release like it moves the plan", "[data][scenario]") {
  const auto xen = shipped("xen");
  const std::vector<DayOverride> summit{{test::day_of("2027-03-02"), true, "Project summit"}};
  ScenarioSpec own;
  const auto s =
      scenarios_from_spec(own, CalendarRegistry::shipped(), ProjectState{xen, summit, test::day_of("2026-12-03")})
          .value();
  const auto result = evaluate_scenario(s.front()).value();
  CHECK(planned_of(result, "4.23") == "2027-03-03");
  const auto plan = plan_releases(project_train(xen, 1, CalendarRegistry::shipped(), summit).value()).value();
  CHECK(format_date(plan[1].planned) == "2027-03-03");
}

TEST_CASE("A continuation from a day in the past starts from the release then latest", "[data][scenario]") {
  const auto xen = shipped("xen");
  ScenarioSpec given;
  given.cadence_months = "9";
  const auto s =
      scenarios_from_spec(given, CalendarRegistry::shipped(), ProjectState{xen, {}, test::day_of("2024-01-01")})
          .value();
  CHECK(s.front().train.anchor.version == "4.18");
  std::vector<std::string> versions;
  for (const auto& b : s.front().existing) versions.push_back(b.version);
  // Alive on 2024-01-01: security support not ended (4.14 ended 2023-01-24 ... see xen.toml).
  std::vector<std::string> expected;
  for (const auto& r : xen.releases) {
    if (r.released <= test::day_of("2024-01-01") && r.security_until && *r.security_until >= test::day_of("2024-01-01"))
      expected.push_back(r.version);
  }
  CHECK(test::diff_lists(expected, versions) == "");
  ScenarioSpec early;
  auto error =
      scenarios_from_spec(early, CalendarRegistry::shipped(), ProjectState{xen, {}, test::day_of("2001-01-01")});
  REQUIRE_FALSE(error);
  CHECK(error.error().message ==
        "at: expected a date on or after the first release of project xen (4.0, 2010-04-07), saw 2001-01-01");
}

TEST_CASE("Scenario specification errors name the field, the value and the rule", "[data][scenario]") {
  struct Case {
    std::function<void(ScenarioSpec&)> change;
    std::string message;
  };
  const std::vector<Case> cases{
      {[](ScenarioSpec& s) { s.cadence_months = "0"; }, "cadence_months: expected months 1..36, saw 0"},
      {[](ScenarioSpec& s) { s.cadence_months = "8,x"; }, "cadence_months: expected months 1..36, saw 'x'"},
      {[](ScenarioSpec& s) { s.cadence_months = "8,8"; }, "cadence_months: expected each cadence once, saw 8 twice"},
      {[](ScenarioSpec& s) { s.cadence_weeks = "26"; },
       "cadence_weeks: expected either cadence_months or cadence_weeks, saw both"},
      {[](ScenarioSpec& s) { s.cadence_months.reset(); }, "cadence_months: required (months, e.g. 6,8,9)"},
      {[](ScenarioSpec& s) { s.first_release = "2018-02-30"; },
       "first_release: expected a date as YYYY-MM-DD, saw '2018-02-30'"},
      {[](ScenarioSpec& s) { s.until = "2030-01-01"; }, "releases: expected either releases or until, saw both"},
      {[](ScenarioSpec& s) { s.releases = "1001"; }, "releases: expected 1..1000, saw 1001"},
      {[](ScenarioSpec& s) { s.security_months = "12"; },
       "security_months: expected at least general_months (18), saw 12"},
      {[](ScenarioSpec& s) { s.general_last = "2"; },
       "general_last: expected either general_months or general_last, saw both"},
      {[](ScenarioSpec& s) { s.lts_every = "4"; },
       "lts_general_months: required (months of general support of LTS releases)"},
      {[](ScenarioSpec& s) {
         s.lts_every = "4";
         s.lts_parity = "even";
       },
       "lts_parity: expected either lts_every or lts_parity, saw both"},
      {[](ScenarioSpec& s) {
         s.lts_parity = "evens";
         s.lts_general_months = "18";
         s.lts_security_months = "60";
       },
       "lts_parity: expected one of even, odd, saw 'evens'"},
      {[](ScenarioSpec& s) { s.weekdays = "tue,xyz"; },
       "weekdays: expected day names mon..sun separated by commas, saw 'xyz'"},
      {[](ScenarioSpec& s) { s.target_days = "15-1"; },
       "target_days: expected FIRST-LAST with 1 <= FIRST <= LAST <= 31, saw '15-1'"},
      {[](ScenarioSpec& s) { s.max_shift_days = "63"; }, "max_shift_days: expected 0..62, saw 63"},
      {[](ScenarioSpec& s) { s.adjust = "soon"; }, "adjust: expected one of nearest, earlier, later, saw 'soon'"},
      {[](ScenarioSpec& s) { s.actuals = std::vector<std::string>{"4.12=2019-04-02"}; },
       "slip: required with actuals (shift_grid or keep_grid)"},
      {[](ScenarioSpec& s) { s.actuals = std::vector<std::string>{"4.12"}; },
       "actuals: expected VERSION=YYYY-MM-DD, saw '4.12'"},
      {[](ScenarioSpec& s) { s.blackouts = std::vector<std::string>{"12-20..01-05"}; },
       "blackouts: expected calendars as well (blackouts apply to a team calendar), saw '12-20..01-05'"},
      {[](ScenarioSpec& s) { s.name = ""; }, "name: expected a name of 1..80 characters, saw ''"},
  };
  for (const auto& c : cases) {
    auto s = basic();
    c.change(s);
    CHECK(error_of(s) == c.message);
  }
}

TEST_CASE("An adapter names the fields its own way, in the rules too", "[data][scenario]") {
  SpecOptions cli;
  cli.name = [](const std::string& field) { return "--" + field; };
  auto s = basic();
  s.security_months = "12";
  CHECK(error_of(s, cli) == "--security_months: expected at least --general_months (18), saw 12");
  s = basic();
  s.calendars = std::vector<std::string>{"US", "XX"};
  const auto message = error_of(s, cli);
  CHECK(message.starts_with("--calendars: expected a known calendar ("));
  CHECK(message.ends_with("), saw 'XX'"));
}

TEST_CASE("LTS rules: every k-th release, even or odd minors, the last N releases", "[data][scenario]") {
  auto s = basic();
  s.cadence_months = "6";
  s.general_months = "6";
  s.security_months = "12";
  s.lts_parity = "even";
  s.lts_general_months = "12";
  s.lts_security_months = "36";
  s.releases = "4";
  auto parity = evaluate_scenario(scenarios_from_spec(s, CalendarRegistry::shipped()).value().front()).value();
  std::vector<std::string> lines;
  for (const auto& b : parity.branches) lines.push_back(line(b) + " " + b.security_policy);
  const std::string lts = "LTS even minors: 12 months + 36 months";
  const std::string base = "6 months general + 12 months security";
  // 4.11 on 2018-07-10, then every 6 months on Tue-Thu (2019-01-10 is a Thursday, 2019-07-10 a
  // Wednesday, 2020-01-10 a Friday: the nearest allowed day is Thursday 2020-01-09).
  CHECK(test::diff_lists(
            {"4.11 2018-07-10 2019-01-10 2019-07-10 " + base, "4.12 2019-01-10 2020-01-10 2022-01-10 " + lts,
             "4.13 2019-07-10 2020-01-10 2020-07-10 " + base, "4.14 2020-01-09 2021-01-09 2023-01-09 " + lts},
            lines) == "");

  auto last = basic();
  last.general_months.reset();
  last.security_months.reset();
  last.general_last = "1";
  last.security_last = "2";
  last.releases = "3";
  auto n = evaluate_scenario(scenarios_from_spec(last, CalendarRegistry::shipped()).value().front()).value();
  lines.clear();
  for (const auto& b : n.branches) lines.push_back(line(b));
  // Nominal 2019-03-10 and 2019-11-10 are Sundays: the nearest Tue-Thu is the Tuesday after.
  // General support for the last release: it ends the day before the next one ships; security
  // support for the last 2: 4.11's ends the day before 4.13 ships; beyond the horizon it is open.
  CHECK(test::diff_lists(
            {"4.11 2018-07-10 2019-03-11 2019-11-11", "4.12 2019-03-12 2019-11-11 open", "4.13 2019-11-12 open open"},
            lines) == "");
}
