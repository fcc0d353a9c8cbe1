// relplan compare, through the built binary: exit code 2 and the exact message for bad input; the
// JSON shape and the 2018 Xen numbers for good input; CSV rows; the table's columns.
#include <algorithm>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "tests/support/run.hpp"

using relplan::test::run_relplan;

namespace {

const std::vector<std::string> xen_2018{
    "compare",      "--cadence",        "6,8,9",        "--first-release",   "2018-07-10", "--releases",
    "12",           "--general-months", "18",           "--security-months", "36",         "--calendar",
    "US,GB-ENG,DE", "--blackout",       "12-20..01-05", "--first-version",   "4.11"};

std::vector<std::string> with(std::vector<std::string> args, const std::vector<std::string>& more) {
  args.insert(args.end(), more.begin(), more.end());
  return args;
}

// xen_2018 with one flag's value replaced.
std::vector<std::string> replaced(const std::string& flag, const std::string& value) {
  auto args = xen_2018;
  for (std::size_t i = 0; i + 1 < args.size(); ++i) {
    if (args[i] == flag) args[i + 1] = value;
  }
  return args;
}

}  // namespace

TEST_CASE("compare: bad input exits 2 naming the flag, the value and the rule", "[cli][compare]") {
  const auto [args, message] = GENERATE(table<std::vector<std::string>, std::string>({
      {replaced("--cadence", "0"), "relplan compare: --cadence: expected months 1..36, saw 0"},
      {replaced("--cadence", "6,37"), "relplan compare: --cadence: expected months 1..36, saw 37"},
      {replaced("--cadence", "six"), "relplan compare: --cadence: expected months 1..36, saw 'six'"},
      {replaced("--cadence", "8,8"), "relplan compare: --cadence: expected each cadence once, saw 8 twice"},
      {replaced("--first-release", "2018-02-30"),
       "relplan compare: --first-release: expected a date as YYYY-MM-DD, saw '2018-02-30'"},
      {replaced("--releases", "0"), "relplan compare: --releases: expected 1..1000, saw 0"},
      {replaced("--general-months", "0"), "relplan compare: --general-months: expected months 1..240, saw 0"},
      {replaced("--security-months", "12"),
       "relplan compare: --security-months: expected at least --general-months (18), saw 12"},
      {replaced("--calendar", "US,XX"),
       "relplan compare: --calendar: expected a known calendar (CN, DE, FR, GB-ENG, JP, US, US-FED-CLOSINGS), saw "
       "'XX'"},
      {replaced("--blackout", "12-20"),
       "relplan compare: --blackout: expected MM-DD..MM-DD, YYYY-MM-DD..YYYY-MM-DD or CAL:Holiday name-N..+N, saw "
       "'12-20'"},
      {replaced("--first-version", "four"),
       "relplan compare: --first-version: expected a version whose last part is a number, such as 4.11, saw 'four'"},
      {with(xen_2018, {"--weekdays", "tue,wednesday"}),
       "relplan compare: --weekdays: expected day names mon..sun separated by commas, saw 'wednesday'"},
      {with(xen_2018, {"--max-shift-days", "99"}), "relplan compare: --max-shift-days: expected 0..62, saw 99"},
      {with(xen_2018, {"--adjust", "following"}),
       "relplan compare: --adjust: expected one of nearest, earlier, later, saw 'following'"},
      {with(xen_2018, {"--format", "xml"}), "relplan compare: --format: expected one of table, json, csv, saw 'xml'"},
      {with(xen_2018, {"--target-days", "16-15"}),
       "relplan compare: --target-days: expected FIRST-LAST with 1 <= FIRST <= LAST <= 31, saw '16-15'"},
      {with(xen_2018, {"--actual", "4.12=2019-04-02"}),
       "relplan compare: --slip: required with --actual (shift_grid or keep_grid)"},
      {with(xen_2018, {"--actual", "4.12", "--slip", "keep_grid"}),
       "relplan compare: --actual: expected VERSION=YYYY-MM-DD, saw '4.12'"},
      {with(xen_2018, {"--slip", "keep"}),
       "relplan compare: --slip: expected one of shift_grid, keep_grid, saw 'keep'"},
      {with(xen_2018, {"--until", "2030-01-01"}),
       "relplan compare: --releases: expected either --releases or --until, saw both"},
      {std::vector<std::string>{"compare", "--first-release", "2018-07-10"},
       "relplan compare: --cadence: required (months, e.g. 6,8,9)"},
      {with(replaced("--first-release", "2018-09-22"), {"--max-shift-days", "3"}),
       "relplan compare: scenario '9 months': release 4.14 (nominal 2020-12-22): no allowed release day within 3 "
       "days (max_shift_days)"},
  }));
  const auto r = run_relplan(args);
  CHECK(r.exit_code == 2);
  CHECK(r.err == message + "\n");
  CHECK(r.out.empty());
}

TEST_CASE("compare --format json: the shape, and the 2018 Xen numbers", "[cli][compare]") {
  const auto r = run_relplan(with(xen_2018, {"--format", "json"}));
  REQUIRE(r.exit_code == 0);
  CHECK(r.err.empty());
  const auto doc = nlohmann::json::parse(r.out);
  REQUIRE(doc.is_object());
  REQUIRE(doc.size() == 1);
  const auto& scenarios = doc.at("scenarios");
  REQUIRE(scenarios.size() == 3);
  const std::vector<std::string> scenario_keys{"branches", "cadence_months", "metrics", "name", "releases", "timeline"};
  const std::vector<std::string> release_keys{"nominal", "planned", "reasons", "shift_days", "version"};
  const std::vector<std::string> metric_keys{"backports_per_fix",
                                             "branch_months_per_year",
                                             "distinct_release_months",
                                             "max_general_supported",
                                             "max_general_supported_days",
                                             "max_security_supported",
                                             "max_security_supported_days",
                                             "max_shift_days",
                                             "mean_general_supported",
                                             "mean_security_supported",
                                             "notes",
                                             "p95_security_supported",
                                             "release_months",
                                             "releases_per_year",
                                             "releases_shifted",
                                             "steady_state"};
  auto keys = [](const nlohmann::json& object) {
    std::vector<std::string> out;
    for (const auto& [key, value] : object.items()) out.push_back(key);
    std::sort(out.begin(), out.end());
    return out;
  };
  for (const auto& s : scenarios) {
    CHECK(keys(s) == scenario_keys);
    REQUIRE(s.at("releases").size() == 12);
    CHECK(keys(s.at("releases")[0]) == release_keys);
    CHECK(s.at("branches").size() == 12);
    for (const char* key : {"version", "released", "general_until", "security_until"}) {
      CHECK(s.at("branches")[0].contains(key));
    }
    CHECK(s.at("timeline")[0].contains("date"));
    CHECK(s.at("timeline")[0].contains("general_supported"));
    CHECK(s.at("timeline")[0].contains("security_supported"));
    CHECK(keys(s.at("metrics")) == metric_keys);
  }
  // Written in the documented order: name first, then the cadence, the releases, ...
  CHECK(r.out.find("\"name\"") < r.out.find("\"cadence_months\""));
  CHECK(r.out.find("\"cadence_months\"") < r.out.find("\"releases\""));
  CHECK(scenarios[0].at("name") == "6 months");
  CHECK(scenarios[1].at("cadence_months") == 8);
  CHECK(scenarios[1].at("releases")[0].at("version") == "4.11");
  CHECK(scenarios[1].at("releases")[0].at("planned") == "2018-07-10");
  CHECK(scenarios[1].at("releases")[1].at("version") == "4.12");
  CHECK(scenarios[1].at("releases")[1].at("nominal") == "2019-03-10");
  CHECK(scenarios[1].at("releases")[1].at("planned") == "2019-03-12");
  CHECK(scenarios[1].at("releases")[1].at("shift_days") == 2);
  CHECK(scenarios[1].at("releases")[1].at("reasons")[0].at("text") == "weekend (US, GB-ENG, DE)");
  CHECK(scenarios[1].at("branches")[0].at("security_until") == "2021-07-10");
  // 8 months: 3 distinct release months; 9 months: 4 (the 2018 xen-devel argument).
  CHECK(scenarios[0].at("metrics").at("distinct_release_months") == 2);
  CHECK(scenarios[1].at("metrics").at("distinct_release_months") == 3);
  CHECK(scenarios[2].at("metrics").at("distinct_release_months") == 4);
  CHECK(scenarios[1].at("metrics").at("release_months") == nlohmann::json({"Mar", "Jul", "Nov"}));
  CHECK(scenarios[2].at("metrics").at("release_months") == nlohmann::json({"Jan", "Apr", "Jul", "Oct"}));
  CHECK(scenarios[1].at("metrics").at("branch_months_per_year").get<double>() == Approx(54.0));
  CHECK(scenarios[2].at("metrics").at("branch_months_per_year").get<double>() == Approx(48.0));
}

TEST_CASE("compare --actual with --slip: the grid after a slipped release", "[cli][compare]") {
  // 4.12 was planned for 2019-03-12 but released 2019-04-02; shift_grid counts 4.13 from that day.
  const auto r =
      run_relplan(with(replaced("--cadence", "8"), {"--actual", "4.11=2018-07-10", "--actual", "4.12=2019-04-02",
                                                    "--slip", "shift_grid", "--format", "json"}));
  REQUIRE(r.exit_code == 0);
  const auto releases = nlohmann::json::parse(r.out).at("scenarios")[0].at("releases");
  CHECK(releases[1].at("actual") == "2019-04-02");
  CHECK(releases[2].at("nominal") == "2019-12-02");
  CHECK_FALSE(releases[2].contains("actual"));
}

TEST_CASE("compare --format csv: one row per release per scenario", "[cli][compare]") {
  const auto r = run_relplan(with(xen_2018, {"--format", "csv"}));
  REQUIRE(r.exit_code == 0);
  std::vector<std::string> rows;
  for (std::size_t start = 0, end; (end = r.out.find('\n', start)) != std::string::npos; start = end + 1) {
    rows.push_back(r.out.substr(start, end - start));
  }
  REQUIRE(rows.size() == 1 + 3 * 12);
  CHECK(rows[0] == "scenario,cadence,version,nominal,planned,shift_days,reasons");
  CHECK(rows[1] == "6 months,6 months,4.11,2018-07-10,2018-07-10,0,");
  CHECK(rows[14] ==
        "8 months,8 months,4.12,2019-03-10,2019-03-12,2,\"2019-03-10 sun: weekend (US, GB-ENG, DE); weekday rule: "
        "sun not in tue,wed,thu | 2019-03-11 mon: weekday rule: mon not in tue,wed,thu\"");
}

TEST_CASE("compare: the table has one column per cadence, then each release list", "[cli][compare]") {
  const auto r = run_relplan(xen_2018);
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("metric                       6 months                8 months                9 months") !=
        std::string::npos);
  CHECK(r.out.find("distinct_release_months      2                       3                       4") !=
        std::string::npos);
  // The 6-month peak of 7 holds on one day (a release day that is another branch's last day).
  CHECK(r.out.find("max_security_supported       7                       5                       5") !=
        std::string::npos);
  CHECK(r.out.find("max_security_supported_days  1                       742                     7") !=
        std::string::npos);
  CHECK(r.out.find("p95_security_supported       6                       5                       4") !=
        std::string::npos);
  CHECK(r.out.find("8 months: releases") != std::string::npos);
}
