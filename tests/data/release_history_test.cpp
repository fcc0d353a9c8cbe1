// check_actual, check_override_name and plan_warnings on the shipped Xen project, and the store's
// checked writes: a refused change writes nothing, undo restores the previous value it audited.
#include <catch2/catch.hpp>

#include <filesystem>

#include <SQLiteCpp/Database.h>

#include "data/project/project_plan.hpp"
#include "data/project/project_toml.hpp"
#include "data/project/release_history.hpp"
#include "data/scenario/scenario_spec.hpp"
#include "data/store/store.hpp"
#include "tests/support/expected_files.hpp"
#include "tests/support/projects.hpp"
#include "tests/support/run_cli.hpp"

using namespace relplan;

namespace {
Project shipped(const std::string& id) { return test::shipped_project(id); }
struct TempDb {
  std::string dir = test::temp_dir("history");
  std::string path = dir + "/relplan.db";
  ~TempDb() { std::filesystem::remove_all(dir); }
};
}  // namespace

TEST_CASE("check_actual refuses what the plan or the history cannot hold", "[data][history]") {
  const auto xen = shipped("xen");
  const auto& registry = CalendarRegistry::shipped();
  struct Case {
    std::string version;
    std::string date;
    bool force;
    std::string error;  // empty: accepted
  };
  const std::vector<Case> cases = {
      {"4.23", "2027-03-17", false, ""},
      {"4.22", "2026-08-04", true, ""},
      {"4.22", "2026-08-04", false,
       "4.22: actual date 2026-07-30 -> 2026-08-04; pass --force to change a recorded release"},
      {"4.10", "2018-01-01", false,
       "4.10: actual date 2017-12-13 -> 2018-01-01; pass --force to change a recorded release"},
      {"4.10", "2030-01-01", true, "DATE: expected a date before 4.11 (2018-07-10), saw 2030-01-01"},
      {"4.10", "2017-06-27", true, "DATE: expected a date after 4.9 (2017-06-27), saw 2017-06-27"},
      {"4.22", "2029-07-30", true,
       "DATE: expected a date before the end of 4.22's general support (2029-07-30), saw 2029-07-30"},
      {"4.22", "2026-07-30", true, "4.22: actual date is already 2026-07-30; nothing to change"},
      {"4.23", "2051-03-01", false,
       "DATE: expected a date inside every calendar of xen's plan, saw 2051-03-01 (calendar US: year 2051 is outside "
       "2000..2050)"},
      {"4.23", "2050-11-20", false,
       "re-planning xen with 4.23 released 2050-11-20: release 4.24 (nominal 2051-07-01): calendar US: year 2051 is "
       "outside 2000..2050"},
      {"4.24", "2027-03-17", false, "VERSION: expected a released version or the next one (4.23), saw '4.24'"},
      {"xen-4.23", "2027-03-17", false, "VERSION: expected a version such as 4.{minor}, saw 'xen-4.23'"},
      {"4.23", "2026-07-29", false, "DATE: expected a date after 4.22 (2026-07-30), saw 2026-07-29"},
  };
  for (const auto& c : cases) {
    INFO(c.version << " " << c.date << (c.force ? " --force" : ""));
    auto change = check_actual(xen, c.version, test::day_of(c.date), c.force, registry, {});
    if (c.error.empty()) {
      REQUIRE(change.ok());
      CHECK(change->version == c.version);
      CHECK(change->actual == test::day_of(c.date));
    } else {
      REQUIRE_FALSE(change.ok());
      CHECK(change.error().message == c.error);
    }
  }
  auto added = check_actual(xen, "4.23", test::day_of("2027-03-17"), false, registry, {}).value();
  CHECK_FALSE(added.previous);
  CHECK(added.updated.releases.size() == xen.releases.size() + 1);
  CHECK(added.updated.releases.back().version == "4.23");
  REQUIRE(added.next);
  CHECK(added.next->version == "4.24");
  CHECK(format_date(added.next->planned) == "2027-11-02");
  auto moved = check_actual(xen, "4.22", test::day_of("2026-08-04"), true, registry, {}).value();
  CHECK(moved.previous == test::day_of("2026-07-30"));
  CHECK(moved.updated.releases.back().released == test::day_of("2026-08-04"));
  CHECK(moved.next->version == "4.23");
  // The project's own day off is part of the re-plan.
  const std::vector<DayOverride> off = {{test::day_of("2027-03-02"), true, "Summit"}};
  CHECK(format_date(check_actual(xen, "4.22", test::day_of("2026-08-04"), true, registry, off)->next->planned) ==
        "2027-03-03");
}

TEST_CASE("Override names are 1..80 characters of text", "[data][history]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Project summit", ""},
      {std::string(80, 'x'), ""},
      {"\xC3\xA9t\xC3\xA9", ""},
      {"", "--name: expected a name of 1..80 characters, saw ''"},
      {std::string(81, 'x'), "--name: expected a name of 1..80 characters, saw '" + std::string(81, 'x') + "'"},
      {"a\nb", "--name: expected text without control characters, saw 'a\nb'"},
  };
  for (const auto& [name, error] : cases) {
    INFO(name);
    auto s = check_override_name(name);
    CHECK(s.ok() == error.empty());
    if (!s.ok()) CHECK(s.error().message == error);
  }
  std::string eighty_accents;
  for (int i = 0; i < 80; ++i) eighty_accents += "\xC3\xA9";
  CHECK(check_override_name(eighty_accents).ok());
  CHECK_FALSE(check_override_name(eighty_accents + "x").ok());
  CHECK(check_override_name("\xFF").error().message.rfind("--name: expected UTF-8 text", 0) == 0);
}

TEST_CASE("plan_warnings names dates already past", "[data][history]") {
  const auto xen = shipped("xen");
  const auto& registry = CalendarRegistry::shipped();
  auto train = project_train(xen, 1, registry).value();
  auto releases = plan_releases(train).value();
  CHECK(plan_warnings(xen, releases, test::day_of("2026-11-27"), registry).empty());
  CHECK(plan_warnings(xen, releases, test::day_of("2026-12-03"), registry) ==
        std::vector<std::string>{"4.23: last posting date 2026-11-27 is already past (on 2026-12-03)"});
  CHECK(plan_warnings(xen, releases, test::day_of("2027-03-03"), registry) ==
        std::vector<std::string>{"4.23: planned date 2027-03-02 is already past (on 2027-03-03)",
                                 "4.23: last posting date 2026-11-27 is already past (on 2027-03-03)"});
}

TEST_CASE("Store::change_actual writes nothing on a refusal, undo restores what the audit kept", "[data][history]") {
  TempDb db;
  auto store = Store::open(db.path, shipped_project_files()).value();
  const auto& registry = CalendarRegistry::shipped();
  const auto before = write_project_toml(store->project("xen").value());
  const auto audit_before = store->audit_log(100).size();
  auto refused = store->change_actual("xen", "4.22", test::day_of("2026-08-04"), false, registry, "tester");
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().message ==
        "4.22: actual date 2026-07-30 -> 2026-08-04; pass --force to change a recorded release");
  CHECK(write_project_toml(store->project("xen").value()) == before);
  CHECK(store->audit_log(100).size() == audit_before);

  REQUIRE(store->change_actual("xen", "4.22", test::day_of("2026-08-04"), true, registry, "tester").ok());
  CHECK(store->audit_log(1).front().detail == "2026-08-04\nprevious: 2026-07-30");
  REQUIRE(store->set_calendar_override("xen", test::day_of("2027-03-02"), true, "Summit", "tester").ok());
  CHECK(store->audit_log(1).front().detail == "off: Summit\nprevious: none");
  CHECK(store->set_calendar_override("xen", test::day_of("2027-03-02"), true, "", "tester").error().message ==
        "--name: expected a name of 1..80 characters, saw ''");
  CHECK(store->undo_last_change("xen", "tester").value() == "xen 2027-03-02: a day off (Summit) removed");
  CHECK(store->calendar_overrides("xen").empty());
  CHECK(store->undo_last_change("xen", "tester").value() ==
        "xen 4.22: actual date 2026-08-04 -> 2026-07-30 (restored)");
  CHECK(write_project_toml(store->project("xen").value()) == before);
  CHECK(store->audit_log(1).front().action == "release undo");
  CHECK(store->audit_log(1).front().detail ==
        "entry " + std::to_string(audit_before + 1) + ": xen 4.22: actual date 2026-08-04 -> 2026-07-30 (restored)");
  CHECK(store->undo_last_change("xen", "tester").error().message == "nothing to undo for xen");
  CHECK(store->undo_last_change("python", "tester").error().message == "nothing to undo for python");

  // A change audited before previous values were kept is not guessed at.
  {
    SQLite::Database raw(db.path, SQLite::OPEN_READWRITE);
    raw.exec(
        "INSERT INTO audit_log (actor, action, subject, detail) VALUES ('old', 'release actual', "
        "'project xen 4.22', '2026-07-30')");
  }
  auto old = store->undo_last_change("xen", "tester");
  REQUIRE_FALSE(old.ok());
  CHECK(old.error().message.find("was recorded without its previous value and cannot be undone") != std::string::npos);
}

TEST_CASE("Store::atomically rolls back every write of a failed body", "[data][history]") {
  TempDb db;
  auto store = Store::open(db.path, shipped_project_files()).value();
  const auto before = write_project_toml(store->project("xen").value());
  auto s = store->atomically([&]() -> Status {
    if (auto w = store->record_actual("xen", "4.23", test::day_of("2027-03-17"), "tester"); !w) return w;
    return Error{"test", "", "refused after a write"};
  });
  REQUIRE_FALSE(s.ok());
  CHECK(s.error().message == "refused after a write");
  CHECK(write_project_toml(store->project("xen").value()) == before);
  CHECK(store->audit_log(1).front().action == "import");
}
