// The store under crashes and contention: a writer killed with SIGKILL in the middle of its
// transactions leaves an intact file with whole changes only; four processes writing at once lose
// nothing.
#include <catch2/catch.hpp>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <thread>

#include <SQLiteCpp/Database.h>

#include "data/store/store.hpp"
#include "tests/support/expected_files.hpp"
#include "tests/support/run_cli.hpp"

using namespace relplan;

namespace {
// A project with n releases: importing it is one transaction of n + 2 rows.
Project big_project(const std::string& id, int n) {
  Project p;
  p.id = id;
  p.name = id;
  p.version_scheme = "1.{minor}";
  p.cadence.months = 6;
  p.cadence.source = "test";
  for (int i = 0; i < n; ++i) {
    p.releases.push_back({"1." + std::to_string(i), test::day_of("2000-01-01") + date::days{i}, std::nullopt,
                          std::nullopt, "test", std::nullopt});
  }
  return p;
}
}  // namespace

TEST_CASE("SIGKILL in the middle of writing leaves an intact file and no partial change",
          "[data][store][reliability]") {
  const auto dir = test::temp_dir("kill");
  const auto path = dir + "/relplan.db";
  { REQUIRE(Store::open(path, {}).ok()); }
  constexpr int releases = 2000;
  const pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    auto store = Store::open(path, {});
    for (int i = 0;; ++i) (void)(*store)->import_project(big_project("p" + std::to_string(i), releases), "writer");
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(700));
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  CHECK(WIFSIGNALED(status));

  auto store = Store::open(path, {});
  REQUIRE(store.ok());  // opening runs quick_check
  SQLite::Database raw(path);
  CHECK(raw.execAndGet("PRAGMA integrity_check").getString() == "ok");
  const int projects = raw.execAndGet("SELECT count(*) FROM projects").getInt();
  CHECK(projects >= 1);  // the writer got some way
  // Every project that exists has all its releases and its audit entry: no partial rows.
  CHECK(raw.execAndGet("SELECT count(*) FROM releases").getInt() == projects * releases);
  CHECK(raw.execAndGet("SELECT count(*) FROM audit_log WHERE action = 'import'").getInt() == projects);
  std::filesystem::remove_all(dir);
}

TEST_CASE("Four processes writing at once lose nothing", "[data][store][reliability]") {
  const auto dir = test::temp_dir("writers");
  const auto path = dir + "/relplan.db";
  { REQUIRE(Store::open(path, shipped_project_files()).ok()); }
  constexpr int writers = 4;
  constexpr int saves = 50;
  std::vector<pid_t> pids;
  for (int w = 0; w < writers; ++w) {
    const pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
      auto store = Store::open(path, {});
      int failures = store ? 0 : 1;
      for (int i = 0; store && i < saves; ++i) {
        const auto name = "writer " + std::to_string(w);
        failures += (*store)->save_scenario("xen", name, "{\"i\":" + std::to_string(i) + "}", name).ok() ? 0 : 1;
      }
      _exit(failures == 0 ? 0 : 1);
    }
    pids.push_back(pid);
  }
  for (auto pid : pids) {
    int status = 0;
    waitpid(pid, &status, 0);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
  }
  SQLite::Database raw(path);
  CHECK(raw.execAndGet("SELECT count(*) FROM scenario_versions").getInt() == writers * saves);
  CHECK(raw.execAndGet("SELECT count(*) FROM audit_log WHERE action = 'save scenario'").getInt() == writers * saves);
  for (int w = 0; w < writers; ++w) {
    SQLite::Statement q(
        raw,
        "SELECT max(v.version) FROM scenario_versions v JOIN scenarios s ON s.id = v.scenario_id WHERE s.name = ?");
    q.bind(1, "writer " + std::to_string(w));
    q.executeStep();
    CHECK(q.getColumn(0).getInt() == saves);
  }
  std::filesystem::remove_all(dir);
}
