// The calendar file reader: broken files are rejected with the file, line, rule and field.
#include <catch2/catch.hpp>

#include "calendars/io/calendar_toml.hpp"
#include "calendars/io/registry.hpp"

using namespace relplan;

namespace {

const std::string good_header = R"(id = "T"
name = "Test"
first_year = 2000
last_year = 2050
weekend = ["sat", "sun"]
)";

std::string error_of(const std::string& text) {
  auto r = parse_calendar_toml(text, "t.toml");
  return r.ok() ? std::string("(parsed)") : r.error().message;
}

}  // namespace

TEST_CASE("Broken calendar files are rejected with exact messages", "[calendars][toml]") {
  const auto [text, message] = GENERATE_COPY(table<std::string, std::string>({
      {good_header + "[[holiday]]\nname = \"Boxing Day\"\nrule = \"fixed\"\nmonth = 12\nday = 26\n"
                     "observed_sunday = \"monday\"\nsource = \"x\"\n",
       "t.toml:11: holiday 'Boxing Day': observed_sunday: expected one of none, next_working_day, "
       "previous_working_day, following_monday, preceding_friday, saw 'monday'"},
      {good_header + "[[holiday]]\nname = \"X\"\nrule = \"fixed\"\nmonth = 13\nday = 1\nsource = \"x\"\n",
       "t.toml:9: holiday 'X': month: expected an integer 1..12, saw 13"},
      {good_header + "[[holiday]]\nname = \"X\"\nrule = \"fixed\"\nmonth = 2\nday = 30\nsource = \"x\"\n",
       "t.toml:10: holiday 'X': day: expected a day of month 2, saw 30"},
      {good_header + "[[holiday]]\nname = \"X\"\nrule = \"fixed\"\nmonth = 2\nday = 3\n",
       "t.toml:6: holiday 'X': source: required field is missing"},
      {good_header + "[[holiday]]\nname = \"X\"\nrule = \"lunar\"\nsource = \"x\"\n",
       "t.toml:8: holiday 'X': rule: expected one of fixed, nth_weekday, weekday_on_or_before, "
       "weekday_on_or_after, easter, orthodox_easter, table, one_off, saw 'lunar'"},
      {good_header + "[[holiday]]\nname = \"X\"\nrule = \"nth_weekday\"\nmonth = 5\nweekday = \"mon\"\nnth = 0\n"
                     "source = \"x\"\n",
       "t.toml:11: holiday 'X': nth: expected 1..5, or -1 for the last, saw 0"},
      {good_header + "[[holiday]]\nname = \"X\"\nrule = \"table\"\ndates = [\"2024-02-30\"]\nsource = \"x\"\n",
       "t.toml:9: holiday 'X': dates: expected dates as YYYY-MM-DD, saw '2024-02-30'"},
      {good_header + "[[holiday]]\nname = \"X\"\nrule = \"one_off\"\ndate = \"2024-01-01\"\nsine = 2000\n"
                     "source = \"x\"\n",
       "t.toml:10: holiday 'X': sine: unknown field"},
      {good_header + "[[holiday]]\nname = \"X\"\nrule = \"fixed\"\nmonth = 1\nday = 1\nsince = 2010\nuntil = 2005\n"
                     "source = \"x\"\n",
       "t.toml:12: holiday 'X': until: expected a year >= since (2010), saw 2005"},
      {"id = \"gb\"\nname = \"x\"\nfirst_year = 2000\nlast_year = 2050\n",
       "t.toml:1: calendar: id: expected upper-case letters, digits and '-', saw 'gb'"},
      {"id = \"T\"\nname = \"x\"\nfirst_year = 2050\nlast_year = 2000\n",
       "t.toml:4: calendar: last_year: expected a year >= first_year (2050), saw 2000"},
      {"id = \"T\"\nname = \"x\"\nlast_year = 2000\n", "t.toml:1: calendar: first_year: required field is missing"},
      {good_header + "weekend2 = 1\n[[holiday]]\nname = \"X\"\nrule = \"easter\"\nsource = \"s\"\n",
       "t.toml:6: calendar: weekend2: unknown field"},
      {"id = \"T\"\nname = \"x\"\nfirst_year = 2000\nlast_year = 2050\nweekend = [\"sat\", \"sunday\"]\n",
       "t.toml:5: calendar: weekend: expected weekdays mon, tue, wed, thu, fri, sat, sun, saw 'sunday'"},
      {"id = \"T\"\nname = = \"x\"\n", "t.toml:2: Error while parsing value: could not determine value type"},
  }));
  CHECK(error_of(text) == message);
}

TEST_CASE("A minimal valid file parses with the documented defaults", "[calendars][toml]") {
  auto spec =
      parse_calendar_toml(good_header + "[[holiday]]\nname = \"X\"\nrule = \"easter\"\nsource = \"s\"\n", "t.toml");
  REQUIRE(spec.ok());
  const auto& rule = (*spec)->holidays.at(0);
  CHECK(std::get<EasterOffset>(rule.rule).offset == 0);
  CHECK(rule.kind == DayKind::holiday);
  CHECK(rule.confidence == Confidence::official);
  CHECK(rule.observed_saturday == ObservedPolicy::none);
  CHECK(rule.since == 1999);
  CHECK(rule.until == 2051);
  CHECK((*spec)->weekend.to_string() == "sat,sun");
}

TEST_CASE("Files given at run time add calendars and replace shipped ones by id", "[calendars][toml]") {
  const std::string one_rule =
      "[[holiday]]\nname = \"New Year's Day\"\nrule = \"fixed\"\nmonth = 1\nday = 1\nsource = \"s\"\n";
  const std::vector<CalendarFile> extra{
      {"team/us.toml",
       "id = \"US\"\nname = \"Replaced\"\nfirst_year = 2020\nlast_year = 2030\nweekend = [\"sun\"]\n" + one_rule},
      {"team/xx.toml", "id = \"XX\"\nname = \"Added\"\nfirst_year = 2020\nlast_year = 2030\n" + one_rule},
  };
  auto registry = CalendarRegistry::load(shipped_calendar_files(), extra);
  REQUIRE(registry.ok());
  std::vector<std::string> names;
  for (const auto& s : registry->specs()) names.push_back(s->id + "=" + s->name);
  CHECK(names == std::vector<std::string>{
                     "CN=Mainland China public holidays (State Council)", "DE=Germany nationwide public holidays",
                     "FR=France public holidays (jours fériés)", "GB-ENG=England and Wales bank holidays",
                     "JP=Japan national holidays (Act on National Holidays)", "US=Replaced",
                     "US-FED-CLOSINGS=US federal office closings by executive order", "XX=Added"});
  auto bad = CalendarRegistry::load(shipped_calendar_files(), std::vector<CalendarFile>{{"team/bad.toml", "id = 3\n"}});
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().message == "team/bad.toml:1: calendar: id: expected a non-empty string, saw 3");
  auto unknown = CalendarRegistry::shipped().joined("US,XY", "--calendar");
  REQUIRE_FALSE(unknown.ok());
  CHECK(unknown.error().message ==
        "--calendar: expected a known calendar (CN, DE, FR, GB-ENG, JP, US, US-FED-CLOSINGS), saw 'XY'");
}
