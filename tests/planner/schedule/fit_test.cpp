// The template fit on small hand-made histories: weighted medians, ties to the newest, units, RCs.
#include <catch2/catch.hpp>

#include "planner/schedule/fit.hpp"
#include "tests/support/calendars.hpp"
#include "tests/support/expected_files.hpp"
#include "tests/support/schedule.hpp"

using namespace relplan;
using namespace relplan::schedule;
using test::day;

namespace {

RecordedSchedule recorded(std::string version, std::vector<std::pair<std::string, std::string>> dates,
                          std::vector<std::string> rcs) {
  RecordedSchedule s;
  s.version = std::move(version);
  for (const auto& [id, d] : dates) s.milestones.emplace_back(id, day(d));
  for (const auto& d : rcs) s.rcs.push_back(day(d));
  s.source = "hand-made";
  return s;
}

// Three releases, no holidays near their dates on US+GB-ENG+DE. Code freeze gaps 14, 14, 28 days.
std::vector<RecordedSchedule> history() {
  return {
      recorded("1.1",
               {{"last_posting", "2021-01-08"},
                {"feature_freeze", "2021-01-29"},
                {"code_freeze", "2021-02-12"},
                {"hard_code_freeze", "2021-03-05"},
                {"final_commits", "2021-03-19"},
                {"release", "2021-03-24"}},
               {"2021-02-19", "2021-02-26", "2021-03-05", "2021-03-12"}),
      recorded("1.2",
               {{"last_posting", "2021-09-03"},
                {"feature_freeze", "2021-09-24"},
                {"code_freeze", "2021-10-08"},
                {"hard_code_freeze", "2021-10-29"},
                {"final_commits", "2021-11-12"},
                {"release", "2021-11-17"}},
               {"2021-10-15", "2021-10-22", "2021-10-29"}),
      recorded("1.3",
               {{"last_posting", "2022-05-06"},
                {"feature_freeze", "2022-05-27"},
                {"code_freeze", "2022-06-24"},
                {"hard_code_freeze", "2022-07-15"},
                {"final_commits", "2022-07-29"},
                {"release", "2022-08-03"}},
               {"2022-07-01", "2022-07-08", "2022-07-15", "2022-07-22", "2022-07-29"}),
  };
}

std::vector<std::string> offsets(const MilestoneTemplate& t) {
  std::vector<std::string> out;
  for (const auto& m : t.milestones) {
    if (!m.relative_to.empty()) out.push_back(m.id + " " + to_string(m.offset));
  }
  return out;
}

}  // namespace

TEST_CASE("A fit keeps what the releases agree on and takes the newest practice on equal evidence",
          "[planner][schedule][fit]") {
  const auto cals = test::schedule_calendars("US,GB-ENG,DE");
  const auto h = history();
  auto fit = fit_template(test::xen_template(), h, cals);
  REQUIRE(fit);
  CHECK(fit->versions == std::vector<std::string>{"1.1", "1.2", "1.3"});
  // Code freeze: 14 days weigh 1 + 2, 28 days weigh 3: a tie, which goes to the newest (4 weeks).
  CHECK(test::diff_lists({"feature_freeze 3 weeks", "code_freeze 4 weeks", "hard_code_freeze 3 weeks",
                          "final_commits 2 weeks", "release 0 days"},
                         offsets(fit->fitted)) == "");
  REQUIRE(fit->phases.size() == 5);
  const auto& cf = fit->phases[1];
  CHECK(cf.milestone == "code_freeze");
  CHECK(cf.anchor == "feature_freeze");
  CHECK(cf.was == Offset{2, Unit::weeks});
  CHECK(cf.fitted == Offset{4, Unit::weeks});
  CHECK(cf.versions == std::vector<std::string>{"1.1", "1.2", "1.3"});
  CHECK(cf.gaps == std::vector<int>{14, 14, 28});
  CHECK(cf.total_error == 28);
  // The release: final commits + 0 days, the Wednesday after; 0..4 days all fit; the template's own wins.
  CHECK(fit->phases[4].gaps == std::vector<int>{5, 5, 5});
  CHECK(fit->phases[4].total_error == 0);
  // RCs: a week after the code freeze, weekly; 4, 3, 5 RCs weigh 1, 2, 3: the weighted median is 4.
  REQUIRE(fit->rcs);
  CHECK(fit->rcs->rc1_days == std::vector<int>{7, 7, 7});
  CHECK(fit->rcs->counts == std::vector<int>{4, 3, 5});
  CHECK(fit->fitted.rcs->offset == Offset{1, Unit::weeks});
  CHECK(fit->fitted.rcs->every == Offset{1, Unit::weeks});
  CHECK(fit->fitted.rcs->count == 4);
  CHECK(fit->fitted.rcs->first == "code_freeze");
  CHECK(fit->fitted.rcs->until == "final_commits");
}

TEST_CASE("One odd release does not outvote two newer ones", "[planner][schedule][fit]") {
  const auto cals = test::schedule_calendars("US,GB-ENG,DE");
  auto h = history();
  std::swap(h[0], h[2]);  // code freeze gaps 28, 14, 14: 28 weighs 1, 14 weighs 5
  auto fit = fit_template(test::xen_template(), h, cals);
  REQUIRE(fit);
  CHECK(fit->fitted.milestones[2].offset == Offset{2, Unit::weeks});
  CHECK(fit->phases[1].total_error == 14);
}

TEST_CASE("A fit keeps the template's unit and leaves unrecorded phases as they are", "[planner][schedule][fit]") {
  const auto cals = test::schedule_calendars("US,GB-ENG,DE");
  auto t = test::xen_template();
  t.milestones[4].offset = {8, Unit::working_days};  // final commits: in working days
  auto h = history();
  for (auto& s : h) std::erase_if(s.milestones, [](const auto& m) { return m.first == "hard_code_freeze"; });
  auto fit = fit_template(t, h, cals);
  REQUIRE(fit);
  // Without hard code freeze dates neither it nor final commits (anchored on it) can be fitted.
  CHECK(fit->phases[2].versions.empty());
  CHECK(fit->phases[3].versions.empty());
  CHECK(fit->fitted.milestones[3].offset == Offset{3, Unit::weeks});
  CHECK(fit->fitted.milestones[4].offset == Offset{8, Unit::working_days});
  // Final commits two weeks after the hard code freeze: 10, 9 (over Veterans Day, Thu 2021-11-11) and
  // 10 working days. 9 working days miss 1.1 and 1.3 by a day (weighted cost 1 + 3); 10 miss 1.2 by 3
  // days (Fri 11-12 -> Mon 11-15; cost 2 x 3): the fit, in working days, is 9.
  h = history();
  fit = fit_template(t, h, cals);
  REQUIRE(fit);
  CHECK(fit->fitted.milestones[4].offset == Offset{9, Unit::working_days});
  CHECK(fit->phases[3].total_error == 2);
}

TEST_CASE("A fit without a recorded schedule is an error", "[planner][schedule][fit]") {
  const auto cals = test::schedule_calendars("US,GB-ENG,DE");
  auto fit = fit_template(test::xen_template(), {}, cals);
  REQUIRE_FALSE(fit);
  CHECK(fit.error().message == "history: no recorded schedule to fit template xen to");
}
