// Project files that once imported and then made every route answer 400 (issue 10): the reader now
// checks what project_train(), project_branches() and the HTTP routes check later, with the file,
// the line, the table and the key.
#include <catch2/catch.hpp>

#include "data/project/project_branches.hpp"
#include "data/project/project_plan.hpp"
#include "data/project/project_toml.hpp"
#include "data/scenario/scenario_spec.hpp"
#include "data/store/store.hpp"

using namespace relplan;

namespace {

// A valid project whose [cadence] table gets `cadence` and which ends with `tail`.
std::string project(const std::string& cadence, const std::string& tail = "", const std::string& id = "p",
                    const std::string& scheme = "1.{minor}") {
  return "id = \"" + id + "\"\nname = \"P\"\nversion_scheme = \"" + scheme + "\"\n\n[cadence]\nmonths = 6\n" + cadence +
         "source = \"s\"\n" + tail;
}

std::string policy(const std::string& fields) {
  return "\n[[support_policy]]\nname = \"x\"\n" + fields + "decided = \"2020-01-01\"\nsource = \"s\"\n";
}

std::string release(const std::string& version, const std::string& released = "2020-02-03") {
  return "\n[[release]]\nversion = \"" + version + "\"\nreleased = \"" + released + "\"\nsource = \"s\"\n";
}

const std::string known = "a known calendar (CN, DE, FR, GB-ENG, JP, US, US-FED-CLOSINGS)";

}  // namespace

TEST_CASE("Project files are checked as every later read checks them", "[data][project][hostile]") {
  const auto [text, message] = GENERATE_COPY(table<std::string, std::string>({
      // Findings of issue 10, each of which once imported.
      {project("calendars = [\"XX\"]\n"), "p.toml:7: cadence: calendars: expected " + known + ", saw 'XX'"},
      {project("", policy("from_version = \"1.0\"\ngeneral_months = 0\nsecurity_months = 12\n")),
       "p.toml:12: support_policy 'x': general_months: expected an integer 1..240, saw 0"},
      {project("", policy("from_version = \"1.0\"\nsecurity_months = 0\n")),
       "p.toml:12: support_policy 'x': security_months: expected an integer 1..240, saw 0"},
      {project("", "", "p", "{minor}.{minor}"),
       "p.toml:3: project: version_scheme: expected a pattern with one {minor}, such as 4.{minor}, saw "
       "'{minor}.{minor}'"},
      {project("calendars = [\"US\"]\nblackouts = [\"12-31..12-30x\"]\n"),
       "p.toml:8: cadence: blackouts: expected MM-DD..MM-DD, YYYY-MM-DD..YYYY-MM-DD or CAL:Holiday name-N..+N, saw "
       "'12-31..12-30x'"},
      {project("", "", std::string(65, 'a')),
       "p.toml:1: project: id: expected 1..64 lower-case letters, digits and '-', saw '" + std::string(65, 'a') + "'"},
      // Versions the planner cannot place in the scheme.
      {project("", policy("from_version = \"5.1\"\nsecurity_months = 12\n")),
       "p.toml:11: support_policy 'x': from_version: expected a version such as 1.{minor}, saw '5.1'"},
      {project("", policy("versions = [\"1.2\", \"1.02\"]\nsecurity_months = 12\n")),
       "p.toml:11: support_policy 'x': versions: expected a version such as 1.{minor}, saw '1.02'"},
      {project("", release("1.0") + release("2.0")),
       "p.toml:15: release '2.0': version: expected a version such as 1.{minor}, saw '2.0'"},
      {project("", release("1.3.1")),
       "p.toml:10: release '1.3.1': version: expected a version such as 1.{minor}, saw '1.3.1'"},
      // The team calendar as project_train() builds it.
      {project("calendars = [\"US,DE\"]\n"),
       "p.toml:7: cadence: calendars: expected one calendar id per string, saw 'US,DE'"},
      {project("calendars = [\"US\"]\nblackouts = [\"CN:Moon Day-1..+1\"]\n"),
       "p.toml:8: cadence: blackout 'CN:Moon Day-1..+1': calendar CN has no holiday named 'Moon Day'"},
      {project("calendars = [\"US\"]\nblackouts = [\"XX:Moon Day-1..+1\"]\n"),
       "p.toml:8: cadence: blackout 'XX:Moon Day-1..+1': calendar XX is not loaded"},
      {project("blackouts = [\"12-20..01-05\"]\n"),
       "p.toml:7: cadence: blackouts: expected calendars to apply them to (calendars is empty), saw '12-20..01-05'"},
  }));
  auto r = parse_project_toml(text, "p.toml");
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().message == message);
}

TEST_CASE("What the project reader accepts, the planner accepts", "[data][project][hostile]") {
  const auto text =
      project("calendars = [\"US\", \"CN\"]\nblackouts = [\"12-20..01-05\", \"CN:Spring Festival-1..+6\"]\n",
              policy("from_version = \"1.0\"\ngeneral_months = 12\nsecurity_months = 24\n") + release("1.0") +
                  release("1.1", "2020-08-04"),
              std::string(64, 'z'));
  auto p = parse_project_toml(text, "p.toml");
  REQUIRE(p.ok());
  auto train = project_train(*p, 2, CalendarRegistry::shipped());
  REQUIRE(train.ok());
  CHECK(plan_releases(*train).ok());
  CHECK(project_branches(*p, std::nullopt).ok());
  CHECK(validate_project(*p).ok());
}

TEST_CASE("The project reader checks calendars against the registry it is given", "[data][project][hostile]") {
  const std::vector<CalendarFile> old{{"old.toml", R"(id = "OLD"
name = "Old"
first_year = 1950
last_year = 1960
[[holiday]]
name = "Day"
rule = "fixed"
month = 1
day = 1
source = "s"
)"}};
  auto registry = CalendarRegistry::load(shipped_calendar_files(), old);
  REQUIRE(registry.ok());
  const auto text = project("calendars = [\"OLD\"]\n");
  CHECK(parse_project_toml(text, "p.toml", *registry).ok());
  CHECK(parse_project_toml(text, "p.toml").error().message ==
        "p.toml:7: cadence: calendars: expected " + known + ", saw 'OLD'");
  auto disjoint = parse_project_toml(project("calendars = [\"US\", \"OLD\"]\n"), "p.toml", *registry);
  REQUIRE_FALSE(disjoint.ok());
  CHECK(disjoint.error().message == "p.toml:7: cadence: calendars US+OLD: their year ranges do not overlap");
}

TEST_CASE("validate_project checks a Project value by its canonical form", "[data][project][hostile]") {
  auto p = parse_project_toml(project("calendars = [\"US\"]\n"), "p.toml").value();
  CHECK(validate_project(p).ok());
  p.cadence.calendars = {"XX"};
  auto bad = validate_project(p);
  REQUIRE_FALSE(bad.ok());
  // Line 11 of the canonical form (`relplan db export p` prints it).
  CHECK(bad.error().message == "project p:11: cadence: calendars: expected " + known + ", saw 'XX'");
  p.cadence.calendars = {"US"};
  p.id = "P";
  CHECK(validate_project(p).error().message ==
        "project P:1: project: id: expected 1..64 lower-case letters, digits and '-', saw 'P'");
}
