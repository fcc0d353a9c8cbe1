// blackout_ranges (svg_charts.hpp): the blackout layers of a team calendar as day ranges.
#include <algorithm>
#include <map>
#include <tuple>

#include "data/export/svg_charts.hpp"

namespace relplan {

std::vector<ShadedRange> blackout_ranges(const Calendar& team, date::sys_days from, date::sys_days to) {
  std::vector<ShadedRange> out;
  for (const auto& layer : team.layers()) {
    if (layer->calendar != "blackout") continue;
    std::map<std::uint16_t, std::vector<std::int32_t>> days_by_window;
    for (const auto& record : layer->records) days_by_window[record.name].push_back(record.day);
    for (auto& [name, days] : days_by_window) {
      std::sort(days.begin(), days.end());
      days.erase(std::unique(days.begin(), days.end()), days.end());
      for (std::size_t start = 0, end = 0; start < days.size(); start = end) {
        for (end = start + 1; end < days.size() && days[end] == days[end - 1] + 1;) ++end;
        const auto first = from_day_number(days[start]);
        const auto last = from_day_number(days[end - 1]);
        if (last >= from && first <= to) out.push_back({first, last, "blackout " + layer->names[name]});
      }
    }
  }
  std::sort(out.begin(), out.end(), [](const ShadedRange& a, const ShadedRange& b) {
    return std::tie(a.from, a.to, a.label) < std::tie(b.from, b.to, b.label);
  });
  return out;
}

}  // namespace relplan
