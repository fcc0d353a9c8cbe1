// RFC 5545 output: folding, escaping, and a round trip through a real iCalendar parser.
#include <catch2/catch.hpp>

#include "data/export/holidays.hpp"
#include "data/export/ics.hpp"
#include "tests/support/calendars.hpp"
#include "tests/support/ics_parse.hpp"
#include "tests/support/run_cli.hpp"

using namespace relplan;

TEST_CASE("TEXT values are escaped and long lines folded at 75 octets", "[data][ics]") {
  CHECK(ics::escape_text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne");
  const std::string line = "SUMMARY:" + std::string(100, 'x');
  const auto folded = ics::fold(line);
  CHECK(folded == "SUMMARY:" + std::string(67, 'x') + "\r\n " + std::string(33, 'x') + "\r\n");
  // A multi-byte character is never split: 74 ASCII octets then "é" (2 octets) moves to the next line.
  const auto utf8 = ics::fold(std::string(74, 'a') + "\xC3\xA9");
  CHECK(utf8 == std::string(74, 'a') + "\r\n \xC3\xA9\r\n");
}

TEST_CASE("Holiday ICS is read back by python3-icalendar with stable UIDs", "[data][ics]") {
  const auto fr = test::shipped("FR");
  const auto list = fr.occurrences(test::day("2026-07-14"), test::day("2026-08-15")).value();
  const date::sys_seconds stamp = date::sys_days{test::day("2026-11-21")} + std::chrono::hours{9};
  const auto text = holidays_ics("FR", list, stamp);
  CHECK(text == holidays_ics("FR", list, stamp));  // same input, same bytes
  CHECK(test::parse_ics(text) ==
        "2026-07-14-fr-holiday-bastille-day-f-te-nationale@relplan|2026-07-14|2026-07-15|"
        "Bastille Day (Fête nationale) (FR)|holiday\n"
        "2026-08-15-fr-holiday-assumption-day-assomption@relplan|2026-08-15|2026-08-16|"
        "Assumption Day (Assomption) (FR)|holiday\n");
}

TEST_CASE("relplan holidays --format ics parses, with CRLF lines", "[data][ics][cli]") {
  const auto run = test::run_relplan({"holidays", "--calendar", "GB-ENG", "--year", "2022", "--format", "ics"});
  REQUIRE(run.exit_code == 0);
  CHECK(run.out.rfind("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", 0) == 0);
  const auto parsed = test::parse_ics(run.out);
  CHECK(parsed.find("2022-09-19-gb-eng-special-bank-holiday-for-the-state-funeral-of-queen-elizabeth-ii@relplan|"
                    "2022-09-19|2022-09-20|") != std::string::npos);
  // 2022: 8 bank holidays, 2 one-off days (jubilee, state funeral), 2 observed days (3 Jan, 27 Dec).
  CHECK(std::count(parsed.begin(), parsed.end(), '\n') == 12);
}
