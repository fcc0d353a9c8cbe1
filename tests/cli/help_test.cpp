// --help: each option's text ends with "(required)" when it must be given and "(default: X)" when
// leaving it out means X.
#include <catch2/catch.hpp>

#include <sstream>

#include "tests/support/expected_files.hpp"
#include "tests/support/run_cli.hpp"

using relplan::test::run_relplan;

namespace {
std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

// The descriptions of the options CLI11 marks REQUIRED; a description too long for the line of its
// name is on the next line.
std::vector<std::string> required_descriptions(const std::string& help) {
  const auto lines = lines_of(help);
  std::vector<std::string> out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const auto at = lines[i].find(" REQUIRED");
    if (lines[i].rfind("  ", 0) != 0 || at == std::string::npos) continue;
    auto text = lines[i].substr(at + 9);
    if (text.find_first_not_of(' ') == std::string::npos && i + 1 < lines.size()) text = lines[i + 1];
    out.push_back(text.substr(text.find_first_not_of(' ')));
  }
  return out;
}

const std::vector<std::vector<std::string>> own_commands = {{"branches"},
                                                            {"release", "plan"},
                                                            {"release", "actual"},
                                                            {"release", "undo"},
                                                            {"release", "override"},
                                                            {"release", "snapshots"},
                                                            {"holidays"},
                                                            {"workdays"},
                                                            {"calendars"},
                                                            {"db", "init"},
                                                            {"db", "import"},
                                                            {"db", "export"},
                                                            {"token", "create"},
                                                            {"serve"},
                                                            {"chart"}};
}  // namespace

TEST_CASE("release actual --help marks what is required and shows defaults", "[cli][help]") {
  auto run = run_relplan({"release", "actual", "--help"});
  CHECK(run.exit_code == 0);
  const std::vector<std::string> expected = {
      "Record the actual date of a release, then re-plan by the slip policy",
      "Usage: relplan release actual [OPTIONS] PROJECT VERSION DATE",
      "",
      "Positionals:",
      "  PROJECT TEXT REQUIRED       Project id, e.g. xen (required)",
      "  VERSION TEXT REQUIRED       The version released, e.g. 4.23 (required)",
      "  DATE TEXT REQUIRED          The release date, YYYY-MM-DD (required)",
      "",
      "Options:",
      "  -h,--help                   Print this help message and exit",
      "  --force                     Change the date of a release already recorded",
      "  --next INT:INT in [1 - 24]  How many coming releases to plan, 1..24 (default: 3)",
      "  --db TEXT                   SQLite database file (default: $RELPLAN_DB, else the user's data folder)",
      "",
  };
  CHECK(relplan::test::diff_lists(expected, lines_of(run.out)) == "");
  CHECK(lines_of(run.out) == expected);  // in this order
}

TEST_CASE("schedule --help shows its defaults", "[cli][help]") {
  auto run = run_relplan({"schedule", "--help"});
  CHECK(run.exit_code == 0);
  const auto lines = lines_of(run.out);
  for (const std::string line : {
           "  --press-calendar TEXT       Press calendar ids (default: the team's)",
           "  --calendars-dir TEXT        Folder of calendar TOML files that add to or replace the shipped calendars",
       }) {
    INFO(line);
    CHECK(std::find(lines.begin(), lines.end(), line) != lines.end());
  }
  CHECK(required_descriptions(run.out).empty());
}

TEST_CASE("Every REQUIRED option says (required), and defaults are written (default: X)", "[cli][help]") {
  std::vector<std::vector<std::string>> commands = own_commands;
  commands.push_back({"compare"});
  commands.push_back({"schedule"});
  std::size_t required = 0;
  for (auto args : commands) {
    args.push_back("--help");
    auto run = run_relplan(args);
    INFO(args[0] + (args.size() > 2 ? " " + args[1] : ""));
    CHECK(run.exit_code == 0);
    for (const auto& text : required_descriptions(run.out)) {
      INFO(text);
      CHECK(text.size() >= 10);
      CHECK(text.substr(text.size() - 10) == "(required)");
      ++required;
    }
  }
  CHECK(required == 15);  // every option CLI11 marks REQUIRED in these commands was looked at
  for (auto args : own_commands) {
    if (args[0] == "chart") continue;  // its scenario flags are cli/scenario_flags.cpp's
    args.push_back("--help");
    auto run = run_relplan(args);
    INFO(args[0]);
    CHECK(run.out.find("(default ") == std::string::npos);
    CHECK(run.out.find("default)") == std::string::npos);
  }
}
