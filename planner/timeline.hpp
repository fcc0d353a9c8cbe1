#pragma once
// How many branches are supported on each day: the concurrency timeline.
//
// Counting rule: a branch is alive on every day from its release date through its end date, both
// included, so its count drops on the day after the end date. A branch released on the day another
// one's support ends makes both count on that day. general_supported counts branches in general
// support; security_supported counts branches in security support (which includes general support:
// the security end is the later one). An open end (nullopt) never drops.
//
// The timeline lists only the days on which a count changes, from the first release on:
//   4.11 released 2021-01-05, general until 2021-07-05, security until 2022-01-05 gives
//   {2021-01-05, 1, 1}, {2021-07-06, 0, 1}, {2022-01-06, 0, 0}.
#include <span>
#include <vector>

#include "planner/support_policy.hpp"

namespace relplan {

struct TimelineStep {
  date::sys_days date;
  int general_supported = 0;
  int security_supported = 0;
  bool operator==(const TimelineStep&) const = default;
};

std::vector<TimelineStep> concurrency_timeline(std::span<const Branch> branches);

// The counts over the days [from, to], both included: the largest count on any of those days, on
// how many of the days it holds, the mean over the days (each day weighs the same) and the 95th
// percentile of the daily security count (the smallest n with at least 95 % of the days at n or
// fewer). Precondition: from <= to.
//   A window of 100 days with 3 branches on 98 days and 4 on 2 days: max 4 on 2 days, p95 3.
struct WindowCounts {
  int max_general = 0;
  int max_security = 0;
  double mean_general = 0;
  double mean_security = 0;
  int max_general_days = 0;
  int max_security_days = 0;
  int p95_security = 0;
};
WindowCounts counts_over(std::span<const TimelineStep> timeline, date::sys_days from, date::sys_days to);

}  // namespace relplan
