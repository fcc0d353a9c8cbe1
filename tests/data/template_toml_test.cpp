// The schedule template reader: the shipped Xen template read back equal to its transcription in code,
// every default, and bad files rejected with the file, the line and the field.
#include <catch2/catch.hpp>

#include "data/templates/template_toml.hpp"
#include "tests/support/schedule.hpp"

using namespace relplan;
using namespace relplan::schedule;
using namespace std::chrono_literals;

TEST_CASE("The shipped xen template reads back as its transcription", "[data][templates]") {
  auto xen = shipped_template("xen");
  REQUIRE(xen.ok());
  auto expected = test::xen_template();
  // The file carries each rule's source; the transcription does not.
  auto read = xen->milestones;
  for (auto& m : read.milestones) m.source.clear();
  CHECK(read == expected);
  CHECK(xen->calendars == std::vector<std::string>{"US", "GB-ENG", "DE"});
  CHECK(xen->press_calendars.empty());
  REQUIRE(xen->blackouts.size() == 2);
  CHECK(xen->blackouts[0].label == "12-20..01-05");
  CHECK(xen->blackouts[1].label == "CN:Spring Festival-1..+6");
  // Every policy value the file states equals the engine's default.
  CHECK(xen->policy == SchedulePolicy{});
  CHECK(xen->policy.press.lift == LocalTime{9h, "America/Los_Angeles"});
}

TEST_CASE("A written template reads back equal, offsets, counts and blackout kinds included", "[data][templates]") {
  auto xen = shipped_template("xen");
  REQUIRE(xen.ok());
  auto t = *xen;
  t.milestones.rcs->offset = {1, schedule::Unit::weeks};
  t.milestones.rcs->count = 4;
  t.milestones.milestones[2].offset = {4, schedule::Unit::weeks};
  t.press_calendars = {"US"};
  t.policy.press.zones = {"Europe/Berlin"};
  TemplateNotes notes{{"first line", "", "last line"}, {{"code_freeze", "a note"}, {"rcs", "another"}}};
  const auto text = write_template_toml(t, notes);
  CHECK(text.rfind("# first line\n#\n# last line\nid = \"xen\"\n", 0) == 0);
  CHECK(text.find("offset = \"4 weeks\"\nfreeze = true\nsource = \"Schedule: '+2 weeks from Feature freeze' "
                  "(4.18)\"\n# a note\n") != std::string::npos);
  CHECK(text.find("[rcs]\nfirst = \"code_freeze\"\noffset = \"1 week\"\nevery = \"1 week\"\nuntil = "
                  "\"final_commits\"\ncount = 4\n# another\n") != std::string::npos);
  auto back = parse_template_toml(text, "written.toml");
  REQUIRE(back.ok());
  CHECK(back->milestones == t.milestones);
  CHECK(back->policy == t.policy);
  CHECK(back->calendars == t.calendars);
  CHECK(back->press_calendars == t.press_calendars);
  REQUIRE(back->blackouts.size() == 2);
  CHECK(back->blackouts[1].label == "CN:Spring Festival-1..+6");
  CHECK(write_template_toml(*back, notes) == text);
}

TEST_CASE("Unknown shipped templates list the known ones", "[data][templates]") {
  auto none = shipped_template("linux", "--project");
  REQUIRE_FALSE(none.ok());
  CHECK(none.error().message == "--project: expected a shipped template (xen), saw 'linux'");
}

namespace {
const std::string minimal = R"(id = "mini"
name = "Minimal"
calendars = ["US"]

[[milestone]]
id = "posting"
name = "Last posting"
kind = "posting"

[[milestone]]
id = "release"
name = "Release"
kind = "release"
relative_to = "posting"
offset = "6 weeks"
)";
}  // namespace

TEST_CASE("A minimal template takes every policy default", "[data][templates]") {
  auto t = parse_template_toml(minimal, "mini.toml");
  REQUIRE(t.ok());
  CHECK(t->milestones.milestones.size() == 2);
  CHECK(t->milestones.milestones[1].offset == Offset{6, Unit::weeks});
  CHECK_FALSE(t->milestones.rcs);
  CHECK(t->policy == SchedulePolicy{});
  CHECK(t->blackouts.empty());
}

TEST_CASE("Bad template files name the file, the line and the field", "[data][templates]") {
  const auto [edit, message] = GENERATE(table<std::pair<std::string, std::string>, std::string>({
      {{"offset = \"6 weeks\"", "offset = \"6 wekes\""},
       "mini.toml:15: milestone 'release': offset: expected a whole number and a unit (days, weeks, working days), "
       "such as '3 weeks' or '-2 working days', saw '6 wekes'"},
      {{"kind = \"release\"", "kind = \"ga\""},
       "mini.toml:13: milestone 'release': kind: expected one of posting, freeze, branch, release, other, saw 'ga'"},
      {{"relative_to = \"posting\"", "relative_to = \"postin\""},
       "mini.toml: milestone 'release': relative_to: expected a milestone declared above (posting), saw 'postin'"},
      {{"offset = \"6 weeks\"\n", "offset = \"6 weeks\"\nweekday = \"wed\"\n"},
       "mini.toml:10: milestone 'release': pin: expected one of on_or_before, before, on_or_after, after (with "
       "weekday), saw ''"},
      {{"offset = \"6 weeks\"\n", "offset = \"6 weeks\"\nfreez = true\n"},
       "mini.toml:16: milestone 'release': freez: unknown field"},
      {{"relative_to = \"posting\"\noffset = \"6 weeks\"\n", "relative_to = \"posting\"\n"},
       "mini.toml:10: milestone 'release': offset: required field is missing"},
      {{"calendars = [\"US\"]", "calendars = [\"US\"]\nblackouts = [\"12-20..01-5\"]"},
       "mini.toml:4: blackouts: expected MM-DD..MM-DD, YYYY-MM-DD..YYYY-MM-DD or CAL:Holiday name-N..+N, saw "
       "'12-20..01-5'"},
      {{"calendars = [\"US\"]", "calendars = []"}, "mini.toml:3: calendars: required field is missing"},
      {{"name = \"Minimal\"", "name = \"Minimal\"\nadjustment = \"next\""},
       "mini.toml:3: adjustment: expected one of following, preceding, modified_following, nearest, saw 'next'"},
      {{"kind = \"release\"", "kind = \"other\""},
       "mini.toml: template mini: expected exactly one milestone of kind release, saw 0"},
      {{"", "[press]\nlift = \"9:00 America/Los_Angeles\""},
       "mini.toml:17: press: lift: expected HH:MM ZONE, such as '09:00 America/Los_Angeles' or '12:00 UTC', saw "
       "'9:00 America/Los_Angeles'"},
      {{"", "[press]\nzones = [\"Europe/Berlni\"]"},
       "mini.toml:17: press: zones: expected an IANA time zone name such as Europe/Berlin, saw 'Europe/Berlni'"},
      {{"", "[press]\ncollateral_lead = \"-2 working days\""},
       "mini.toml: press: collateral_lead: expected a lead of 0..366 days, weeks or working days, saw '-2 working "
       "days'"},
      {{"", "[security]\nworking_hours = \"17:00-09:00\""},
       "mini.toml:17: security: working_hours: expected HH:MM-HH:MM with the start before the end, such as "
       "'09:00-17:00', saw '17:00-09:00'"},
      {{"", "[rcs]\nfirst = \"posting\"\nuntil = \"release\""}, "mini.toml:16: rcs: every: required field is missing"},
      {{"", "[rcs]\nfirst = \"posting\"\nuntil = \"ga\"\nevery = \"1 week\""},
       "mini.toml: rcs: until: expected a milestone of the template (posting, release), saw 'ga'"},
      {{"name = \"Minimal\"", "name = \"Minimal"},
       "mini.toml:2: Error while parsing string: unescaped control characters other than TAB (U+0009) are explicitly "
       "prohibited"},
  }));
  std::string text = minimal;
  if (edit.first.empty()) {  // a section appended at the end
    text += edit.second + "\n";
  } else {
    const auto at = text.find(edit.first);
    REQUIRE(at != std::string::npos);
    text.replace(at, edit.first.size(), edit.second);
  }
  auto t = parse_template_toml(text, "mini.toml");
  REQUIRE_FALSE(t.ok());
  CHECK(t.error().message == message);
}

TEST_CASE("Template calendars are checked as a schedule uses them", "[data][templates][hostile]") {
  const std::string known = "a known calendar (CN, DE, FR, GB-ENG, JP, US, US-FED-CLOSINGS)";
  const auto [edit, message] = GENERATE_COPY(table<std::pair<std::string, std::string>, std::string>({
      {{"calendars = [\"US\"]", "calendars = [\"US\", \"XX\"]"},
       "mini.toml:3: calendars: expected " + known + ", saw 'XX'"},
      {{"calendars = [\"US\"]", "calendars = [\"US,DE\"]"},
       "mini.toml:3: calendars: expected one calendar id per string, saw 'US,DE'"},
      {{"calendars = [\"US\"]", "calendars = [\"US\"]\npress_calendars = [\"YY\"]"},
       "mini.toml:4: press_calendars: expected " + known + ", saw 'YY'"},
      {{"calendars = [\"US\"]", "calendars = [\"US\"]\nblackouts = [\"CN:Moon Day-1..+1\"]"},
       "mini.toml:4: blackout 'CN:Moon Day-1..+1': calendar CN has no holiday named 'Moon Day'"},
      {{"calendars = [\"US\"]", "calendars = [\"US\"]\nblackouts = [\"XX:Moon Day-1..+1\"]"},
       "mini.toml:4: blackout 'XX:Moon Day-1..+1': calendar XX is not loaded"},
  }));
  std::string text = minimal;
  const auto at = text.find(edit.first);
  REQUIRE(at != std::string::npos);
  text.replace(at, edit.first.size(), edit.second);
  auto t = parse_template_toml(text, "mini.toml");
  REQUIRE_FALSE(t.ok());
  CHECK(t.error().message == message);
}

TEST_CASE("A template naming a team calendar reads with the registry that has it", "[data][templates][hostile]") {
  const std::vector<CalendarFile> team{{"team/acme.toml", R"(id = "ACME"
name = "Acme"
first_year = 2000
last_year = 2050
weekend = ["sat", "sun"]
[[holiday]]
name = "Founders' Day"
rule = "fixed"
month = 6
day = 1
source = "s"
)"}};
  auto registry = CalendarRegistry::load(shipped_calendar_files(), team);
  REQUIRE(registry.ok());
  std::string text = minimal;
  text.replace(text.find("[\"US\"]"), 6, "[\"US\", \"ACME\"]");
  CHECK(parse_template_toml(text, "mini.toml", *registry).ok());
  CHECK_FALSE(parse_template_toml(text, "mini.toml").ok());
}
