// Press embargo dates and the lift instant across DST changes, with each gap and overlap policy.
#include <catch2/catch.hpp>

#include "planner/schedule/press.hpp"
#include "tests/support/calendars.hpp"

using namespace relplan;
using namespace relplan::schedule;
using namespace std::chrono_literals;
using test::day;

namespace {
std::string utc(date::sys_seconds t) { return date::format("%F %H:%M", t); }
std::string local(const ZonedInstant& z) { return date::format("%F %H:%M ", z.local) + z.abbrev; }
}  // namespace

TEST_CASE("Press dates of the worked example: Tue 2019-12-17", "[planner][schedule][press]") {
  const auto press = test::shipped("US,GB-ENG,DE");
  PressPolicy policy;
  policy.zones = {"Europe/Berlin", "Asia/Shanghai"};
  const auto p = plan_press(press, day("2019-12-17"), policy).value();
  CHECK(format_date(p.collateral) == "2019-12-13");  // Tue - 2 working days: Mon 16, Fri 13
  CHECK(format_date(p.briefings) == "2019-12-13");   // Tue - 4 days
  CHECK(format_date(p.approval) == "2019-12-03");    // Tue - 2 weeks
  CHECK(utc(p.lift_utc) == "2019-12-17 17:00");      // 09:00 PST
  CHECK(local(p.lift_local) == "2019-12-17 09:00 PST");
  REQUIRE(p.stakeholders.size() == 2);
  CHECK(local(p.stakeholders[0]) == "2019-12-17 18:00 CET");
  CHECK(local(p.stakeholders[1]) == "2019-12-18 01:00 CST");
}

TEST_CASE("Leads in days move back to a working day - leads in working days count them", "[planner][schedule][press]") {
  const auto press = test::shipped("US");
  const auto p = plan_press(press, day("2019-12-19"), PressPolicy{}).value();
  CHECK(format_date(p.collateral) == "2019-12-17");  // Thu - 2 working days
  CHECK(format_date(p.briefings) == "2019-12-13");   // Thu - 4 days = Sun 15 -> the Friday before
  CHECK(format_date(p.approval) == "2019-12-05");
  // Over Thanksgiving: Mon 2019-12-02 - 2 working days = Wed 11-27 (Thu 28 off in the US).
  CHECK(format_date(plan_press(press, day("2019-12-02"), PressPolicy{})->collateral) == "2019-11-27");
}

TEST_CASE("09:00 Los Angeles in Berlin and Shanghai around the DST changes", "[planner][schedule][press]") {
  // The US and the EU change clocks on different weekends (US: second Sunday of March, first of November;
  // EU: last Sunday of March and of October); China has no DST.
  const auto [release, lift_utc, berlin, shanghai] =
      GENERATE(table<std::string, std::string, std::string, std::string>({
          {"2026-03-03", "2026-03-03 17:00", "2026-03-03 18:00 CET", "2026-03-04 01:00 CST"},   // both standard
          {"2026-03-10", "2026-03-10 16:00", "2026-03-10 17:00 CET", "2026-03-11 00:00 CST"},   // US summer, EU not yet
          {"2026-03-31", "2026-03-31 16:00", "2026-03-31 18:00 CEST", "2026-04-01 00:00 CST"},  // both summer
          {"2026-10-27", "2026-10-27 16:00", "2026-10-27 17:00 CET", "2026-10-28 00:00 CST"},   // EU back, US not yet
          {"2026-11-03", "2026-11-03 17:00", "2026-11-03 18:00 CET", "2026-11-04 01:00 CST"},   // both standard
      }));
  PressPolicy policy;
  policy.zones = {"Europe/Berlin", "Asia/Shanghai"};
  const auto p = plan_press(test::shipped("US"), day(release), policy).value();
  INFO(release);
  CHECK(utc(p.lift_utc) == lift_utc);
  CHECK(local(p.stakeholders[0]) == berlin);
  CHECK(local(p.stakeholders[1]) == shanghai);
}

TEST_CASE("A lift time in a DST gap or overlap follows the policy", "[planner][schedule][press]") {
  const auto [zone, when, time, gap, overlap, expected] =
      GENERATE(table<std::string, std::string, int, DstGap, DstOverlap, std::string>({
          // 02:30 does not exist in Los Angeles on Sun 2026-03-08 (02:00 PST -> 03:00 PDT).
          {"America/Los_Angeles", "2026-03-08", 150, DstGap::earlier, DstOverlap::reject, "2026-03-08 09:30"},
          {"America/Los_Angeles", "2026-03-08", 150, DstGap::later, DstOverlap::reject, "2026-03-08 10:30"},
          // 01:30 happens twice on Sun 2026-11-01 (01:30 PDT = 08:30 UTC, 01:30 PST = 09:30 UTC).
          {"America/Los_Angeles", "2026-11-01", 90, DstGap::reject, DstOverlap::earlier, "2026-11-01 08:30"},
          {"America/Los_Angeles", "2026-11-01", 90, DstGap::reject, DstOverlap::later, "2026-11-01 09:30"},
          // Dublin (negative DST in the tz database's main data): 01:30 does not exist on Sun 2026-03-29.
          {"Europe/Dublin", "2026-03-29", 90, DstGap::earlier, DstOverlap::reject, "2026-03-29 00:30"},
          {"Europe/Dublin", "2026-03-29", 90, DstGap::later, DstOverlap::reject, "2026-03-29 01:30"},
          // Outside any transition the policies play no part.
          {"America/Los_Angeles", "2026-03-09", 150, DstGap::reject, DstOverlap::reject, "2026-03-09 09:30"},
      }));
  INFO(zone << " " << when);
  auto t = to_utc(day(when), {std::chrono::minutes{time}, zone}, gap, overlap, "lift");
  REQUIRE(t.ok());
  CHECK(utc(*t) == expected);
}

TEST_CASE("Rejected DST times and unknown zones are errors naming the time and the zone",
          "[planner][schedule][press]") {
  auto gap = to_utc(day("2026-03-08"), {150min, "America/Los_Angeles"}, DstGap::reject, DstOverlap::earlier, "lift");
  REQUIRE_FALSE(gap.ok());
  CHECK(gap.error().message ==
        "lift: 2026-03-08 02:30 America/Los_Angeles does not exist (clocks jump from 02:00 to 03:00); the DST gap "
        "policy is reject");
  auto overlap = to_utc(day("2026-11-01"), {90min, "America/Los_Angeles"}, DstGap::later, DstOverlap::reject, "lift");
  REQUIRE_FALSE(overlap.ok());
  CHECK(overlap.error().message ==
        "lift: 2026-11-01 01:30 America/Los_Angeles happens twice (clocks go back from 02:00 to 01:00); the DST "
        "overlap policy is reject");
  PressPolicy policy;
  policy.zones = {"Europe/Berlin", "Mars/Olympus_Mons"};
  auto bad_zone = plan_press(test::shipped("US"), day("2019-12-17"), policy);
  REQUIRE_FALSE(bad_zone.ok());
  CHECK(bad_zone.error().message ==
        "zone: expected an IANA time zone name such as Europe/Berlin, saw 'Mars/Olympus_Mons'");
  CHECK(validate(policy).error().message == bad_zone.error().message);
  PressPolicy lead;
  lead.collateral_lead = {-2, Unit::working_days};
  CHECK(validate(lead).error().message ==
        "press: collateral_lead: expected a lead of 0..366 days, weeks or working days, saw '-2 working days'");
  PressPolicy no_days;
  no_days.release_weekdays = WeekdaySet{};
  CHECK(validate(no_days).error().message == "press: release_weekdays: expected at least one weekday, saw none");
}
