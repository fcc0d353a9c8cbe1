#pragma once
// The numbers a release manager compares between cadence scenarios. Definitions:
//
// releases_per_year: what the cadence implies, 12 / months (or 365.2425 / 7 / weeks).
//
// release_months, distinct_release_months: the calendar months the PLANNED dates of one full cycle
//   of the cadence land in, listed Jan..Dec without repeats. A months cadence c repeats its months
//   every lcm(c, 12) months, i.e. after lcm(c, 12) / c releases; the releases counted are the first
//   lcm(c, 12) / c of the plan, release 0 (the anchor release) included: 6 months -> releases 0..1,
//   8 months -> 0..2, 9 months -> 0..3, 7 months -> 0..11. A weeks cadence does not repeat in
//   months; the releases counted are those whose nominal date is less than 12 months after release
//   0's. A horizon with fewer releases than that counts all of them and says so in a note.
//
// Steady-state window: the days on which the counts no longer depend on the train having started at
//   release 0. A train that had always run would have branches released before release 0 still
//   supported; the last of them ends, at the latest, as long after release 0 as the longest
//   security support any policy gives. So the window starts on
//     release 0 + max over the support policies in force of (security end - release date of the
//     first branch that policy covers) + 1 day
//   and ends on the day the last release of the horizon happens (actual, else planned), both
//   included. With one policy this is the day after the first branch's security end. With an LTS
//   rule (every 4th release 60 months, the others 36) it is 60 months after release 0, not 36:
//   starting at 36 would count days on which the LTS branches of an endless train are missing. The
//   window is empty when it would start after the last release (or the first branch's end is
//   open); then the window metrics below are null and a note says why. A continuation of a real
//   project (scenario.hpp: existing branches) counts those branches on every day they are alive,
//   and its window starts no earlier than the day after the last existing branch released before
//   release 0 ends its security support: from then on, the counts are the cadence's own.
// max_/mean_security_supported, max_/mean_general_supported: the largest count on any day of the
//   window and the mean over its days (each day weighs the same), per the counting rule of
//   timeline.hpp (both ends of a branch's support included).
// max_security_supported_days, max_general_supported_days: on how many days of the window the
//   largest count holds (a peak of one day is the overlap of a release day with an end day).
// p95_security_supported: the smallest count n such that on at least 95 % of the window's days at
//   most n branches are security-supported: the load to plan for, without one-day peaks.
// backports_per_fix: how many stable branches a security fix must reach: for a fix published on a
//   day picked uniformly from the window, the expected number of security-supported branches on
//   that day. By that definition it equals mean_security_supported; it is reported under its own
//   name because it is the question asked ("how many trees does each XSA touch?").
//
// releases_shifted: releases whose planned date differs from the nominal one. max_shift_days: the
//   largest |planned - nominal| in days.
//
// branch_months_per_year: the security-maintenance load per year of the horizon:
//     sum over branches of months_between(released, security_until)  /  horizon years,
//   where a branch's months are counted like the policies count them (month_math.hpp: 36 months
//   from 2018-07-10 ends 2018-07-10 + 36 months = 2021-07-10 and counts exactly 36) and the
//   horizon is one cadence per release: releases / releases_per_year years. 12 releases at 8 months
//   with 36 months of security support: 12 * 36 / (12 / 1.5) = 54. Null (with a note) when some
//   branch's security end is open.
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "planner/timeline.hpp"

namespace relplan {

struct SteadyState {
  date::sys_days from;
  date::sys_days to;
};

struct Metrics {
  double releases_per_year = 0;
  int distinct_release_months = 0;
  std::vector<date::month> release_months;  // Jan..Dec, no repeats
  int release_months_counted = 0;           // how many releases release_months looked at
  std::optional<SteadyState> steady_state;  // nullopt: empty window
  std::optional<int> max_security_supported;
  std::optional<int> max_security_supported_days;
  std::optional<int> p95_security_supported;
  std::optional<double> mean_security_supported;
  std::optional<int> max_general_supported;
  std::optional<int> max_general_supported_days;
  std::optional<double> mean_general_supported;
  std::optional<double> backports_per_fix;
  int releases_shifted = 0;
  int max_shift_days = 0;
  std::optional<double> branch_months_per_year;
  std::vector<std::string> notes;  // why a metric is null or partial
};

// Precondition: releases and branches are non-empty, one branch per release, in release order.
// `timeline` may count more branches (a continuation's existing ones); `not_before` is then the
// earliest start of the steady-state window.
Metrics compute_metrics(const Cadence& cadence, std::span<const PlannedRelease> releases,
                        std::span<const Branch> branches, std::span<const TimelineStep> timeline,
                        std::optional<date::sys_days> not_before = std::nullopt);

}  // namespace relplan
