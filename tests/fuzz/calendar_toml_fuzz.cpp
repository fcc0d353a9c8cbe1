// libFuzzer harness 1: one calendar file given at run time (--calendars-dir), read and evaluated as
// CalendarRegistry::load does, then asked what the CLI and the planner ask of a calendar: its
// occurrences, working-day steps and a join with a shipped calendar.
#include <algorithm>

#include "calendars/combine.hpp"
#include "calendars/io/registry.hpp"
#include "calendars/workdays.hpp"
#include "tests/fuzz/fuzz_support.hpp"

using namespace relplan;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const Calendar us = CalendarRegistry::shipped().get("US").value();
  const std::vector<CalendarFile> extra{{"fuzz.toml", std::string(fuzz::text_of(data, size))}};
  auto registry = CalendarRegistry::load({}, extra);
  if (!registry) return 0;
  for (const auto& spec : registry->specs()) {
    auto calendar = registry->get(spec->id);
    if (!calendar) fuzz::finding("a loaded calendar is not found by its own id", calendar.error().message);
    const auto first = calendar->first_day();
    const auto last = std::min(calendar->last_day(), first + date::days{400});
    (void)calendar->occurrences(first, last);
    for (auto d = first; d <= std::min(last, first + date::days{14}); d += date::days{1}) {
      (void)calendar->reasons_off(d);
    }
    (void)next_working_day(*calendar, first);
    (void)previous_working_day(*calendar, calendar->last_day());
    (void)add_working_days(*calendar, first, 10);
    (void)adjust(*calendar, last, Adjustment::nearest);
    const std::vector<Calendar> team{*calendar, us};
    (void)join(team);
  }
  return 0;
}
