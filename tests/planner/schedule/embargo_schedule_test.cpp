// What a security embargo does to a whole schedule: the December 2019 variations (release Mon 16th or
// Tue 17th, XSA-307 public Wed 11th or Fri 13th, soak 2 or 3), each with its earliest release, earliest
// conflict-free release, RC series and conflicts in words; the slip that names each cause; press steps in a
// blackout; a press calendar other than the team's; the search bound.
//
// Dates by hand (US+GB-ENG+DE, blackouts 12-20..01-05 and CN:Spring Festival-1..+6; no holiday 12-09..12-19):
//   public Wed 11th: RC Wed 11th; soak 2 ends Fri 13th, soak 3 Mon 16th; post-embargo release Tue 17th.
//   public Fri 13th: RC Fri 13th; soak 2 ends Tue 17th, soak 3 Wed 18th; post-embargo release Wed 18th / Thu 19th.
//   collateral (2 working days before, on the team's holidays without blackouts): Tue 17th -> Fri 13th,
//   Wed 18th -> Mon 16th, Thu 19th -> Tue 17th, Tue 2020-01-07 -> Fri 2020-01-03 (Mon 01-06 is a working day).
//   conflict-free = the first Tue-Thu working day whose collateral is not before testing ends; after Thu 19th
//   the blackout leaves Tue 2020-01-07 (Mon 01-06 is no release weekday).
//   RCs (both releases plan final commits Fri 12-13): RC1 11-08 .. RC5 12-06, RC6 12-13.
#include <catch2/catch.hpp>

#include "planner/schedule/schedule.hpp"
#include "tests/support/calendars.hpp"
#include "tests/support/expected_files.hpp"
#include "tests/support/schedule.hpp"

using namespace relplan;
using namespace relplan::schedule;
using namespace std::chrono_literals;
using test::day;

namespace {

Advisory xsa307(const std::string& public_day) {
  return {"XSA-307", date::sys_seconds{day(public_day)} + 12h, std::nullopt, true};
}

Schedule plan(const std::string& release, int soak, const std::vector<Advisory>& advisories,
              SchedulePolicy policy = {}) {
  const auto cals = test::schedule_calendars("US,GB-ENG,DE", {"12-20..01-05", "CN:Spring Festival-1..+6"});
  policy.embargo.rc_soak = {soak, Unit::working_days};
  auto s = plan_schedule(test::xen_template(), cals, cals.team, policy, {"release", day(release)}, advisories);
  if (!s) FAIL(s.error().message);
  return std::move(s).value();
}

std::vector<std::string> rc_lines(const std::vector<Rc>& rcs) {
  std::vector<std::string> out;
  for (const auto& rc : rcs) {
    out.push_back(rc.name + " " + format_date(rc.date) +
                  (rc.held_from ? " held from " + format_date(*rc.held_from) : "") +
                  (rc.note.empty() ? "" : ": " + rc.note));
  }
  return out;
}

const std::string go_no_go = ": the go/no-go decision comes before testing ends";
const std::string not_tuesday = "release Mon 2019-12-16 is not on an allowed release weekday (tue,wed,thu)";

}  // namespace

TEST_CASE("December 2019 variations: earliest release, earliest conflict-free release, conflicts",
          "[planner][schedule][embargo]") {
  struct Case {
    std::string release, public_day;
    int soak;
    std::string earliest;
    int slip;
    std::string collateral, conflict_free, conflict_free_collateral;
    std::vector<std::string> conflicts;
  };
  const auto slip = [](const std::string& planned, const std::string& to, const std::string& days,
                       const std::string& public_day, int soak, const std::string& rest) {
    return "release planned " + planned + " slips to " + to + " (" + days + "): XSA-307 is public " + public_day +
           " 12:00 UTC and the post-embargo RC is cut then; RC soak " + std::to_string(soak) +
           " working days: testing ends " + rest;
  };
  const std::string weekend = " (over Sat 2019-12-14..Sun 2019-12-15 weekend)";
  const auto c = GENERATE_REF(values<Case>({
      {"2019-12-17", "2019-12-11", 2, "2019-12-17", 0, "2019-12-13", "2019-12-17", "2019-12-13", {}},
      {"2019-12-17",
       "2019-12-11",
       3,
       "2019-12-17",
       0,
       "2019-12-13",
       "2019-12-18",
       "2019-12-16",
       {"press collateral is due Fri 2019-12-13 but testing of the post-embargo RC ends Mon 2019-12-16" + go_no_go}},
      {"2019-12-17",
       "2019-12-13",
       2,
       "2019-12-18",
       1,
       "2019-12-16",
       "2019-12-19",
       "2019-12-17",
       {slip("Tue 2019-12-17", "Wed 2019-12-18", "1 day", "Fri 2019-12-13", 2, "Tue 2019-12-17" + weekend),
        "press collateral is due Mon 2019-12-16 but testing of the post-embargo RC ends Tue 2019-12-17" + go_no_go}},
      {"2019-12-17",
       "2019-12-13",
       3,
       "2019-12-19",
       2,
       "2019-12-17",
       "2020-01-07",
       "2020-01-03",
       {slip("Tue 2019-12-17", "Thu 2019-12-19", "2 days", "Fri 2019-12-13", 3, "Wed 2019-12-18" + weekend),
        "press collateral is due Tue 2019-12-17 but testing of the post-embargo RC ends Wed 2019-12-18" + go_no_go}},
      {"2019-12-16",
       "2019-12-11",
       2,
       "2019-12-17",
       1,
       "2019-12-13",
       "2019-12-17",
       "2019-12-13",
       {not_tuesday,
        slip("Mon 2019-12-16", "Tue 2019-12-17", "1 day", "Wed 2019-12-11", 2,
             "Fri 2019-12-13; then Sat 2019-12-14..Sun 2019-12-15 weekend; Mon 2019-12-16 not an allowed release "
             "weekday (tue,wed,thu)")}},
      {"2019-12-16",
       "2019-12-11",
       3,
       "2019-12-17",
       1,
       "2019-12-13",
       "2019-12-18",
       "2019-12-16",
       {not_tuesday, slip("Mon 2019-12-16", "Tue 2019-12-17", "1 day", "Wed 2019-12-11", 3, "Mon 2019-12-16" + weekend),
        "press collateral is due Fri 2019-12-13 but testing of the post-embargo RC ends Mon 2019-12-16" + go_no_go}},
      {"2019-12-16",
       "2019-12-13",
       2,
       "2019-12-18",
       2,
       "2019-12-16",
       "2019-12-19",
       "2019-12-17",
       {not_tuesday,
        slip("Mon 2019-12-16", "Wed 2019-12-18", "2 days", "Fri 2019-12-13", 2, "Tue 2019-12-17" + weekend),
        "press collateral is due Mon 2019-12-16 but testing of the post-embargo RC ends Tue 2019-12-17" + go_no_go}},
      {"2019-12-16",
       "2019-12-13",
       3,
       "2019-12-19",
       3,
       "2019-12-17",
       "2020-01-07",
       "2020-01-03",
       {not_tuesday,
        slip("Mon 2019-12-16", "Thu 2019-12-19", "3 days", "Fri 2019-12-13", 3, "Wed 2019-12-18" + weekend),
        "press collateral is due Tue 2019-12-17 but testing of the post-embargo RC ends Wed 2019-12-18" + go_no_go}},
  }));
  INFO("release " << c.release << ", public " << c.public_day << ", soak " << c.soak);
  const auto s = plan(c.release, c.soak, {xsa307(c.public_day)});
  CHECK(format_date(s.planned_release) == c.release);
  CHECK(format_date(s.earliest_release) == c.earliest);
  CHECK(s.slip_days == c.slip);
  CHECK(format_date(s.press.collateral) == c.collateral);
  REQUIRE(s.conflict_free);
  CHECK(format_date(s.conflict_free->release) == c.conflict_free);
  CHECK(format_date(s.conflict_free->collateral) == c.conflict_free_collateral);
  CHECK(test::diff_lists(c.conflicts, s.conflicts) == "");
  CHECK(test::diff_lists({}, s.warnings) == "");
}

TEST_CASE("December 2019: the RC held for the embargo, renumbered, and the RC the soak drops",
          "[planner][schedule][embargo]") {
  const std::vector<std::string> first_four{"RC1 2019-11-08", "RC2 2019-11-15", "RC3 2019-11-22", "RC4 2019-11-29"};
  const auto with = [&](const std::vector<std::string>& more) {
    auto v = first_four;
    v.insert(v.end(), more.begin(), more.end());
    return v;
  };
  const std::string held =
      "RC5 2019-12-11 held from 2019-12-06: held from Fri 2019-12-06 to Wed 2019-12-11: XSA-307 "
      "is public Wed 2019-12-11 12:00 UTC";
  for (const auto& release : {"2019-12-16", "2019-12-17"}) {
    INFO(release);
    // Public Wed 11th: RC5 (Fri 12-06) waits for the cut; RC6 (Fri 12-13) is within the soak.
    const auto soak3 = plan(release, 3, {xsa307("2019-12-11")});
    CHECK(test::diff_lists(with({held}), rc_lines(soak3.plan.rcs)) == "");
    CHECK(test::diff_lists({"RC6 2019-12-13: within the soak of the post-embargo RC (testing ends Mon 2019-12-16)"},
                           rc_lines(soak3.dropped_rcs)) == "");
    const auto soak2 = plan(release, 2, {xsa307("2019-12-11")});
    CHECK(test::diff_lists(with({held}), rc_lines(soak2.plan.rcs)) == "");
    CHECK(test::diff_lists({"RC6 2019-12-13: within the soak of the post-embargo RC (testing ends Fri 2019-12-13)"},
                           rc_lines(soak2.dropped_rcs)) == "");
    // Public Fri 13th: RC6 is planned on the cut day; it is the post-embargo RC, nothing is dropped.
    const auto fri = plan(release, 3, {xsa307("2019-12-13")});
    CHECK(test::diff_lists(with({"RC5 2019-12-06",
                                 "RC6 2019-12-13: post-embargo RC: XSA-307 is public Fri 2019-12-13 "
                                 "12:00 UTC"}),
                           rc_lines(fri.plan.rcs)) == "");
    CHECK(fri.dropped_rcs.empty());
  }
  // No advisory: the template's series, untouched.
  const auto quiet = plan("2019-12-17", 2, {});
  CHECK(test::diff_lists(with({"RC5 2019-12-06", "RC6 2019-12-13"}), rc_lines(quiet.plan.rcs)) == "");
  CHECK_FALSE(quiet.conflict_free);
  // A fix not in the release holds nothing.
  auto outside = xsa307("2019-12-11");
  outside.fix_in_release = false;
  CHECK(plan("2019-12-17", 2, {outside}).plan.rcs.size() == 6);
}

TEST_CASE("A slip over the year-end blackout names every cause, and press steps inside it are warnings",
          "[planner][schedule][embargo]") {
  // Public Tue 12-17 12:00 UTC: RC Tue 12-17, soak 2 -> testing ends Thu 12-19; Fri 12-20..Sun 01-05 is the
  // blackout; Mon 01-06 is a working day but no release weekday: Tue 2020-01-07, 21 days after 12-17.
  // Press for Tue 01-07 (team holidays, no blackouts): approval 12-24 (-2 weeks), briefings Fri 01-03
  // (-4 days), collateral Fri 01-03 (Mon 01-06, Fri 01-03): all three inside the blackout.
  const auto s = plan("2019-12-17", 2, {xsa307("2019-12-17")});
  CHECK(format_date(s.earliest_release) == "2020-01-07");
  CHECK(s.slip_days == 21);
  CHECK(test::diff_lists(
            {"release planned Tue 2019-12-17 slips to Tue 2020-01-07 (21 days): XSA-307 is public Tue 2019-12-17 12:00 "
             "UTC and the post-embargo RC is cut then; RC soak 2 working days: testing ends Thu 2019-12-19; then Fri "
             "2019-12-20..Sun 2020-01-05 blackout 12-20..01-05 (holidays in it: Christmas Day (US, GB-ENG, DE) Wed "
             "2019-12-25, Boxing Day (GB-ENG) Thu 2019-12-26, Second Day of Christmas (DE) Thu 2019-12-26, New Year's "
             "Day (US, GB-ENG, DE) Wed 2020-01-01); Mon 2020-01-06 not an allowed release weekday (tue,wed,thu)"},
            s.conflicts) == "");
  CHECK(test::diff_lists(
            {"board approval Tue 2019-12-24 falls inside the blackout 12-20..01-05 (Fri 2019-12-20..Sun 2020-01-05)",
             "briefings Fri 2020-01-03 falls inside the blackout 12-20..01-05 (Fri 2019-12-20..Sun 2020-01-05)",
             "press collateral Fri 2020-01-03 falls inside the blackout 12-20..01-05 (Fri 2019-12-20..Sun 2020-01-05)"},
            s.warnings) == "");
  REQUIRE(s.conflict_free);
  CHECK(format_date(s.conflict_free->release) == "2020-01-07");
  // RC6 (Fri 12-13) is held to the cut on Tue 12-17.
  CHECK(rc_lines(s.plan.rcs).back() ==
        "RC6 2019-12-17 held from 2019-12-13: held from Fri 2019-12-13 to Tue 2019-12-17: XSA-307 is public Tue "
        "2019-12-17 12:00 UTC");
}

TEST_CASE("The slip names why the RC is cut later: after the working hours, days off", "[planner][schedule][embargo]") {
  // Public Wed 12-11 18:00 UTC (after 17:00): RC Thu 12-12 09:00; soak 2: Fri 13, Mon 16 -> Mon 12-16.
  const Advisory late{"XSA-1", date::sys_seconds{day("2019-12-11")} + 18h, std::nullopt, true};
  CHECK(test::diff_lists({"release planned Thu 2019-12-12 slips to Tue 2019-12-17 (5 days): XSA-1 is public Wed "
                          "2019-12-11 18:00 UTC, after the working hours (09:00-17:00 UTC); the post-embargo RC is cut "
                          "Thu 2019-12-12 09:00 UTC; RC soak 2 working days: testing ends Mon 2019-12-16 (over Sat "
                          "2019-12-14..Sun 2019-12-15 weekend)",
                          "press collateral is due Fri 2019-12-13 but testing of the post-embargo RC ends Mon "
                          "2019-12-16" +
                              go_no_go},
                         plan("2019-12-12", 2, {late}).conflicts) == "");
  // Public on Sat 2019-12-14: RC Mon 12-16 09:00; soak 2: Tue 17, Wed 18; release Thu 12-19.
  const Advisory weekend{"XSA-2", date::sys_seconds{day("2019-12-14")} + 12h, std::nullopt, true};
  const auto s = plan("2019-12-17", 2, {weekend});
  CHECK(format_date(s.earliest_release) == "2019-12-19");
  CHECK(
      test::diff_lists({"release planned Tue 2019-12-17 slips to Thu 2019-12-19 (2 days): XSA-2 is public Sat "
                        "2019-12-14 12:00 UTC; Sat 2019-12-14..Sun 2019-12-15 weekend; the post-embargo RC is cut Mon "
                        "2019-12-16 09:00 UTC; RC soak 2 working days: testing ends Wed 2019-12-18",
                        "press collateral is due Tue 2019-12-17 but testing of the post-embargo RC ends Wed "
                        "2019-12-18" +
                            go_no_go},
                       s.conflicts) == "");
  // Public on Thanksgiving 2019 (Thu 11-28, US), the given release day too (planned as given, a warning): RC
  // Fri 11-29 09:00 UTC; soak 0 ends that day; Sat, Sun off, Mon no release weekday: Tue 12-03.
  const Advisory holiday{"XSA-3", date::sys_seconds{day("2019-11-28")} + 12h, std::nullopt, true};
  const auto t = plan("2019-11-28", 0, {holiday});
  CHECK(test::diff_lists({"release planned Thu 2019-11-28 slips to Tue 2019-12-03 (5 days): XSA-3 is public Thu "
                          "2019-11-28 12:00 UTC; Thu 2019-11-28 Thanksgiving Day (US); the post-embargo RC is cut Fri "
                          "2019-11-29 09:00 UTC; RC soak 0 working days: testing ends Fri 2019-11-29; then Sat "
                          "2019-11-30..Sun 2019-12-01 weekend; Mon 2019-12-02 not an allowed release weekday "
                          "(tue,wed,thu)"},
                         t.conflicts) == "");
  CHECK(test::diff_lists({"release Thu 2019-11-28 is not a working day of the team calendar US+GB-ENG+DE: US "
                          "Thanksgiving Day; planned as given"},
                         t.warnings) == "");
}

TEST_CASE("No conflict-free release day within the bound: no value and a conflict saying so",
          "[planner][schedule][embargo]") {
  // A collateral 80 working days ahead of the release cannot reach Fri 12-13 (end of testing, soak 2) from any
  // release day within 90 calendar days of Tue 12-17.
  SchedulePolicy policy;
  policy.press.collateral_lead = {80, Unit::working_days};
  const auto s = plan("2019-12-17", 2, {xsa307("2019-12-11")}, policy);
  CHECK_FALSE(s.conflict_free);
  REQUIRE(s.conflicts.size() == 2);
  CHECK(s.conflicts[0].rfind("press collateral is due ", 0) == 0);
  CHECK(s.conflicts[1] ==
        "no release day within 90 days after Tue 2019-12-17 has its press collateral on or after the end of testing "
        "(Fri 2019-12-13)");
  // 10 working days: the first release day whose collateral is Fri 12-13 or later is Tue 2020-01-07 (10 team
  // working days before it, counting holidays but not the blackout: 01-06, 01-03, 01-02, 12-31, 12-30, 12-27,
  // 12-24, 12-23, 12-20, 12-19 -> Thu 12-19 >= Fri 12-13; Thu 12-19 itself: 10 before is Thu 12-05).
  policy.press.collateral_lead = {10, Unit::working_days};
  const auto ten = plan("2019-12-17", 2, {xsa307("2019-12-11")}, policy);
  REQUIRE(ten.conflict_free);
  CHECK(format_date(ten.conflict_free->release) == "2020-01-07");
  CHECK(format_date(ten.conflict_free->collateral) == "2019-12-19");
}

TEST_CASE("Press leads count on the press calendar, not the team's", "[planner][schedule][embargo]") {
  // Team US+GB-ENG+DE, Easter 2020: Good Friday 04-10 and Easter Monday 04-13 are GB-ENG and DE holidays,
  // working days in the US. XSA public Tue 04-07 12:00 UTC, soak 3: Wed 8, Thu 9, Tue 14 -> testing ends
  // Tue 04-14; release Wed 04-15 as planned.
  const auto cals = test::schedule_calendars("US,GB-ENG,DE", {"12-20..01-05"});
  SchedulePolicy policy;
  policy.embargo.rc_soak = {3, Unit::working_days};
  const std::vector<Advisory> advisories{{"XSA-320", date::sys_seconds{day("2020-04-07")} + 12h, std::nullopt, true}};
  const auto with = [&](const Calendar& press) {
    auto s = plan_schedule(test::xen_template(), cals, press, policy, {"release", day("2020-04-15")}, advisories);
    if (!s) FAIL(s.error().message);
    return std::move(s).value();
  };
  // Press calendar US: collateral 2 US working days before Wed 04-15 = Mon 04-13 (Easter Monday works in the
  // US); briefings Sat 04-11 -> Fri 04-10 (Good Friday too); approval Wed 04-01.
  const auto us = with(test::shipped("US"));
  CHECK(format_date(us.earliest_release) == "2020-04-15");
  CHECK(format_date(us.press.collateral) == "2020-04-13");
  CHECK(format_date(us.press.briefings) == "2020-04-10");
  CHECK(format_date(us.press.approval) == "2020-04-01");
  CHECK(test::diff_lists({"press collateral is due Mon 2020-04-13 but testing of the post-embargo RC ends Tue "
                          "2020-04-14" +
                          go_no_go},
                         us.conflicts) == "");
  // Thu 04-16: collateral Tue 04-14, the day testing ends.
  REQUIRE(us.conflict_free);
  CHECK(format_date(us.conflict_free->release) == "2020-04-16");
  CHECK(format_date(us.conflict_free->collateral) == "2020-04-14");
  CHECK(us.warnings.empty());
  // On the team's own holidays the same leads reach back over Easter: Thu 04-09 for both.
  const auto team = with(cals.team);
  CHECK(format_date(team.press.collateral) == "2020-04-09");
  CHECK(format_date(team.press.briefings) == "2020-04-09");
  CHECK(format_date(team.press.approval) == "2020-04-01");
  CHECK(test::diff_lists({"press collateral is due Thu 2020-04-09 but testing of the post-embargo RC ends Tue "
                          "2020-04-14" +
                          go_no_go},
                         team.conflicts) == "");
  CHECK(format_date(team.conflict_free->release) == "2020-04-16");
}

TEST_CASE("A press step on a day off of the press calendar is a warning naming it", "[planner][schedule]") {
  // Team US, press DE: the release Thu 2020-05-21 is Ascension Day in Germany. Collateral Tue 05-19 (Wed 20,
  // Tue 19 on DE), briefings Sun 05-17 -> Fri 05-15, approval Thu 05-07.
  const auto cals = test::schedule_calendars("US", {"12-20..01-05"});
  auto s = plan_schedule(test::xen_template(), cals, test::shipped("DE"), {}, {"release", day("2020-05-21")}, {});
  REQUIRE(s);
  CHECK(format_date(s->press.collateral) == "2020-05-19");
  CHECK(format_date(s->press.briefings) == "2020-05-15");
  CHECK(test::diff_lists({"press release day Thu 2020-05-21 is not a working day of the press calendar DE: DE "
                          "Ascension Day (Christi Himmelfahrt)"},
                         s->warnings) == "");
  CHECK(s->conflicts.empty());
}
