// The shared schedule request: the project record of the store (its team calendars and its own
// days off) over the template's defaults, the one team-calendar builder, and errors that name the
// flag the value came from.
#include <catch2/catch.hpp>

#include <filesystem>

#include "calendars/embedded.hpp"
#include "data/templates/schedule_request.hpp"
#include "tests/support/expected_files.hpp"
#include "tests/support/run_cli.hpp"

using namespace relplan;
using test::day_of;

namespace {

struct TempStore {
  std::string dir = test::temp_dir("schedule-request");
  std::unique_ptr<Store> store;
  explicit TempStore(bool seeded)
      : store(Store::open(dir + "/relplan.db", seeded ? shipped_project_files() : std::span<const EmbeddedFile>{})
                  .value()) {}
  ~TempStore() {
    store.reset();
    std::filesystem::remove_all(dir);
  }
  TempStore(const TempStore&) = delete;
  TempStore& operator=(const TempStore&) = delete;
};

std::vector<std::string> milestone_lines(const ScheduleAnswer& a) {
  std::vector<std::string> out;
  for (const auto& m : a.schedule.plan.milestones) out.push_back(m.id + " " + format_date(m.date));
  return out;
}

ScheduleRequest forward_from(const std::string& day) {
  ScheduleRequest r;
  r.project = "xen";
  r.last_posting = day;
  return r;
}

}  // namespace

TEST_CASE("The store's record of xen gives the schedule its team calendars and days off", "[data][templates]") {
  TempStore db(true);
  REQUIRE(db.store->set_calendar_override("xen", day_of("2027-03-02"), true, "Project summit", "test"));
  ScheduleRequest r;
  r.project = "xen";
  use_project_record(r, *db.store);
  CHECK(r.project_calendars == std::vector<std::string>{"US", "GB-ENG", "DE", "CN"});
  REQUIRE(r.overrides.size() == 1);
  CHECK(r.overrides[0].date == day_of("2027-03-02"));
  CHECK(r.overrides[0].off);
  CHECK(r.overrides[0].name == "Project summit");
  // The default project is xen as well.
  ScheduleRequest unnamed;
  use_project_record(unnamed, *db.store);
  CHECK(unnamed.project_calendars == r.project_calendars);
  CHECK(unnamed.overrides.size() == 1);
}

TEST_CASE("A project with a template but no record in the store keeps the template's calendars", "[data][templates]") {
  TempStore db(false);
  ScheduleRequest r = forward_from("2026-09-11");
  use_project_record(r, *db.store);
  CHECK(r.project_calendars.empty());
  CHECK(r.overrides.empty());
  auto a = plan_schedule_request(r, std::nullopt, CalendarRegistry::shipped());
  REQUIRE(a.ok());
  CHECK(a->labels.calendars == "US+GB-ENG+DE");
}

TEST_CASE("A project day off on the release date is refused under strict as a holiday is, naming it",
          "[data][templates]") {
  ScheduleRequest r;
  r.project = "xen";
  r.release = "2027-03-02";
  r.project_calendars = {"US", "GB-ENG", "DE", "CN"};
  auto plain = plan_schedule_request(r, std::nullopt, CalendarRegistry::shipped());
  REQUIRE(plain.ok());
  CHECK(plain->schedule.planned_release == day_of("2027-03-02"));
  r.overrides = {{day_of("2027-03-02"), true, "Project summit"}};
  // Not strict (the default): planned as given, with a warning naming the day off.
  auto warned = plan_schedule_request(r, std::nullopt, CalendarRegistry::shipped());
  REQUIRE(warned.ok());
  CHECK(warned->schedule.planned_release == day_of("2027-03-02"));
  REQUIRE_FALSE(warned->schedule.warnings.empty());
  CHECK(warned->schedule.warnings.front() ==
        "release Tue 2027-03-02 is not a working day of the team calendar US+GB-ENG+DE+CN: project xen Project summit; "
        "planned as given");
  r.strict = true;
  auto refused = plan_schedule_request(r, std::nullopt, CalendarRegistry::shipped());
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().field == "--release");
  CHECK(refused.error().message ==
        "--release: expected a working day of US+GB-ENG+DE+CN, saw Tue 2027-03-02 (Project summit (project xen))");
  // A holiday on the release date, for comparison: the same error.
  r.overrides.clear();
  r.release = "2026-12-25";
  auto holiday = plan_schedule_request(r, std::nullopt, CalendarRegistry::shipped());
  REQUIRE_FALSE(holiday.ok());
  CHECK(holiday.error().message ==
        "--release: expected a working day of US+GB-ENG+DE+CN, saw Fri 2026-12-25 (Christmas Day (US), Christmas Day "
        "(GB-ENG), Christmas Day (1. Weihnachtstag) (DE), 12-20..01-05 (blackout))");
}

TEST_CASE("A project day off moves a milestone as a holiday does, and a worked day undoes a holiday",
          "[data][templates]") {
  ScheduleRequest r = forward_from("2026-09-11");
  auto plain = plan_schedule_request(r, std::nullopt, CalendarRegistry::shipped());
  REQUIRE(plain.ok());
  const std::vector<std::string> template_dates{"last_posting 2026-09-11",  "feature_freeze 2026-10-02",
                                                "code_freeze 2026-10-16",   "hard_code_freeze 2026-11-06",
                                                "final_commits 2026-11-20", "release 2026-11-25"};
  CHECK(test::diff_lists(template_dates, milestone_lines(*plain)).empty());
  // Fri 2026-10-02 off: the feature freeze follows to Mon 10-05.
  r.overrides = {{day_of("2026-10-02"), true, "Project summit"}};
  auto off = plan_schedule_request(r, std::nullopt, CalendarRegistry::shipped());
  REQUIRE(off.ok());
  auto moved = template_dates;
  moved[1] = "feature_freeze 2026-10-05";
  CHECK(test::diff_lists(moved, milestone_lines(*off)).empty());
  // With CN, National Day (10-01..10-07) moves it to Thu 10-08; the project working 10-02 keeps it.
  r.project_calendars = {"US", "GB-ENG", "DE", "CN"};
  r.overrides.clear();
  auto cn = plan_schedule_request(r, std::nullopt, CalendarRegistry::shipped());
  REQUIRE(cn.ok());
  moved[1] = "feature_freeze 2026-10-08";
  CHECK(test::diff_lists(moved, milestone_lines(*cn)).empty());
  r.overrides = {{day_of("2026-10-02"), false, "Worked National Day"}};
  auto worked = plan_schedule_request(r, std::nullopt, CalendarRegistry::shipped());
  REQUIRE(worked.ok());
  CHECK(test::diff_lists(template_dates, milestone_lines(*worked)).empty());
}

TEST_CASE("The --calendar flag beats the project record, which beats the template", "[data][templates]") {
  ScheduleRequest r = forward_from("2026-09-11");
  r.project_calendars = {"US", "GB-ENG", "DE", "CN"};
  auto project = plan_schedule_request(r, std::nullopt, CalendarRegistry::shipped());
  REQUIRE(project.ok());
  CHECK(project->labels.calendars == "US+GB-ENG+DE+CN");
  CHECK(project->labels.press_calendars == "US+GB-ENG+DE+CN");
  CHECK(project->labels.blackouts == std::vector<std::string>{"12-20..01-05", "CN:Spring Festival-1..+6"});
  r.calendar = "GB-ENG";
  auto given = plan_schedule_request(r, std::nullopt, CalendarRegistry::shipped());
  REQUIRE(given.ok());
  CHECK(given->labels.calendars == "GB-ENG");
}

TEST_CASE("Team calendar errors of the builder name the flags", "[data][templates]") {
  ScheduleRequest r = forward_from("2026-09-11");
  r.calendar = "US,XX";
  auto bad_calendar = plan_schedule_request(r, std::nullopt, CalendarRegistry::shipped());
  REQUIRE_FALSE(bad_calendar.ok());
  CHECK(bad_calendar.error().field == "--calendar");
  CHECK(bad_calendar.error().message ==
        "--calendar: expected a known calendar (CN, DE, FR, GB-ENG, JP, US, US-FED-CLOSINGS), saw 'XX'");
  r.calendar.clear();
  r.blackouts = {"none", "CN:Spring Festival+1..-6"};
  auto bad_blackout = plan_schedule_request(r, std::nullopt, CalendarRegistry::shipped());
  REQUIRE_FALSE(bad_blackout.ok());
  CHECK(bad_blackout.error().message ==
        "--blackout: expected a window whose end is not before its start, saw "
        "'CN:Spring Festival+1..-6'");
  r.blackouts = {"none"};
  auto none = plan_schedule_request(r, std::nullopt, CalendarRegistry::shipped());
  REQUIRE(none.ok());
  CHECK(none->labels.blackouts.empty());
  r.blackouts.clear();
  r.project_calendars = {"US"};
  r.overrides = {{day_of("2051-01-03"), true, "Too late"}};
  auto out_of_range = plan_schedule_request(r, std::nullopt, CalendarRegistry::shipped());
  REQUIRE_FALSE(out_of_range.ok());
  CHECK(out_of_range.error().message == "calendar US: year 2051 is outside 2000..2050");
}
