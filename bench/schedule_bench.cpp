// Schedule benchmark (issue 5 goal: one full schedule - template, RCs, press, one advisory - in <= 50 us
// median). Calendars, the template and the policy are built outside the timed loop.
#include <benchmark/benchmark.h>

#include "calendars/io/blackout_text.hpp"
#include "calendars/io/registry.hpp"
#include "data/templates/template_toml.hpp"

using namespace relplan;

namespace {

struct Fixture {
  ScheduleTemplateFile file;
  schedule::ScheduleCalendars cals;
  Calendar press;
  std::vector<schedule::Advisory> advisories;
};

Fixture fixture() {
  const auto& registry = CalendarRegistry::shipped();
  auto file = shipped_template("xen").value();
  file.policy.press.zones = {"Europe/Berlin", "Asia/Shanghai"};
  const auto team = registry.joined("US,GB-ENG,DE").value();
  const std::vector<Calendar> references{registry.get("CN").value()};
  auto working = with_blackouts(team, file.blackouts, references).value();
  const schedule::Advisory xsa{"XSA-307",
                               date::sys_seconds{date::sys_days{date::year{2019} / 12 / 11}} + std::chrono::hours{12},
                               std::nullopt, true};
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

}  // namespace
