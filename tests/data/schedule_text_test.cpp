// Schedule values as written in files and flags: offsets, times, instants, weekdays, advisories.
#include <catch2/catch.hpp>

#include "data/templates/schedule_text.hpp"

using namespace relplan;
using namespace relplan::schedule;
using namespace std::chrono_literals;

TEST_CASE("Offsets parse and print back", "[data][schedule_text]") {
  const auto [text, amount, unit] = GENERATE(table<std::string, int, Unit>({{"3 weeks", 3, Unit::weeks},
                                                                            {"-1 day", -1, Unit::days},
                                                                            {"+2 working days", 2, Unit::working_days},
                                                                            {"1 working day", 1, Unit::working_days},
                                                                            {"0 days", 0, Unit::days}}));
  auto o = parse_offset(text, "offset");
  REQUIRE(o.ok());
  CHECK(*o == Offset{amount, unit});
  CHECK(parse_offset(to_string(*o), "offset").value() == *o);
}

TEST_CASE("Advisories: a public instant, a report date, options", "[data][schedule_text]") {
  auto a = parse_advisory("XSA-307@2019-12-11T12:00Z", "--advisory");
  REQUIRE(a.ok());
  CHECK(a->id == "XSA-307");
  CHECK(format_instant(*a->public_at) == "2019-12-11T12:00Z");
  CHECK_FALSE(a->reported);
  CHECK(a->fix_in_release);
  auto r = parse_advisory("XSA-308@reported:2019-11-20", "--advisory");
  REQUIRE(r.ok());
  CHECK_FALSE(r->public_at);
  CHECK(format_date(*r->reported) == "2019-11-20");
  auto both = parse_advisory("XSA-309@2020-01-14T12:00Z,reported:2019-12-20,not-in-release", "--advisory");
  REQUIRE(both.ok());
  CHECK(format_date(*both->reported) == "2019-12-20");
  CHECK_FALSE(both->fix_in_release);
}

TEST_CASE("Bad values name the field, the rule and the text", "[data][schedule_text]") {
  CHECK(parse_advisory("XSA-307", "--advisory").error().message ==
        "--advisory: expected ID@YYYY-MM-DDTHH:MMZ, saw 'XSA-307'");
  CHECK(parse_advisory("XSA-307@2019-12-11 12:00", "--advisory").error().message ==
        "--advisory: expected ID@YYYY-MM-DDTHH:MMZ, saw 'XSA-307@2019-12-11 12:00'");
  CHECK(parse_advisory("@2019-12-11T12:00Z", "--advisory").error().message ==
        "--advisory: expected ID@YYYY-MM-DDTHH:MMZ, saw '@2019-12-11T12:00Z'");
  CHECK(parse_advisory("XSA-1@reported:2019-13-01", "--advisory").error().message ==
        "--advisory: expected ID@reported:YYYY-MM-DD (a report date), saw 'XSA-1@reported:2019-13-01'");
  CHECK(parse_advisory("XSA-1@2019-12-11T12:00Z,urgent", "--advisory").error().message ==
        "--advisory: expected ID@YYYY-MM-DDTHH:MMZ followed by ,reported:YYYY-MM-DD or ,not-in-release, saw "
        "'XSA-1@2019-12-11T12:00Z,urgent'");
  CHECK(parse_instant("2019-12-11T24:00Z", "at").error().message ==
        "at: expected an instant in UTC as YYYY-MM-DDTHH:MMZ, saw '2019-12-11T24:00Z'");
  CHECK(parse_local_time("09:00 Europe/Berlni", "--lift").error().message ==
        "--lift: expected an IANA time zone name such as Europe/Berlin, saw 'Europe/Berlni'");
  CHECK(parse_hours("09:00-24:00", "h").value() == std::pair{9h + 0min, 24h + 0min});
  CHECK(parse_time_of_day("7:00", "t").error().message ==
        "t: expected a time of day as HH:MM (00:00..23:59), saw '7:00'");
  CHECK(parse_weekdays("tue,wed,thu", "w").value().to_string() == "tue,wed,thu");
  CHECK(parse_weekdays("tue,wednesday", "w").error().message ==
        "w: expected weekdays such as 'tue,wed,thu' (mon tue wed thu fri sat sun), saw 'tue,wednesday'");
  CHECK(format_time_of_day(12h) == "12:00");
}
