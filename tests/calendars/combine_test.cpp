// join, intersect, override_days and with_blackouts return new values and leave their inputs alone.
#include <catch2/catch.hpp>

#include "calendars/combine.hpp"
#include "calendars/io/blackout_text.hpp"
#include "tests/support/calendars.hpp"
#include "tests/support/expected_files.hpp"

using namespace relplan;
using test::day;

TEST_CASE("join: off in any, intersect: off in all, the range is the overlap", "[calendars][combine]") {
  const auto us = test::shipped("US");
  const auto gb = test::shipped("GB-ENG");
  const std::vector<Calendar> both{us, gb};
  const auto joined = join(both).value();
  const auto common = intersect(both).value();
  CHECK(joined.id() == "US+GB-ENG");
  CHECK(common.id() == "US&GB-ENG");
  for (const auto& [date, us_off, gb_off] : std::vector<std::tuple<std::string, bool, bool>>{
           {"2026-07-03", true, false},  // Independence Day observed (4 July is a Saturday)
           {"2026-08-31", false, true},  // Summer bank holiday
           {"2026-12-25", true, true},
           {"2026-03-11", false, false},
       }) {
    INFO(date);
    CHECK(joined.is_off_unchecked(day(date)) == (us_off || gb_off));
    CHECK(common.is_off_unchecked(day(date)) == (us_off && gb_off));
  }
  // The inputs are unchanged values.
  CHECK(us.is_working_day(day("2026-08-31")).value());
  CHECK(gb.is_working_day(day("2026-07-03")).value());

  const std::string rule = "[[holiday]]\nname = \"X\"\nrule = \"fixed\"\nmonth = 1\nday = 1\nsource = \"s\"\n";
  const auto narrow = test::calendar_from_toml(
      "id = \"N\"\nname = \"n\"\nfirst_year = 2030\nlast_year = 2060\nweekend = [\"sat\", \"sun\"]\n" + rule);
  const auto overlap = join(std::vector<Calendar>{us, narrow}).value();
  CHECK(format_date(overlap.first_day()) == "2030-01-01");
  CHECK(format_date(overlap.last_day()) == "2050-12-31");
  const auto disjoint =
      test::calendar_from_toml("id = \"D\"\nname = \"d\"\nfirst_year = 2060\nlast_year = 2070\n" + rule);
  auto none = join(std::vector<Calendar>{us, disjoint});
  REQUIRE_FALSE(none.ok());
  CHECK(none.error().message == "calendars US+D: their year ranges do not overlap");
}

TEST_CASE("override_days adds and removes days without touching the original", "[calendars][combine]") {
  const auto gb = test::shipped("GB-ENG");
  const std::vector<DayOverride> overrides{{day("2026-03-11"), true, "Project summit"},
                                           {day("2026-08-31"), false, "Worked bank holiday"}};
  const auto team = override_days(gb, "team", overrides).value();
  CHECK_FALSE(team.is_working_day(day("2026-03-11")).value());
  CHECK(team.is_working_day(day("2026-08-31")).value());
  CHECK(gb.is_working_day(day("2026-03-11")).value());
  CHECK_FALSE(gb.is_working_day(day("2026-08-31")).value());
  const auto reasons = team.reasons_off(day("2026-03-11"));
  REQUIRE(reasons.size() == 1);
  CHECK(reasons[0].calendar == "team");
  CHECK(reasons[0].name == "Project summit");
  auto outside = override_days(gb, "team", std::vector<DayOverride>{{day("2051-01-02"), true, "x"}});
  REQUIRE_FALSE(outside.ok());
  CHECK(outside.error().message ==
        "calendar GB-ENG: year 2051 is outside 2000..2050 (gov.uk publishes proclaimed dates about two years ahead; "
        "later years follow the standing pattern)");
}

TEST_CASE("Blackout windows: yearly across the year end, dated, relative to a holiday", "[calendars][combine]") {
  const auto team = test::shipped("US,GB-ENG");
  const auto cn = test::shipped("CN");
  std::vector<BlackoutWindow> windows;
  for (const char* text : {"12-20..01-05", "2026-06-08..2026-06-10", "CN:Spring Festival-1..+6"}) {
    windows.push_back(parse_blackout(text).value());
  }
  const auto blocked = with_blackouts(team, windows, std::vector<Calendar>{cn}).value();
  for (const auto& [date, off] : std::vector<std::pair<std::string, bool>>{
           {"2025-12-19", false},
           {"2025-12-20", true},
           {"2026-01-05", true},
           {"2026-01-06", false},
           {"2026-06-08", true},
           {"2026-06-10", true},
           {"2026-06-11", false},
           // Spring Festival 2026 starts Sun 15 Feb (break 15-23 Feb): window 14..21 Feb.
           {"2026-02-13", false},
           {"2026-02-17", true},
           {"2026-02-20", true},
           {"2026-02-23", false},
       }) {
    INFO(date);
    CHECK(blocked.is_off_unchecked(day(date)) == off);
  }
  CHECK_FALSE(team.is_off_unchecked(day("2026-02-17")));  // the team calendar itself is unchanged
  const auto reasons = blocked.reasons_off(day("2026-02-17"));
  REQUIRE(reasons.size() == 1);
  CHECK(reasons[0].calendar == "blackout");
  CHECK(reasons[0].name == "CN:Spring Festival-1..+6");
  CHECK(reasons[0].kind == DayKind::blackout);

  auto missing = with_blackouts(team, std::vector<BlackoutWindow>{parse_blackout("CN:Spring Festival-1..+6").value()});
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().message == "blackout 'CN:Spring Festival-1..+6': calendar CN is not loaded");
  auto unknown = with_blackouts(team, std::vector<BlackoutWindow>{parse_blackout("US:Festivus-1..+1").value()});
  REQUIRE_FALSE(unknown.ok());
  CHECK(unknown.error().message == "blackout 'US:Festivus-1..+1': calendar US has no holiday named 'Festivus'");
}

TEST_CASE("Blackout texts are parsed or rejected with the rule", "[calendars][combine]") {
  const auto [text, message] = GENERATE(table<std::string, std::string>({
      {"12-20", "blackout: expected MM-DD..MM-DD, YYYY-MM-DD..YYYY-MM-DD or CAL:Holiday name-N..+N, saw '12-20'"},
      {"02-29..03-01",
       "blackout: expected MM-DD..MM-DD, YYYY-MM-DD..YYYY-MM-DD or CAL:Holiday name-N..+N, saw '02-29..03-01'"},
      {"2026-02-10..2026-02-01",
       "blackout: expected a window whose end is not before its start, saw '2026-02-10..2026-02-01'"},
      {"CN:Spring Festival..+6",
       "blackout: expected MM-DD..MM-DD, YYYY-MM-DD..YYYY-MM-DD or CAL:Holiday name-N..+N, saw 'CN:Spring "
       "Festival..+6'"},
      {"CN:Spring Festival+3..-1",
       "blackout: expected a window whose end is not before its start, saw 'CN:Spring Festival+3..-1'"},
  }));
  auto r = parse_blackout(text);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().message == message);
}

TEST_CASE("reasons_off names each holiday and the weekend", "[calendars][combine]") {
  const auto team = test::shipped("US,GB-ENG");
  std::vector<std::string> reasons;
  for (const auto& o : team.reasons_off(day("2021-12-25"))) {
    reasons.push_back(o.calendar + ": " + o.name + " [" + std::string(to_string(o.kind)) + "]");
  }
  CHECK(test::diff_lists({"US: Christmas Day [holiday]", "US: weekend [weekend]", "GB-ENG: Christmas Day [holiday]",
                          "GB-ENG: weekend [weekend]"},
                         reasons) == "");
  CHECK(team.reasons_off(day("2021-12-22")).empty());
}
