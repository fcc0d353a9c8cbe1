#include "planner/metrics.hpp"

#include <algorithm>
#include <bitset>
#include <cstdlib>
#include <numeric>

#include "planner/month_math.hpp"

namespace relplan {

namespace {

void release_months(const Cadence& cadence, std::span<const PlannedRelease> releases, Metrics& m) {
  std::size_t cycle = 0;
  if (cadence.unit == Cadence::Unit::months) {
    cycle = static_cast<std::size_t>(std::lcm(cadence.count, 12) / cadence.count);
  } else {
    const auto year_on = add_months_clamped(releases.front().nominal, 12);
    while (cycle < releases.size() && releases[cycle].nominal < year_on) ++cycle;
    if (cycle == releases.size()) cycle = releases.size() + 1;  // the year is not complete
  }
  const auto counted = std::min(cycle, releases.size());
  if (counted < cycle) {
    m.notes.push_back("release_months: the horizon has " + std::to_string(releases.size()) +
                      " releases, fewer than one full cycle of the cadence; counted those only");
  }
  std::bitset<13> seen;
  for (std::size_t k = 0; k < counted; ++k) seen.set(unsigned(date::year_month_day{releases[k].planned}.month()));
  for (unsigned month = 1; month <= 12; ++month) {
    if (seen.test(month)) m.release_months.push_back(date::month{month});
  }
  m.distinct_release_months = static_cast<int>(m.release_months.size());
  m.release_months_counted = static_cast<int>(counted);
}

// The first day of the steady-state window (see metrics.hpp), given a closed end for the first branch.
date::sys_days steady_state_start(std::span<const Branch> branches) {
  const auto release0 = branches.front().released;
  auto start = *branches.front().security_until;
  std::vector<std::string> policies;
  for (const auto& b : branches) {
    if (!b.security_until || std::find(policies.begin(), policies.end(), b.security_policy) != policies.end()) continue;
    policies.push_back(b.security_policy);
    start = std::max(start, release0 + (*b.security_until - b.released));
  }
  return start + date::days{1};
}

void steady_state(std::span<const PlannedRelease> releases, std::span<const Branch> branches,
                  std::span<const TimelineStep> timeline, std::optional<date::sys_days> not_before, Metrics& m) {
  const auto& first = branches.front();
  const auto last = releases.back().released();
  const std::string tail = ", which does not end before the last release (" + releases.back().version + ", " +
                           format_date(last) + "); the concurrency metrics are null";
  if (!first.security_until) {
    m.notes.push_back("steady state: empty window: the first branch (" + first.version +
                      ") has security support open-ended" + tail);
    return;
  }
  const auto own_start = steady_state_start(branches);
  const auto start = not_before ? std::max(own_start, *not_before) : own_start;
  if (start > last && start != own_start) {
    m.notes.push_back("steady state: empty window: the existing branches are supported until " +
                      format_date(start - date::days{1}) + tail);
    return;
  }
  if (start > last) {
    if (start != *first.security_until + date::days{1}) {  // a longer policy sets the start
      m.notes.push_back(
          "steady state: empty window: the longest security support of any policy, counted from the "
          "first release, lasts until " +
          format_date(start - date::days{1}) + tail);
    } else {
      m.notes.push_back("steady state: empty window: the first branch (" + first.version +
                        ") has security support until " + format_date(*first.security_until) + tail);
    }
    return;
  }
  m.steady_state = SteadyState{start, last};
  const auto c = counts_over(timeline, m.steady_state->from, m.steady_state->to);
  m.max_security_supported = c.max_security;
  m.max_security_supported_days = c.max_security_days;
  m.p95_security_supported = c.p95_security;
  m.mean_security_supported = c.mean_security;
  m.max_general_supported = c.max_general;
  m.max_general_supported_days = c.max_general_days;
  m.mean_general_supported = c.mean_general;
  m.backports_per_fix = c.mean_security;
}

void branch_months(std::span<const Branch> branches, Metrics& m) {
  double months = 0;
  std::string open;
  for (const auto& b : branches) {
    if (!b.security_until) {
      open += (open.empty() ? "" : ", ") + b.version;
      continue;
    }
    months += months_between(b.released, *b.security_until);
  }
  if (!open.empty()) {
    m.notes.push_back("branch_months_per_year: null, because the security support of " + open +
                      " ends after the horizon (when a later release ships)");
    return;
  }
  const double years = static_cast<double>(branches.size()) / m.releases_per_year;
  m.branch_months_per_year = months / years;
}

}  // namespace

Metrics compute_metrics(const Cadence& cadence, std::span<const PlannedRelease> releases,
                        std::span<const Branch> branches, std::span<const TimelineStep> timeline,
                        std::optional<date::sys_days> not_before) {
  Metrics m;
  m.releases_per_year = cadence.releases_per_year();
  release_months(cadence, releases, m);
  steady_state(releases, branches, timeline, not_before, m);
  for (const auto& r : releases) {
    if (r.shift_days != 0) ++m.releases_shifted;
    m.max_shift_days = std::max(m.max_shift_days, std::abs(r.shift_days));
  }
  branch_months(branches, m);
  return m;
}

}  // namespace relplan
