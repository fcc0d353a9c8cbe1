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
  CHECK(s.plan.rcs.size() == 6);
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
  CHECK(test::diff_lists({"release planned Thu 2019-12-12 slips to Tue 2019-12-17 (5 days): testing of the "
                          "post-embargo RC ends Fri 2019-12-13 (XSA-307 is public Wed 2019-12-11 12:00 UTC)"},
                         s.conflicts) == "");
}

TEST_CASE("A release on a day the press does not release on is a conflict", "[planner][schedule]") {
  const auto s = plan("2019-12-16", 2, {xsa307});
  CHECK(s.slip_days == 1);
  CHECK(test::diff_lists({"release Mon 2019-12-16 is not on an allowed release weekday (tue,wed,thu)",
                          "release planned Mon 2019-12-16 slips to Tue 2019-12-17 (1 day): testing of the post-embargo "
                          "RC ends Fri 2019-12-13 (XSA-307 is public Wed 2019-12-11 12:00 UTC)"},
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
