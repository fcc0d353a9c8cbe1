// --calendars-dir run as a person would: a truncated copy of a shipped calendar is used, with a
// warning on stderr; a file without rules is an error naming the file (exit 2).
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "tests/support/run_cli.hpp"

using relplan::test::run_relplan;

namespace {

std::string folder_with(const std::string& name, const std::string& text) {
  const auto dir = relplan::test::temp_dir("calendars-dir");
  std::ofstream(dir + "/" + name) << text;
  return dir;
}

const std::string jp_header = R"(id = "JP"
name = "Japan, truncated"
first_year = 2000
last_year = 2050
weekend = ["sat", "sun"]
)";

}  // namespace

TEST_CASE("A --calendars-dir file replacing a shipped calendar with fewer rules warns on stderr", "[cli][calendars]") {
  const auto dir = folder_with("jp.toml", jp_header + R"([[holiday]]
name = "New Year's Day"
rule = "fixed"
month = 1
day = 1
source = "s"
)");
  const auto run =
      run_relplan({"holidays", "--calendar", "JP", "--year", "2026", "--format", "csv", "--calendars-dir", dir});
  CHECK(run.exit_code == 0);
  CHECK(run.out == "date,calendar,name,kind,confidence\n2026-01-01,JP,New Year's Day,holiday,official\n");
  CHECK(run.err.starts_with("relplan: warning: " + dir + "/jp.toml: replaces the shipped calendar JP ("));
  CHECK(run.err.ends_with(" rules) with fewer rules (1)\n"));
  std::filesystem::remove_all(dir);
}

TEST_CASE("A --calendars-dir file without rules is an error", "[cli][calendars]") {
  const auto dir = folder_with("jp.toml", jp_header);
  const auto run = run_relplan({"holidays", "--calendar", "JP", "--year", "2026", "--calendars-dir", dir});
  CHECK(run.exit_code == 2);
  CHECK(run.out.empty());
  CHECK(run.err == "relplan holidays: " + dir +
                       "/jp.toml:1: calendar: holiday: expected at least one [[holiday]] rule, saw none\n");
  std::filesystem::remove_all(dir);
}
