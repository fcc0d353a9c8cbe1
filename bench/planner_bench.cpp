// Cadence engine benchmarks (issue 4 goals): one 30-year scenario on three joined calendars <= 50 us;
// three scenarios side by side <= 150 us; a sweep of 22 cadences (3..24 months) x 12 anchor months x
// 30 years <= 100 ms. The team calendar and the scenarios are built outside the timed loop, except in
// spec_continuation_xen_8_9_months (the whole of `compare --project xen --cadence 8,9`).
#include <benchmark/benchmark.h>

#include "calendars/combine.hpp"
#include "calendars/io/blackout_text.hpp"
#include "calendars/io/registry.hpp"
#include "data/project/project_toml.hpp"
#include "data/scenario/scenario_spec.hpp"
#include "data/store/store.hpp"
#include "planner/scenario.hpp"

using namespace relplan;

namespace {

const Calendar& xen_team() {
  static const Calendar team = [] {
    const std::vector<BlackoutWindow> windows{parse_blackout("12-20..01-05").value()};
    return with_blackouts(CalendarRegistry::shipped().joined("US,GB-ENG,DE").value(), windows).value();
  }();
  return team;
}

date::sys_days day(const char* text) { return parse_date(text).value(); }

// 4.11 on `anchor`, 18 + 36 months of support, US+GB-ENG+DE with the year-end blackout.
Scenario xen_scenario(int months, date::sys_days anchor, Horizon horizon) {
  Scenario s;
  s.train.cadence = Cadence::months(months);
  s.train.anchor = Anchor{anchor, "4.11", AnchorKind::first_release};
  s.train.horizon = horizon;
  s.train.calendar = xen_team();
  s.support = {SupportPolicy{.name = "18/36", .general = SupportMonths{18}, .security = SupportMonths{36}}};
  return s;
}

Horizon thirty_years_from(date::sys_days anchor) {
  return Horizon::through(add_months_clamped(anchor, 360) - date::days{1});
}

void run(benchmark::State& state, const std::vector<Scenario>& scenarios) {
  std::size_t releases = 0;
  for (auto _ : state) {
    auto results = compare_scenarios(scenarios);
    if (!results) {
      state.SkipWithError(results.error().message.c_str());
      break;
    }
    releases = 0;
    for (const auto& r : *results) releases += r.releases.size();
    benchmark::DoNotOptimize(results);
  }
  state.counters["releases"] = static_cast<double>(releases);
}

// 60 releases (6 months, 2018-07-10 .. 2048-01).
void planner_one_scenario_30_years(benchmark::State& state) {
  const auto anchor = day("2018-07-10");
  run(state, {xen_scenario(6, anchor, thirty_years_from(anchor))});
}
BENCHMARK(planner_one_scenario_30_years)->Unit(benchmark::kMicrosecond);

void planner_compare_6_8_9_months_12_releases(benchmark::State& state) {
  std::vector<Scenario> scenarios;
  for (int months : {6, 8, 9}) scenarios.push_back(xen_scenario(months, day("2018-07-10"), Horizon::count(12)));
  run(state, scenarios);
}
BENCHMARK(planner_compare_6_8_9_months_12_releases)->Unit(benchmark::kMicrosecond);

void planner_compare_6_8_9_months_30_years(benchmark::State& state) {
  const auto anchor = day("2018-07-10");
  std::vector<Scenario> scenarios;
  for (int months : {6, 8, 9}) scenarios.push_back(xen_scenario(months, anchor, thirty_years_from(anchor)));
  run(state, scenarios);
}
BENCHMARK(planner_compare_6_8_9_months_30_years)->Unit(benchmark::kMicrosecond);

// 264 scenarios: cadences 3..24 months, anchors on the 10th of each month of 2019, 30 years each.
void planner_sweep_22_cadences_12_anchors_30_years(benchmark::State& state) {
  std::vector<Scenario> scenarios;
  for (int months = 3; months <= 24; ++months) {
    for (unsigned m = 1; m <= 12; ++m) {
      const date::sys_days anchor{date::year{2019} / date::month{m} / 10};
      scenarios.push_back(xen_scenario(months, anchor, thirty_years_from(anchor)));
    }
  }
  run(state, scenarios);
}
BENCHMARK(planner_sweep_22_cadences_12_anchors_30_years)->Unit(benchmark::kMillisecond);

// The continuation of Xen at 8 and 9 months from its record (scenario_spec.hpp): the specification
// read, the team calendar built (no cache, as the CLI does), both scenarios evaluated.
void spec_continuation_xen_8_9_months(benchmark::State& state) {
  const Project xen = [] {
    for (const auto& f : shipped_project_files()) {
      auto p = parse_project_toml(f.text, f.path).value();
      if (p.id == "xen") return p;
    }
    return Project{};
  }();
  ScenarioSpec spec;
  spec.cadence_months = "8,9";
  for (auto _ : state) {
    auto scenarios =
        scenarios_from_spec(spec, CalendarRegistry::shipped(), ProjectState{xen, {}, day("2026-12-03")}).value();
    benchmark::DoNotOptimize(compare_scenarios(scenarios));
  }
}
BENCHMARK(spec_continuation_xen_8_9_months)->Unit(benchmark::kMicrosecond);

}  // namespace
