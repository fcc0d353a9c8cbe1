// Milestone planning: the Xen template against published schedules, forward/backward agreement, the
// freeze extension for blackouts, adjustments, and errors.
#include <catch2/catch.hpp>

#include "planner/schedule/milestones.hpp"
#include "tests/support/calendars.hpp"
#include "tests/support/expected_files.hpp"
#include "tests/support/schedule.hpp"

using namespace relplan;
using namespace relplan::schedule;
using test::day;

namespace {

MilestonePlan plan(const MilestoneTemplate& t, const ScheduleCalendars& c, const std::string& id,
                   const std::string& d) {
  auto p = plan_milestones(t, c, id, day(d));
  if (!p) FAIL(p.error().message);
  return std::move(p).value();
}

std::string date_of(const MilestonePlan& p, const std::string& id) {
  for (const auto& m : p.milestones) {
    if (m.id == id) return format_date(m.date);
  }
  return "missing " + id;
}

}  // namespace

TEST_CASE("The Xen template reproduces the 4.18 schedule proposal (option 3)", "[planner][schedule]") {
  // Henry Wang, xen-devel 2023-04-21: Fri 08-11, Fri 09-01, Fri 09-15, Fri 10-06, Fri 10-20, Wed 10-25.
  const auto cals = test::schedule_calendars("US,GB-ENG,DE");
  const std::vector<std::string> expected{"last_posting 2023-08-11",  "feature_freeze 2023-09-01",
                                          "code_freeze 2023-09-15",   "hard_code_freeze 2023-10-06",
                                          "final_commits 2023-10-20", "release 2023-10-25"};
  CHECK(test::diff_lists(expected,
                         test::milestone_lines(plan(test::xen_template(), cals, "last_posting", "2023-08-11"))) == "");
  CHECK(test::diff_lists(expected, test::milestone_lines(plan(test::xen_template(), cals, "release", "2023-10-25"))) ==
        "");
}

TEST_CASE("A code freeze of +4 weeks reproduces the 4.20 and 4.22 proposals", "[planner][schedule]") {
  // Oleksii Kurochko on xen-devel: 4.20 (Oct 2024) Fri 2024-11-29, 12-20, 2025-01-17, 02-07, 02-21, release
  // Wed 02-26; 4.22 (2026) Fri 2026-04-17, 05-08, 06-05, 06-26, 07-10, release Wed 07-15. (The 4.21 proposal
  // labels its hard code freeze "+3 weeks from Code freeze" but dates it 4 weeks after; it is not used.)
  auto t = test::xen_template();
  t.milestones[2].offset = {4, Unit::weeks};
  const auto cals = test::schedule_calendars("US,GB-ENG,DE");
  CHECK(test::diff_lists({"last_posting 2024-11-29", "feature_freeze 2024-12-20", "code_freeze 2025-01-17",
                          "hard_code_freeze 2025-02-07", "final_commits 2025-02-21", "release 2025-02-26"},
                         test::milestone_lines(plan(t, cals, "last_posting", "2024-11-29"))) == "");
  CHECK(test::diff_lists({"last_posting 2026-04-17", "feature_freeze 2026-05-08", "code_freeze 2026-06-05",
                          "hard_code_freeze 2026-06-26", "final_commits 2026-07-10", "release 2026-07-15"},
                         test::milestone_lines(plan(t, cals, "release", "2026-07-15"))) == "");
}

TEST_CASE("Backward from a release the template cannot produce keeps the given date", "[planner][schedule]") {
  // Tue 2019-12-17 (the seed's release): the nearest template release is Wed 2019-12-18 (final commits
  // Fri 12-13); Wed 2019-12-11 is 6 days off. The release stays on the given Tuesday.
  const auto cals = test::schedule_calendars("US,GB-ENG,DE");
  const auto p = plan(test::xen_template(), cals, "release", "2019-12-17");
  const std::vector<std::string> expected{"last_posting 2019-10-04",  "feature_freeze 2019-10-25",
                                          "code_freeze 2019-11-08",   "hard_code_freeze 2019-11-29",
                                          "final_commits 2019-12-13", "release 2019-12-17"};
  CHECK(test::diff_lists(expected, test::milestone_lines(p)) == "");
  CHECK(p.release_milestone().given);
  // Phases: (10-04, 10-25] loses Columbus Day (US 10-14); (11-08, 11-29] Veterans Day and Thanksgiving.
  std::vector<std::string> phases;
  for (const auto& ph : p.phases) phases.push_back(ph.from + ">" + ph.to + " " + std::to_string(ph.working_days));
  CHECK(test::diff_lists(
            {"Last posting date>Feature freeze 14", "Feature freeze>Code freeze 10", "Code freeze>Hard code freeze 13",
             "Hard code freeze>Final commits 10", "Final commits>Release 2"},
            phases) == "");
}

TEST_CASE("Chinese New Year inside the freeze extends it by the working days lost", "[planner][schedule]") {
  // US+US-FED-CLOSINGS+GB-ENG+DE with the blackout CN:Spring Festival-1..+6: CN's 2025 Spring Festival starts Tue
  // 01-28, so the window is Mon 01-27..Mon 02-03, 6 team working days. Forward from Fri 2024-12-13:
  //   feature freeze Fri 01-03, code freeze Fri 01-17, hard code freeze nominal Fri 02-07; the phase
  //   (01-17, 02-07] loses 01-27..01-31 and 02-03 = 6 working days, so the hard code freeze moves 6 working
  //   days later: 02-10..02-14 (5), Mon 02-17 is Presidents' Day (US), Tue 02-18 (6).
  //   Final commits 02-18 + 2 weeks = Tue 03-04; release the Wednesday after = Wed 03-05.
  // Without the blackout: 02-07, 02-21, release Wed 02-26.
  const auto plain = test::schedule_calendars("US,US-FED-CLOSINGS,GB-ENG,DE");
  const auto cny = test::schedule_calendars("US,US-FED-CLOSINGS,GB-ENG,DE", {"CN:Spring Festival-1..+6"});
  const auto t = test::xen_template();
  const auto without = plan(t, plain, "last_posting", "2024-12-13");
  CHECK(date_of(without, "hard_code_freeze") == "2025-02-07");
  CHECK(date_of(without, "release") == "2025-02-26");
  const auto with = plan(t, cny, "last_posting", "2024-12-13");
  CHECK(test::diff_lists({"last_posting 2024-12-13", "feature_freeze 2025-01-03", "code_freeze 2025-01-17",
                          "hard_code_freeze 2025-02-18", "final_commits 2025-03-04", "release 2025-03-05"},
                         test::milestone_lines(with)) == "");
  // Reported per phase: the extended phase keeps its 14 working days (01-21..24, 02-04..07, 02-10..14, 02-18).
  // (12-13, 01-03]: US federal closing 12-24 (EO 14138), 25, 26, 01-01 off -> 11; (01-03, 01-17]: US
  // National Day of Mourning 01-09 -> 9; (02-18, 03-04] -> 10.
  std::vector<std::string> phases;
  for (const auto& ph : with.phases) {
    phases.push_back(ph.to + " wd=" + std::to_string(ph.working_days) + " lost=" + std::to_string(ph.blackout_days) +
                     " ext=" + std::to_string(ph.extended_by));
  }
  CHECK(test::diff_lists(
            {"Feature freeze wd=11 lost=0 ext=0", "Code freeze wd=9 lost=0 ext=0",
             "Hard code freeze wd=14 lost=6 ext=6", "Final commits wd=10 lost=0 ext=0", "Release wd=1 lost=0 ext=0"},
            phases) == "");
  // The same phase without blackouts had 14 team working days too.
  CHECK(working_days_between(plain.team, day("2025-01-17"), day("2025-02-07")).value() == 14);
  // Backward from the extended release gives the same last posting date.
  CHECK(date_of(plan(t, cny, "release", "2025-03-05"), "last_posting") == "2024-12-13");
}

TEST_CASE("Forward and backward planning agree", "[planner][schedule]") {
  const auto t = test::xen_template();
  const auto [ids, blackouts, last_posting, release] =
      GENERATE(table<std::string, std::vector<std::string>, std::string, std::string>({
          {"US,GB-ENG,DE", {}, "2019-10-04", "2019-12-18"},
          {"US,GB-ENG,DE", {}, "2023-08-11", "2023-10-25"},
          {"US,GB-ENG,DE", {"CN:Spring Festival-1..+6"}, "2024-12-13", "2025-03-05"},
          // 2026: Spring Festival from Sun 02-15: the window 02-14..02-21 extends the phase to final commits;
          // the feature freeze Fri 2026-01-02 (in the year-end blackout) is held Tue 01-06.
          {"US,GB-ENG,DE", {"CN:Spring Festival-1..+6", "12-20..01-05"}, "2025-12-12", "2026-03-04"},
          // CN is a team calendar: its Spring Festival days (02-05..08) are holidays already, so the window
          // 02-04..02-11 takes only Thu 02-04 out of (01-15, 02-05]; the hard code freeze moves to Fri 02-12.
          {"US,GB-ENG,DE,CN", {"CN:Spring Festival-1..+6"}, "2026-12-11", "2027-03-03"},
      }));
  const auto cals = test::schedule_calendars(ids, blackouts);
  INFO(ids << " from " << last_posting);
  const auto forward = plan(t, cals, "last_posting", last_posting);
  CHECK(date_of(forward, "release") == release);
  const auto backward = plan(t, cals, "release", release);
  CHECK(date_of(backward, "last_posting") == last_posting);
  CHECK(test::milestone_lines(forward) == test::milestone_lines(backward));
}

TEST_CASE("Several last posting dates can reach one release - backward planning takes the latest",
          "[planner][schedule]") {
  // The year-end blackout extends (12-26, 01-09] by 5 working days from Fri 12-05, and the phase from
  // Fri 01-02 (held 01-06) by none, so both reach the code freeze Fri 01-16 and the release Wed 03-04.
  const auto t = test::xen_template();
  const auto cals = test::schedule_calendars("US,GB-ENG,DE", {"CN:Spring Festival-1..+6", "12-20..01-05"});
  CHECK(date_of(plan(t, cals, "last_posting", "2025-12-05"), "release") == "2026-03-04");
  CHECK(date_of(plan(t, cals, "last_posting", "2025-12-12"), "release") == "2026-03-04");
  CHECK(date_of(plan(t, cals, "last_posting", "2025-12-19"), "release") == "2026-03-11");
  CHECK(date_of(plan(t, cals, "release", "2026-03-04"), "last_posting") == "2025-12-12");
}

TEST_CASE("Backward from every forward release gives a plan with that release, 2019..2030", "[planner][schedule]") {
  const auto t = test::xen_template();
  const auto cals = test::schedule_calendars("US,GB-ENG,DE", {"12-20..01-05", "CN:Spring Festival-1..+6"});
  int checked = 0;
  for (auto l = day("2019-01-04"); l <= day("2030-06-28"); l += date::days{7}) {
    if (!cals.working.is_working_day_unchecked(l)) continue;  // a given date must be a working day
    const auto forward = plan(t, cals, "last_posting", format_date(l));
    const auto r = date_of(forward, "release");
    const auto backward = plan(t, cals, "release", r);
    INFO("last posting " << format_date(l) << ", release " << r);
    REQUIRE(date_of(plan(t, cals, "last_posting", date_of(backward, "last_posting")), "release") == r);
    ++checked;
  }
  CHECK(checked > 500);  // about 600 Fridays; those in blackouts or on holidays (Good Friday) are skipped
}

TEST_CASE("Offsets chain on nominal dates: a holiday moves one milestone, not the chain", "[planner][schedule]") {
  // Forward from Fri 2021-03-12: feature freeze nominal Fri 04-02 is Good Friday (GB-ENG, DE) and Mon 04-05
  // Easter Monday, so it is held Tue 04-06; the code freeze is 04-02 + 2 weeks = Fri 04-16, not Tue 04-20.
  const auto cals = test::schedule_calendars("US,GB-ENG,DE");
  const auto p = plan(test::xen_template(), cals, "last_posting", "2021-03-12");
  CHECK(date_of(p, "feature_freeze") == "2021-04-06");
  CHECK(date_of(p, "code_freeze") == "2021-04-16");
  auto t = test::xen_template();
  t.milestones[1].adjustment = Adjustment::preceding;
  CHECK(date_of(plan(t, cals, "last_posting", "2021-03-12"), "feature_freeze") == "2021-04-01");
}

TEST_CASE("A template rooted at the release plans forward too", "[planner][schedule]") {
  // Written from the release: final commits = the Friday on or before the day before the release, then
  // back in weeks; working-day offsets and pins in both directions.
  MilestoneTemplate t;
  t.id = "rooted";
  t.name = "Rooted at the release";
  auto add = [&](std::string id, MilestoneKind kind, std::string anchor, Offset o, std::optional<WeekdayPin> pin) {
    MilestoneRule m;
    m.id = id;
    m.name = id;
    m.kind = kind;
    m.relative_to = std::move(anchor);
    m.offset = o;
    m.pin = pin;
    t.milestones.push_back(m);
  };
  add("release", MilestoneKind::release, "", {}, WeekdayPin{date::Thursday, PinDirection::on_or_after});
  add("final", MilestoneKind::branch, "release", {-1, Unit::days},
      WeekdayPin{date::Friday, PinDirection::on_or_before});
  add("freeze", MilestoneKind::freeze, "final", {-15, Unit::working_days}, std::nullopt);
  add("posting", MilestoneKind::posting, "freeze", {-2, Unit::weeks}, std::nullopt);
  const auto cals = test::schedule_calendars("US,GB-ENG,DE");
  // Backward from Thu 2026-06-11: final Fri 06-05; 15 working days back: 06-04..06-01 (4), 05-29..05-26
  // (8; Mon 05-25 is off in all three), 05-22..05-18 (13), Fri 05-15 (14), Thu 05-14 is Ascension (DE),
  // Wed 05-13 (15); posting 05-13 - 2 weeks = Wed 04-29.
  const auto back = plan(t, cals, "release", "2026-06-11");
  CHECK(test::diff_lists({"posting 2026-04-29", "freeze 2026-05-13", "final 2026-06-05", "release 2026-06-11"},
                         test::milestone_lines(back)) == "");
  const auto fwd = plan(t, cals, "posting", "2026-04-29");
  CHECK(date_of(fwd, "release") == "2026-06-11");
}

TEST_CASE("Planning errors name the milestone, the value and the rule", "[planner][schedule]") {
  const auto cals = test::schedule_calendars("US,GB-ENG,DE", {"12-20..01-05"});
  const auto t = test::xen_template();
  auto holiday = plan_milestones(t, cals, "release", day("2019-12-25"));
  REQUIRE_FALSE(holiday.ok());
  CHECK(holiday.error().message ==
        "release: expected a working day of US+GB-ENG+DE, saw Wed 2019-12-25 (Christmas Day (US), Christmas Day "
        "(GB-ENG), Christmas Day (1. Weihnachtstag) (DE), 12-20..01-05 (blackout))");
  auto weekend = plan_milestones(t, cals, "last_posting", day("2019-10-05"));
  REQUIRE_FALSE(weekend.ok());
  CHECK(weekend.error().message ==
        "last_posting: expected a working day of US+GB-ENG+DE, saw Sat 2019-10-05 (weekend)");
  auto unknown = plan_milestones(t, cals, "rc1", day("2019-10-04"));
  REQUIRE_FALSE(unknown.ok());
  CHECK(unknown.error().message ==
        "milestone: expected a milestone of template xen (last_posting, feature_freeze, code_freeze, "
        "hard_code_freeze, final_commits, release), saw 'rc1'");
  auto range = plan_milestones(t, cals, "release", day("2050-12-14"));
  REQUIRE_FALSE(range.ok());
  CHECK(range.error().message == "calendar US: year 2051 is outside 2000..2050");
}
