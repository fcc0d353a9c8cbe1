// relplan holidays | workdays | calendars, run as a person would, exit codes and exact messages.
#include <catch2/catch.hpp>

#include "tests/support/run_cli.hpp"

using relplan::test::run_relplan;

TEST_CASE("holidays --format csv lists occurrences with observed rows", "[cli][holidays]") {
  const auto run = run_relplan(
      {"holidays", "--calendar", "GB-ENG,US", "--from", "2021-12-20", "--to", "2022-01-03", "--format", "csv"});
  CHECK(run.exit_code == 0);
  CHECK(run.err.empty());
  CHECK(run.out ==
        "date,calendar,name,kind,confidence\n"
        "2021-12-24,US,Christmas Day,observed,official\n"
        "2021-12-25,GB-ENG,Christmas Day,holiday,official\n"
        "2021-12-25,US,Christmas Day,holiday,official\n"
        "2021-12-26,GB-ENG,Boxing Day,holiday,official\n"
        "2021-12-27,GB-ENG,Christmas Day,observed,official\n"
        "2021-12-28,GB-ENG,Boxing Day,observed,official\n"
        "2021-12-31,US,New Year's Day,observed,official\n"
        "2022-01-01,GB-ENG,New Year's Day,holiday,official\n"
        "2022-01-01,US,New Year's Day,holiday,official\n"
        "2022-01-03,GB-ENG,New Year's Day,observed,official\n");
}

TEST_CASE("holidays lists make-up working days as kind workday", "[cli][holidays]") {
  const auto run =
      run_relplan({"holidays", "--calendar", "CN", "--from", "2024-02-04", "--to", "2024-02-18", "--format", "csv"});
  CHECK(run.exit_code == 0);
  CHECK(run.out.find("2024-02-04,CN,Spring Festival,workday,official\n") != std::string::npos);
  CHECK(run.out.find("2024-02-18,CN,Spring Festival,workday,official\n") != std::string::npos);
  CHECK(run.out.find("2024-02-10,CN,Spring Festival,holiday,official\n") != std::string::npos);
}

TEST_CASE("holidays --format json", "[cli][holidays]") {
  const auto run =
      run_relplan({"holidays", "--calendar", "DE", "--from", "2026-10-01", "--to", "2026-10-31", "--format", "json"});
  CHECK(run.exit_code == 0);
  CHECK(run.out ==
        "{\n  \"calendar\": \"DE\",\n  \"from\": \"2026-10-01\",\n  \"holidays\": [\n    {\n"
        "      \"calendar\": \"DE\",\n      \"confidence\": \"official\",\n      \"date\": \"2026-10-03\",\n"
        "      \"kind\": \"holiday\",\n      \"name\": \"German Unity Day (Tag der Deutschen Einheit)\"\n    }\n"
        "  ],\n  \"to\": \"2026-10-31\"\n}\n");
}

TEST_CASE("workdays --add and --between", "[cli][workdays]") {
  auto add = run_relplan({"workdays", "--calendar", "US,GB-ENG", "--from", "2019-12-11", "--add", "2"});
  CHECK(add.exit_code == 0);
  CHECK(add.out == "2019-12-13\n");
  auto back = run_relplan({"workdays", "--calendar", "US,GB-ENG", "--from", "2019-12-13", "--add", "-2"});
  CHECK(back.out == "2019-12-11\n");
  auto between = run_relplan({"workdays", "--calendar", "US,GB-ENG,DE", "--between", "2019-12-11", "2019-12-17"});
  CHECK(between.exit_code == 0);
  CHECK(between.out == "4\n");
  auto adjusted = run_relplan({"workdays", "--calendar", "GB-ENG", "--from", "2021-12-25", "--adjust", "following"});
  CHECK(adjusted.out == "2021-12-29\n");
}

TEST_CASE("Bad input exits 2 with the flag, the value and the rule on stderr", "[cli][errors]") {
  const auto [args, message] = GENERATE(table<std::vector<std::string>, std::string>({
      {{"holidays", "--calendar", "XX", "--year", "2026"},
       "relplan holidays: --calendar: expected a known calendar (CN, DE, FR, GB-ENG, JP, US, US-FED-CLOSINGS), saw "
       "'XX'\n"},
      {{"holidays", "--calendar", "US", "--from", "2026-02-30", "--to", "2026-03-01"},
       "relplan holidays: --from: expected a date as YYYY-MM-DD, saw '2026-02-30'\n"},
      {{"holidays", "--calendar", "US", "--from", "2026-03-01", "--to", "2026-02-01"},
       "relplan holidays: --to: expected a date on or after --from (2026-03-01), saw 2026-02-01\n"},
      {{"holidays", "--calendar", "JP", "--year", "2051"},
       "relplan holidays: calendar JP: year 2051 is outside 2000..2050 (equinox days are official through 2027, "
       "announced February 2026; 2028-2050 are astronomical estimates)\n"},
      {{"workdays", "--calendar", "US", "--from", "2050-12-30", "--add", "3"},
       "relplan workdays: calendar US: year 2051 is outside 2000..2050\n"},
      {{"workdays", "--calendar", "US", "--from", "2026-01-05", "--adjust", "sideways"},
       "relplan workdays: --adjust: expected one of following, preceding, modified_following, nearest, saw "
       "'sideways'\n"},
      {{"workdays", "--calendar", "US,,GB-ENG", "--from", "2026-01-05", "--add", "1"},
       "relplan workdays: --calendar: expected a comma-separated list of calendar ids, saw 'US,,GB-ENG'\n"},
  }));
  const auto run = run_relplan(args);
  CHECK(run.exit_code == 2);
  CHECK(run.out.empty());
  CHECK(run.err == message);
}

TEST_CASE("calendars lists every calendar with its range and weekend", "[cli][calendars]") {
  const auto run = run_relplan({"calendars", "--format", "json"});
  CHECK(run.exit_code == 0);
  for (const char* id : {"\"CN\"", "\"DE\"", "\"FR\"", "\"GB-ENG\"", "\"JP\"", "\"US\""})
    CHECK(run.out.find(id) != std::string::npos);
  CHECK(run.out.find("\"weekend\": \"sat,sun\"") != std::string::npos);
}

TEST_CASE("The CLI skeleton: --version, --help, usage errors", "[cli]") {
  auto version = run_relplan({"--version"});
  CHECK(version.exit_code == 0);
  CHECK(version.out == "relplan " RELPLAN_VERSION "\n");
  auto help = run_relplan({"--help"});
  CHECK(help.exit_code == 0);
  for (const char* sub : {"holidays", "workdays", "calendars", "compare", "schedule", "branches", "db", "serve"}) {
    CHECK(help.out.find(std::string("  ") + sub + " ") != std::string::npos);
  }
  auto none = run_relplan({});
  CHECK(none.exit_code == 2);
  auto unknown = run_relplan({"holidays", "--calendar", "US", "--year", "2026", "--colour"});
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.err == "The following argument was not expected: --colour\nRun with --help for more information.\n");
  auto missing = run_relplan({"compare"});
  CHECK(missing.exit_code == 2);
  CHECK(missing.err == "relplan compare: --cadence: required (months, e.g. 6,8,9)\n");
}
