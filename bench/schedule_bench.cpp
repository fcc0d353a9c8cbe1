// Schedule benchmark (issue 5 goal: one full schedule - template, RCs, press, one advisory - in <= 50 us
// median). Calendars, the template and the policy are built outside the timed loop.
#include <benchmark/benchmark.h>

#include "calendars/io/blackout_text.hpp"
#include "calendars/io/registry.hpp"
#include "data/project/project_toml.hpp"
#include "data/store/store.hpp"
#include "data/templates/template_toml.hpp"
#include "planner/schedule/fit.hpp"

using namespace relplan;

namespace {

struct Fixture {
  ScheduleTemplateFile file;
  schedule::ScheduleCalendars cals;
  Calendar press;
  std::vector<schedule::Advisory> advisories;
};

Fixture fixture(date::sys_seconds advisory_public = date::sys_seconds{date::sys_days{date::year{2019} / 12 / 11}} +
                                                    std::chrono::hours{12}) {
  const auto& registry = CalendarRegistry::shipped();
  auto file = shipped_template("xen").value();
  file.policy.press.zones = {"Europe/Berlin", "Asia/Shanghai"};
  const auto team = registry.joined("US,GB-ENG,DE").value();
  const std::vector<Calendar> references{registry.get("CN").value()};
  auto working = with_blackouts(team, file.blackouts, references).value();
  const schedule::Advisory xsa{"XSA-307", advisory_public, std::nullopt, true};
  return {file, {team, working}, team, {xsa}};
}

// Backward from the release (the search for the last posting date), press in three zones, one advisory.
void full_schedule(benchmark::State& state, const char* given, date::sys_days day) {
  const auto f = fixture();
  for (auto _ : state) {
    auto s = schedule::plan_schedule(f.file.milestones, f.cals, f.press, f.file.policy, {given, day}, f.advisories);
    benchmark::DoNotOptimize(s);
  }
}
BENCHMARK_CAPTURE(full_schedule, backward_2019_12_17, "release", date::sys_days{date::year{2019} / 12 / 17})
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(full_schedule, forward_2024_12_13_cny, "last_posting", date::sys_days{date::year{2024} / 12 / 13})
    ->Unit(benchmark::kMicrosecond);

// The advisory public Tue 2019-12-17: the release slips 21 days over the year-end blackout and the
// slip is explained day by day, with warnings for the press steps inside the blackout.
void slipping_schedule(benchmark::State& state) {
  const auto f = fixture(date::sys_seconds{date::sys_days{date::year{2019} / 12 / 17}} + std::chrono::hours{12});
  const auto day = date::sys_days{date::year{2019} / 12 / 17};
  for (auto _ : state) {
    auto s = schedule::plan_schedule(f.file.milestones, f.cals, f.press, f.file.policy, {"release", day}, f.advisories);
    benchmark::DoNotOptimize(s);
  }
}
BENCHMARK(slipping_schedule)->Unit(benchmark::kMicrosecond);

// The xen template fitted to the three newest recorded schedules (relplan schedule --project xen).
void fit_xen_template(benchmark::State& state) {
  const auto f = fixture();
  std::vector<schedule::RecordedSchedule> history;
  for (const auto& file : shipped_project_files()) {
    auto p = parse_project_toml(file.text, file.path).value();
    if (p.id == "xen") history.assign(p.schedules.end() - 3, p.schedules.end());
  }
  for (auto _ : state) {
    auto fit = schedule::fit_template(f.file.milestones, history, f.cals);
    benchmark::DoNotOptimize(fit);
  }
}
BENCHMARK(fit_xen_template)->Unit(benchmark::kMicrosecond);

}  // namespace
