// Hostile calendar files (issue 10): what once looped, was silently dropped or silently replaced a
// shipped calendar is now an error (or a warning) with the file, the key, the value and the rule.
#include <catch2/catch.hpp>

#include <climits>

#include "calendars/combine.hpp"
#include "calendars/evaluate.hpp"
#include "calendars/io/blackout_text.hpp"
#include "calendars/io/calendar_toml.hpp"
#include "calendars/io/registry.hpp"
#include "calendars/workdays.hpp"
#include "tests/support/calendars.hpp"

using namespace relplan;
using test::day;

namespace {

const std::string header = R"(id = "T"
name = "Test"
first_year = 2000
last_year = 2050
weekend = ["sat", "sun"]
)";

// The message of loading `text` as a file given at run time ("(loaded)" when it loads).
std::string load_error(const std::string& text) {
  auto r = CalendarRegistry::load({}, std::vector<CalendarFile>{{"team/t.toml", text}});
  return r.ok() ? std::string("(loaded)") : r.error().message;
}

// A table holiday on every day from `first`, `count` days long, with the given observed policies.
std::string festival(const std::string& first, int count, const std::string& observed) {
  std::string dates;
  for (int i = 0; i < count; ++i) dates += (i ? ", \"" : "\"") + format_date(day(first) + date::days{i}) + "\"";
  return "[[holiday]]\nname = \"Festival\"\nrule = \"table\"\ndates = [" + dates + "]\n" + observed +
         "source = \"s\"\n";
}

std::shared_ptr<CalendarSpec> spec_with_one_rule() {
  auto spec = std::make_shared<CalendarSpec>();
  spec->id = "T";
  spec->name = "Test";
  spec->first_year = 2000;
  spec->last_year = 2050;
  HolidayRule rule;
  rule.name = "New Year's Day";
  rule.rule = FixedDate{date::January, date::day{1}};
  rule.since = 1999;
  rule.until = 2051;
  rule.observed_saturday = ObservedPolicy::next_working_day;
  rule.observed_sunday = ObservedPolicy::next_working_day;
  rule.source = "s";
  spec->holidays.push_back(rule);
  return spec;
}

}  // namespace

TEST_CASE("A calendar needs a working day a week: the reader says so, and evaluate() cannot loop",
          "[calendars][hostile]") {
  // Once: this file made evaluate() search for a working day forever.
  const std::string every_day_off = R"(id = "T"
name = "Test"
first_year = 2000
last_year = 2050
weekend = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
[[holiday]]
name = "New Year's Day"
rule = "fixed"
month = 1
day = 1
observed_saturday = "next_working_day"
source = "s"
)";
  CHECK(load_error(every_day_off) ==
        "team/t.toml:5: calendar: weekend: expected at least one working day a week, saw "
        "'mon,tue,wed,thu,fri,sat,sun'");
  // A spec made in code does not go through the reader; evaluate() checks it too.
  auto spec = spec_with_one_rule();
  for (unsigned wd = 0; wd < 7; ++wd) spec->weekend.insert(date::weekday{wd});
  auto cal = evaluate(spec);
  REQUIRE_FALSE(cal.ok());
  CHECK(cal.error().message ==
        "calendar T: weekend: expected at least one working day a week, saw 'mon,tue,wed,thu,fri,sat,sun'");
  // Six weekend days are allowed: Saturday 2000-01-01 is observed on the one working day, Monday.
  auto six = spec_with_one_rule();
  for (unsigned wd = 0; wd < 7; ++wd) {
    if (wd != 1) six->weekend.insert(date::weekday{wd});
  }
  auto ok = evaluate(six);
  REQUIRE(ok.ok());
  CHECK(ok->reasons_off(day("2000-01-03")).at(0).kind == DayKind::observed);
}

TEST_CASE("Observed searches give up after 14 days with an error naming the rule", "[calendars][hostile]") {
  const auto [text, message] = GENERATE_COPY(table<std::string, std::string>({
      // Sat 2024-01-06 .. Thu 2024-01-25 are all holidays: no free day in the 14 days after the 6th.
      {header + festival("2024-01-06", 20, "observed_saturday = \"next_working_day\"\n"),
       "team/t.toml: calendar T: holiday 'Festival': observed_saturday: expected a free day (not a weekend day, "
       "holiday or observed day) within 14 days after 2024-01-06 (next_working_day), saw none"},
      // Mon 2024-01-01 .. Sun 2024-01-21: Sun 7th takes Fri 2023-12-29, Sun 14th would need the 28th.
      {header + festival("2024-01-01", 21, "observed_sunday = \"previous_working_day\"\n"),
       "team/t.toml: calendar T: holiday 'Festival': observed_sunday: expected a free day (not a weekend day, "
       "holiday or observed day) within 14 days before 2024-01-14 (previous_working_day), saw none"},
      // Eleven days of holidays after a Saturday still find a day.
      {header + festival("2024-01-06", 11, "observed_saturday = \"next_working_day\"\n"), "(loaded)"},
  }));
  CHECK(load_error(text) == message);
}

TEST_CASE("A calendar file without rules, or with more than 1000, is an error", "[calendars][hostile]") {
  CHECK(load_error(header) == "team/t.toml:1: calendar: holiday: expected at least one [[holiday]] rule, saw none");
  std::string many = header;
  for (int i = 0; i < 1001; ++i) many += "[[holiday]]\nname = \"X\"\nrule = \"easter\"\nsource = \"s\"\n";
  CHECK(load_error(many) == "team/t.toml:6: calendar: holiday: expected at most 1000 rules, saw 1001");
  CHECK(load_error(header + "[[workday]]\nname = \"W\"\ndates = [\"2024-01-06\"]\nsource = \"s\"\n") ==
        "team/t.toml:1: calendar: holiday: expected at least one [[holiday]] rule, saw none");
}

TEST_CASE("Replacing a shipped calendar with fewer rules is a warning", "[calendars][hostile]") {
  const auto jp_rules = [] {
    for (const auto& s : CalendarRegistry::shipped().specs()) {
      if (s->id == "JP") return s->rule_count();
    }
    return std::size_t{0};
  }();
  REQUIRE(jp_rules > 2);
  const std::string truncated_jp = R"(id = "JP"
name = "Japan, truncated"
first_year = 2000
last_year = 2050
weekend = ["sat", "sun"]
[[holiday]]
name = "New Year's Day"
rule = "fixed"
month = 1
day = 1
source = "s"
)";
  const std::string other = R"(id = "XX"
name = "Added"
first_year = 2000
last_year = 2050
[[holiday]]
name = "Day"
rule = "fixed"
month = 5
day = 1
source = "s"
)";
  auto registry = CalendarRegistry::load(
      shipped_calendar_files(),
      std::vector<CalendarFile>{{"team/jp.toml", truncated_jp}, {"team/xx.toml", other}, {"team/xx2.toml", other}});
  REQUIRE(registry.ok());
  CHECK(registry->warnings() == std::vector<std::string>{"team/jp.toml: replaces the shipped calendar JP (" +
                                                             std::to_string(jp_rules) + " rules) with fewer rules (1)",
                                                         "team/xx2.toml: replaces calendar XX of team/xx.toml"});
  // The replacement is still used: a warning, not an error.
  CHECK(registry->get("JP")->layers().front()->names.size() == 1);
  // No warning for the shipped files alone, or for a replacement with as many rules.
  CHECK(CalendarRegistry::shipped().warnings().empty());
  std::string jp_text;
  for (const auto& f : shipped_calendar_files()) {
    if (std::string(f.path).ends_with("jp.toml")) jp_text = f.text;
  }
  REQUIRE_FALSE(jp_text.empty());
  auto same = CalendarRegistry::load(shipped_calendar_files(), std::vector<CalendarFile>{{"team/jp.toml", jp_text}});
  REQUIRE(same.ok());
  CHECK(same->warnings().empty());
}

TEST_CASE("Dates outside the years they can count in are errors, not dropped", "[calendars][hostile]") {
  const auto [text, message] = GENERATE_COPY(table<std::string, std::string>({
      {header +
           "[[holiday]]\nname = \"X\"\nrule = \"table\"\ndates = [\"2024-05-01\", \"2051-01-01\"]\nsource = \"s\"\n",
       "t.toml:9: holiday 'X': dates: expected dates in the calendar's years first_year..last_year (2000..2050), saw "
       "'2051-01-01'"},
      {header + "[[holiday]]\nname = \"X\"\nrule = \"one_off\"\ndate = \"1999-12-31\"\nsource = \"s\"\n",
       "t.toml:9: holiday 'X': date: expected a date in the calendar's years first_year..last_year (2000..2050), saw "
       "'1999-12-31'"},
      {header + "[[holiday]]\nname = \"X\"\nrule = \"table\"\ndates = [\"2005-03-01\"]\nsince = 2010\nsource = \"s\"\n",
       "t.toml:9: holiday 'X': dates: expected dates in the years of since..until within first_year..last_year "
       "(2010..2050), saw '2005-03-01'"},
      {header + "[[holiday]]\nname = \"X\"\nrule = \"one_off\"\ndate = \"2020-06-01\"\nuntil = 2019\nsource = \"s\"\n",
       "t.toml:9: holiday 'X': date: expected a date in the years of since..until within first_year..last_year "
       "(2000..2019), saw '2020-06-01'"},
      {header + "[[holiday]]\nname = \"X\"\nrule = \"easter\"\nsource = \"s\"\n[[workday]]\nname = \"W\"\n"
                "dates = [\"2060-01-03\"]\nsource = \"s\"\n",
       "t.toml:12: workday 'W': dates: expected dates in the calendar's years first_year..last_year (2000..2050), saw "
       "'2060-01-03'"},
      // Impossible dates: the value and the rule.
      {header + "[[holiday]]\nname = \"X\"\nrule = \"one_off\"\ndate = \"2023-02-30\"\nsource = \"s\"\n",
       "t.toml:9: holiday 'X': date: expected a date as YYYY-MM-DD, saw '2023-02-30'"},
      {header + "[[holiday]]\nname = \"X\"\nrule = \"table\"\ndates = [\"2023-02-30\"]\nsource = \"s\"\n",
       "t.toml:9: holiday 'X': dates: expected dates as YYYY-MM-DD, saw '2023-02-30'"},
      {header + "[[holiday]]\nname = \"X\"\nrule = \"table\"\ndates = [2023-02-03]\nsource = \"s\"\n",
       "t.toml:9: holiday 'X': dates: expected dates as YYYY-MM-DD, saw a value of another type"},
  }));
  auto r = parse_calendar_toml(text, "t.toml");
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().message == message);
}

TEST_CASE("Blackout offsets are a sign and digits, and the calendar is named", "[calendars][hostile]") {
  const auto [text, message] = GENERATE(table<std::string, std::string>({
      {"CN:Spring Festival-1..+-5",
       "blackouts: expected offsets such as -1..+6 (days, at most 366), saw 'CN:Spring Festival-1..+-5'"},
      {"CN:Spring Festival-1..+0005",
       "blackouts: expected offsets such as -1..+6 (days, at most 366), saw 'CN:Spring Festival-1..+0005'"},
      {":Spring Festival-1..+5",
       "blackouts: expected MM-DD..MM-DD, YYYY-MM-DD..YYYY-MM-DD or CAL:Holiday name-N..+N, saw ':Spring "
       "Festival-1..+5'"},
      {"12-31..12-30x",
       "blackouts: expected MM-DD..MM-DD, YYYY-MM-DD..YYYY-MM-DD or CAL:Holiday name-N..+N, saw '12-31..12-30x'"},
  }));
  auto w = parse_blackout(text, "blackouts");
  REQUIRE_FALSE(w.ok());
  CHECK(w.error().message == message);
}

TEST_CASE("Blackouts and overrides are bounded in number and in days", "[calendars][hostile]") {
  const auto us = test::shipped("US");
  // 54 windows of the whole range (18628 days each) cross 1,000,000 days.
  std::vector<BlackoutWindow> whole(54, parse_blackout("2000-01-01..2050-12-31").value());
  auto big = with_blackouts(us, whole);
  REQUIRE_FALSE(big.ok());
  CHECK(big.error().message ==
        "blackouts: expected windows that mark at most 1000000 days in all over 2000-01-01..2050-12-31, saw "
        "'2000-01-01..2050-12-31'");
  whole.resize(53);
  CHECK(with_blackouts(us, whole).ok());
  std::vector<BlackoutWindow> many(65536, parse_blackout("2026-02-14..2026-02-14").value());
  auto too_many = with_blackouts(us, many);
  REQUIRE_FALSE(too_many.ok());
  CHECK(too_many.error().message == "blackouts: expected at most 65535 windows, saw 65536");
  std::vector<DayOverride> overrides(65536, DayOverride{day("2026-03-11"), true, "Summit"});
  auto own = override_days(us, "team", overrides);
  REQUIRE_FALSE(own.ok());
  CHECK(own.error().message == "overrides: expected at most 65535 days, saw 65536");
  // Relative windows made in code keep the parser's offset bound.
  const std::vector<BlackoutWindow> far{
      {"CN:Spring Festival-1..+5000", BlackoutWindow::Relative{"CN", "Spring Festival", -1, 5000}}};
  auto cn = with_blackouts(us, far, std::vector<Calendar>{test::shipped("CN")});
  REQUIRE_FALSE(cn.ok());
  CHECK(cn.error().message ==
        "blackouts: expected offsets -366..+366, the end not before the start, saw 'CN:Spring Festival-1..+5000'");
}

TEST_CASE("Joined calendar lists and working-day steps are bounded", "[calendars][hostile]") {
  std::string ids = "US";
  for (int i = 0; i < 64; ++i) ids += ",US";
  auto joined = CalendarRegistry::shipped().joined(ids, "--calendar");
  REQUIRE_FALSE(joined.ok());
  CHECK(joined.error().message == "--calendar: expected at most 64 calendar ids, saw 65 ids");
  // INT_MIN working days: a walk to the range's start, then the range error (no overflow of -n).
  const auto us = test::shipped("US");
  auto back = add_working_days(us, day("2026-01-05"), INT_MIN);
  REQUIRE_FALSE(back.ok());
  CHECK(back.error().message.starts_with("calendar US: year 1999 is outside 2000..2050"));
  auto forward = add_working_days(us, day("2026-01-05"), INT_MAX);
  REQUIRE_FALSE(forward.ok());
  CHECK(forward.error().message.starts_with("calendar US: year 2051 is outside 2000..2050"));
}
