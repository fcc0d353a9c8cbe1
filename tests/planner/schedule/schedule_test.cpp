// The whole schedule: the worked example of the December 2019 minutes with both soaks, slips and
// conflicts in words.
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

Schedule plan(const std::string& release, int soak, const std::vector<Advisory>& advisories) {
  const auto cals = test::schedule_calendars("US,GB-ENG,DE", {"12-20..01-05", "CN:Spring Festival-1..+6"});
  SchedulePolicy policy;
  policy.embargo.rc_soak = {soak, Unit::working_days};
  auto s = plan_schedule(test::xen_template(), cals, cals.team, policy, {"release", day(release)}, advisories);
  if (!s) FAIL(s.error().message);
  return std::move(s).value();
}

const Advisory xsa307{"XSA-307", date::sys_seconds{date::sys_days{date::year{2019} / 12 / 11}} + 12h, std::nullopt,
                      true};

}  // namespace

TEST_CASE("Worked example, soak 2: collateral Fri 12-13, release Tue 12-17, no conflict", "[planner][schedule]") {
  const auto s = plan("2019-12-17", 2, {xsa307});
  CHECK(format_date(s.planned_release) == "2019-12-17");
  CHECK(format_date(s.earliest_release) == "2019-12-17");
  CHECK(s.slip_days == 0);
  CHECK(format_date(s.press.collateral) == "2019-12-13");
  CHECK(format_date(s.embargo.post->testing_ends) == "2019-12-13");
  CHECK(test::diff_lists({}, s.conflicts) == "");
  // RC5 (Fri 12-06) is held to the cut on Wed 12-11; RC6 (Fri 12-13) is the last day of the soak: dropped.
  CHECK(s.plan.rcs.size() == 5);
  CHECK(s.dropped_rcs.size() == 1);
  REQUIRE(s.conflict_free);
  CHECK(format_date(s.conflict_free->release) == "2019-12-17");
}

TEST_CASE("Worked example, soak 3: the same release and a go/no-go conflict", "[planner][schedule]") {
  const auto s = plan("2019-12-17", 3, {xsa307});
  CHECK(format_date(s.earliest_release) == "2019-12-17");
  CHECK(s.slip_days == 0);
  CHECK(test::diff_lists({"press collateral is due Fri 2019-12-13 but testing of the post-embargo RC ends Mon "
                          "2019-12-16: the go/no-go decision comes before testing ends"},
                         s.conflicts) == "");
}

TEST_CASE("An embargo pushes an earlier release out - press dates are recomputed", "[planner][schedule]") {
  const auto s = plan("2019-12-12", 2, {xsa307});
  CHECK(format_date(s.planned_release) == "2019-12-12");
  CHECK(format_date(s.earliest_release) == "2019-12-17");
  CHECK(s.slip_days == 5);
  CHECK(format_date(s.press.release) == "2019-12-17");
  CHECK(format_date(s.press.collateral) == "2019-12-13");
  CHECK(test::diff_lists({"release planned Thu 2019-12-12 slips to Tue 2019-12-17 (5 days): XSA-307 is public Wed "
                          "2019-12-11 12:00 UTC and the post-embargo RC is cut then; RC soak 2 working days: testing "
                          "ends Fri 2019-12-13; then Sat 2019-12-14..Sun 2019-12-15 weekend; Mon 2019-12-16 not an "
                          "allowed release weekday (tue,wed,thu)"},
                         s.conflicts) == "");
}

TEST_CASE("A release on a day the press does not release on is a conflict", "[planner][schedule]") {
  const auto s = plan("2019-12-16", 2, {xsa307});
  CHECK(s.slip_days == 1);
  CHECK(test::diff_lists({"release Mon 2019-12-16 is not on an allowed release weekday (tue,wed,thu)",
                          "release planned Mon 2019-12-16 slips to Tue 2019-12-17 (1 day): XSA-307 is public Wed "
                          "2019-12-11 12:00 UTC and the post-embargo RC is cut then; RC soak 2 working days: testing "
                          "ends Fri 2019-12-13; then Sat 2019-12-14..Sun 2019-12-15 weekend; Mon 2019-12-16 not an "
                          "allowed release weekday (tue,wed,thu)"},
                         s.conflicts) == "");
  const auto quiet = plan("2019-12-16", 2, {});
  CHECK(quiet.slip_days == 0);
  CHECK(quiet.conflicts.size() == 1);
}

TEST_CASE("A bad policy is rejected before planning", "[planner][schedule]") {
  const auto cals = test::schedule_calendars("US,GB-ENG,DE");
  SchedulePolicy policy;
  policy.press.lift = {9h, "America/Los_Angles"};
  auto s = plan_schedule(test::xen_template(), cals, cals.team, policy, {"release", day("2019-12-17")}, {});
  REQUIRE_FALSE(s.ok());
  CHECK(s.error().message == "lift: expected an IANA time zone name such as Europe/Berlin, saw 'America/Los_Angles'");
}

TEST_CASE("A given date that is not a working day is planned as given, with a warning, and strict refuses it",
          "[planner][schedule]") {
  const auto cals = test::schedule_calendars("US,GB-ENG,DE", {"12-20..01-05"});
  const PlanFrom christmas{"release", day("2019-12-25")};
  auto s = plan_schedule(test::xen_template(), cals, cals.team, {}, christmas, {});
  REQUIRE(s);
  CHECK(format_date(s->planned_release) == "2019-12-25");
  // Press for Wed 12-25 on the team's holidays: briefings Sat 12-21 -> Fri 12-20 and collateral Mon 12-23 are
  // in the blackout; the release day is a holiday of every press calendar.
  CHECK(format_date(s->press.briefings) == "2019-12-20");
  CHECK(format_date(s->press.collateral) == "2019-12-23");
  CHECK(test::diff_lists(
            {"release Wed 2019-12-25 is not a working day of the team calendar US+GB-ENG+DE: US Christmas Day; GB-ENG "
             "Christmas Day; DE Christmas Day (1. Weihnachtstag); blackout 12-20..01-05; planned as given",
             "briefings Fri 2019-12-20 falls inside the blackout 12-20..01-05 (Fri 2019-12-20..Sun 2020-01-05)",
             "press collateral Mon 2019-12-23 falls inside the blackout 12-20..01-05 (Fri 2019-12-20..Sun 2020-01-05)",
             "press release day Wed 2019-12-25 is not a working day of the press calendar US+GB-ENG+DE: US Christmas "
             "Day; GB-ENG Christmas Day; DE Christmas Day (1. Weihnachtstag)"},
            s->warnings) == "");
  auto strict = christmas;
  strict.strict = true;
  auto refused = plan_schedule(test::xen_template(), cals, cals.team, {}, strict, {});
  REQUIRE_FALSE(refused);
  CHECK(refused.error().message ==
        "release: expected a working day of US+GB-ENG+DE, saw Wed 2019-12-25 (Christmas Day (US), Christmas Day "
        "(GB-ENG), Christmas Day (1. Weihnachtstag) (DE), 12-20..01-05 (blackout))");
  // A weekend: the warning says so.
  auto saturday = plan_schedule(test::xen_template(), cals, cals.team, {}, {"last_posting", day("2019-10-05")}, {});
  REQUIRE(saturday);
  CHECK(test::diff_lists({"last posting date Sat 2019-10-05 is not a working day of the team calendar US+GB-ENG+DE: "
                          "weekend; planned as given"},
                         saturday->warnings) == "");
  CHECK(format_date(saturday->plan.milestones.front().date) == "2019-10-05");
}
