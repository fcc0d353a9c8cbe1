#include "planner/timeline.hpp"

#include <map>

#include <algorithm>

namespace relplan {

namespace {
struct Event {
  date::sys_days date;
  int general;
  int security;
};
}  // namespace

std::vector<TimelineStep> concurrency_timeline(std::span<const Branch> branches) {
  std::vector<Event> events;
  events.reserve(branches.size() * 3);
  for (const auto& b : branches) {
    events.push_back({b.released, +1, +1});
    if (b.general_until) events.push_back({*b.general_until + date::days{1}, -1, 0});
    if (b.security_until) events.push_back({*b.security_until + date::days{1}, 0, -1});
  }
  std::sort(events.begin(), events.end(), [](const Event& a, const Event& b) { return a.date < b.date; });
  std::vector<TimelineStep> steps;
  steps.reserve(events.size());
  TimelineStep now{};
  for (std::size_t i = 0; i < events.size();) {
    const auto day = events[i].date;
    TimelineStep next{day, now.general_supported, now.security_supported};
    for (; i < events.size() && events[i].date == day; ++i) {
      next.general_supported += events[i].general;
      next.security_supported += events[i].security;
    }
    if (next.general_supported != now.general_supported || next.security_supported != now.security_supported) {
      steps.push_back(next);
    }
    now = next;
  }
  return steps;
}

WindowCounts counts_over(std::span<const TimelineStep> timeline, date::sys_days from, date::sys_days to) {
  // The step in force on `from`: the last one on or before it (none: nothing alive yet).
  auto it = std::upper_bound(timeline.begin(), timeline.end(), from,
                             [](date::sys_days d, const TimelineStep& s) { return d < s.date; });
  TimelineStep now = it == timeline.begin() ? TimelineStep{from, 0, 0} : *std::prev(it);
  WindowCounts out{now.general_supported, now.security_supported, 0, 0, 0, 0, 0};
  double general_days = 0;
  double security_days = 0;
  std::map<int, long long> days_at_security;  // count -> days with it
  for (auto start = from;;) {
    const auto end = (it == timeline.end() || it->date > to) ? to : it->date - date::days{1};
    const auto n = static_cast<int>((end - start).count() + 1);
    const auto days = static_cast<double>(n);
    general_days += days * now.general_supported;
    security_days += days * now.security_supported;
    days_at_security[now.security_supported] += n;
    if (now.general_supported > out.max_general) out.max_general_days = 0;
    if (now.security_supported > out.max_security) out.max_security_days = 0;
    out.max_general = std::max(out.max_general, now.general_supported);
    out.max_security = std::max(out.max_security, now.security_supported);
    if (now.general_supported == out.max_general) out.max_general_days += n;
    if (now.security_supported == out.max_security) out.max_security_days += n;
    if (end == to) break;
    now = *it++;
    start = now.date;
  }
  const auto total_days = (to - from).count() + 1;
  const auto total = static_cast<double>(total_days);
  out.mean_general = general_days / total;
  out.mean_security = security_days / total;
  long long covered = 0;  // days at a count <= the current one; 95 % of the days, in whole days
  for (const auto& [count, days] : days_at_security) {
    covered += days;
    if (covered * 100 >= 95LL * total_days) {
      out.p95_security = count;
      break;
    }
  }
  return out;
}

}  // namespace relplan
