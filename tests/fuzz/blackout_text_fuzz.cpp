// libFuzzer harness 4: blackout windows as people write them (--blackout, "blackouts" in TOML and
// JSON), one per line, parsed and applied to a team calendar as web/compare_request.cpp does: every
// shipped calendar is a reference for the relative windows ("CN:Spring Festival-1..+6").
// A first line "@US,CN" picks the team calendars (default US,GB-ENG,DE).
#include <algorithm>

#include "calendars/combine.hpp"
#include "calendars/io/blackout_text.hpp"
#include "calendars/io/registry.hpp"
#include "tests/fuzz/fuzz_support.hpp"

using namespace relplan;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto& registry = CalendarRegistry::shipped();
  static const std::vector<Calendar> references = [&] {
    std::vector<Calendar> out;
    for (const auto& spec : registry.specs()) out.push_back(registry.get(spec->id).value());
    return out;
  }();
  auto lines = fuzz::split(fuzz::text_of(data, size), '\n');
  std::string_view ids = "US,GB-ENG,DE";
  if (!lines.empty() && lines.front().starts_with('@')) {
    ids = lines.front().substr(1);
    lines.erase(lines.begin());
  }
  auto team = registry.joined(ids, "calendars");
  if (!team) return 0;
  std::vector<BlackoutWindow> windows;
  for (const auto& line : lines) {
    auto window = parse_blackout(line, "blackouts");
    if (!window) return 0;
    windows.push_back(std::move(window).value());
  }
  auto working = with_blackouts(*team, windows, references);
  if (!working) return 0;
  const auto first = working->first_day();
  const auto last = std::min(working->last_day(), first + date::days{400});
  (void)working->occurrences(first, last);
  for (auto d = first; d <= std::min(last, first + date::days{31}); d += date::days{1}) (void)working->reasons_off(d);
  return 0;
}
