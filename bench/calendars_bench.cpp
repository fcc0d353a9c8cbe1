// Calendar benchmarks (issue 3 goals: 50 years of one calendar in <= 100 us; <= 3 ns per lookup on
// a joined calendar of three countries).
#include <benchmark/benchmark.h>

#include "calendars/combine.hpp"
#include "calendars/evaluate.hpp"
#include "calendars/io/registry.hpp"

using namespace relplan;

namespace {

std::shared_ptr<const CalendarSpec> spec_of(const char* id) {
  for (const auto& s : CalendarRegistry::shipped().specs()) {
    if (s->id == id) return s;
  }
  return nullptr;
}

void materialise_50_years(benchmark::State& state, const char* id) {
  const auto spec = spec_of(id);
  for (auto _ : state) {
    auto cal = evaluate(spec);
    benchmark::DoNotOptimize(cal);
  }
}
BENCHMARK_CAPTURE(materialise_50_years, GB_ENG, "GB-ENG")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(materialise_50_years, US, "US")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(materialise_50_years, JP, "JP")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(materialise_50_years, CN, "CN")->Unit(benchmark::kMicrosecond);

// 1,000,000 lookups of days spread over 2000..2050, in no particular order, on US+GB-ENG+DE;
// the days are drawn before timing. Reported per lookup (items_per_second) and per 1M (time).
std::vector<date::sys_days> spread_days(const Calendar& cal, int count) {
  const auto first = day_number(cal.first_day());
  const auto span = static_cast<std::uint32_t>(day_number(cal.last_day()) - first + 1);
  std::vector<date::sys_days> days;
  days.reserve(static_cast<std::size_t>(count));
  std::uint32_t x = 12345;
  for (int i = 0; i < count; ++i) {
    x = x * 1664525U + 1013904223U;
    days.push_back(from_day_number(first + static_cast<std::int32_t>(x % span)));
  }
  return days;
}

void is_working_day_joined(benchmark::State& state) {
  const auto cal = CalendarRegistry::shipped().joined("US,GB-ENG,DE").value();
  const auto days = spread_days(cal, 1'000'000);
  for (auto _ : state) {
    int working = 0;
    for (const auto d : days) working += cal.is_working_day(d).value() ? 1 : 0;
    benchmark::DoNotOptimize(working);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(days.size()));
}
BENCHMARK(is_working_day_joined)->Unit(benchmark::kMillisecond);

}  // namespace
