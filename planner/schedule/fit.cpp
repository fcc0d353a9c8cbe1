#include "planner/schedule/fit.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <tuple>

#include "planner/schedule/rcs.hpp"

namespace relplan::schedule {

namespace {

using date::sys_days;

// Candidates are searched this many units either side of the median recorded gap.
constexpr int search_radius = 10;

int lower_median(std::vector<int> v) {
  std::sort(v.begin(), v.end());
  return v[(v.size() - 1) / 2];
}

int days_between(sys_days a, sys_days b) { return static_cast<int>((b - a).count()); }

// A recorded gap of `days` (from `from`) in `unit`.
Result<int> in_unit(int days, sys_days from, Unit unit, const Calendar& working) {
  switch (unit) {
    case Unit::days:
      return days;
    case Unit::weeks:
      return static_cast<int>(std::lround(days / 7.0));
    case Unit::working_days:
      return working_days_between(working, from, from + date::days{days});
  }
  return days;
}

struct Sample {
  sys_days from;
  sys_days to;
  int weight = 1;  // 1 for the oldest schedule, k for the k-th
};

// The amount with the least weighted total error of `predict(amount, from)` against the samples'
// `to`; ties go to the amount with the least error on the newest sample, then to `own`, then to the
// amount nearest `center` (the weighted median recorded gap in the unit), then to the smaller.
template <class Predict>
Result<std::pair<int, int>> best_amount(const std::vector<Sample>& samples, int own, int center, Predict predict) {
  std::vector<int> candidates;
  for (int n = center - search_radius; n <= center + search_radius; ++n) candidates.push_back(n);
  if (std::abs(own - center) > search_radius) candidates.push_back(own);
  std::optional<Error> first_error;
  using Rank = std::tuple<int, int, bool, int, int>;  // cost, newest error, not own, |n - center|, n
  std::optional<Rank> best;
  int best_error = 0;
  for (int n : candidates) {
    int cost = 0;
    int error = 0;
    int newest = 0;
    bool ok = true;
    for (const auto& s : samples) {
      auto d = predict(n, s.from);
      if (!d) {
        if (!first_error) first_error = d.error();
        ok = false;
        break;
      }
      newest = std::abs(days_between(*d, s.to));
      error += newest;
      cost += s.weight * newest;
    }
    if (!ok) continue;
    const Rank rank{cost, newest, n != own, std::abs(n - center), n};
    if (!best || rank < *best) {
      best = rank;
      best_error = error;
    }
  }
  if (!best) return *first_error;
  return std::pair{std::get<4>(*best), best_error};
}

// The weighted median of values with weights 1, 2, ... (oldest first): the least value whose
// cumulative weight reaches half the total.
int weighted_median(const std::vector<int>& values) {
  std::vector<std::pair<int, int>> v;
  for (std::size_t i = 0; i < values.size(); ++i) v.emplace_back(values[i], static_cast<int>(i) + 1);
  std::sort(v.begin(), v.end());
  int total = 0;
  for (const auto& [value, weight] : v) total += weight;
  int sum = 0;
  for (const auto& [value, weight] : v) {
    sum += weight;
    if (2 * sum >= total) return value;
  }
  return v.back().first;
}

Result<PhaseFit> fit_phase(const MilestoneTemplate& t, std::size_t i, std::span<const RecordedSchedule> history,
                           const ScheduleCalendars& cals) {
  const auto& rule = t.milestones[i];
  PhaseFit fit{rule.id, rule.relative_to, rule.offset, rule.offset, {}, {}, 0};
  std::vector<Sample> samples;
  std::vector<int> gaps_in_unit;
  for (const auto& s : history) {
    const auto from = recorded_date(s, rule.relative_to);
    const auto to = recorded_date(s, rule.id);
    if (!from || !to) continue;
    samples.push_back({*from, *to, static_cast<int>(samples.size()) + 1});
    fit.versions.push_back(s.version);
    fit.gaps.push_back(days_between(*from, *to));
    auto g = in_unit(fit.gaps.back(), *from, rule.offset.unit, cals.working);
    if (!g) return g.error();
    gaps_in_unit.push_back(*g);
  }
  if (samples.empty()) return fit;
  const auto unit = rule.offset.unit;
  auto best = best_amount(samples, rule.offset.amount, weighted_median(gaps_in_unit),
                          [&](int n, sys_days from) -> Result<sys_days> {
                            auto stepped = step(cals.team, from, {n, unit});
                            if (!stepped) return stepped.error();
                            return rule.pin ? pin(*stepped, *rule.pin) : *stepped;
                          });
  if (!best) return best.error();
  fit.fitted = {best->first, unit};
  fit.total_error = best->second;
  return fit;
}

Result<std::optional<RcFit>> fit_rcs(const MilestoneTemplate& t, std::span<const RecordedSchedule> history,
                                     const ScheduleCalendars& cals) {
  if (!t.rcs) return std::optional<RcFit>{};
  RcFit fit;
  fit.was = *t.rcs;
  fit.fitted = *t.rcs;
  std::vector<Sample> firsts;
  std::vector<int> gaps_in_unit;
  for (const auto& s : history) {
    const auto first = recorded_date(s, t.rcs->first);
    if (s.rcs.empty() || !first) continue;
    fit.versions.push_back(s.version);
    fit.counts.push_back(static_cast<int>(s.rcs.size()));
    fit.rc1_days.push_back(days_between(*first, s.rcs.front()));
    firsts.push_back({*first, s.rcs.front(), static_cast<int>(firsts.size()) + 1});
    for (std::size_t k = 1; k < s.rcs.size(); ++k) {
      fit.gaps.push_back(days_between(s.rcs[k - 1], s.rcs[k]));
      auto g = in_unit(fit.gaps.back(), s.rcs[k - 1], t.rcs->every.unit, cals.working);
      if (!g) return g.error();
      gaps_in_unit.push_back(*g);
    }
  }
  if (fit.versions.empty()) return std::optional<RcFit>{};
  fit.fitted.count = std::min(weighted_median(fit.counts), max_template_rcs);
  if (!gaps_in_unit.empty()) fit.fitted.every.amount = std::max(1, lower_median(gaps_in_unit));
  const auto& was = t.rcs->offset;
  const int own = was.unit == Unit::weeks ? was.amount * 7 : was.unit == Unit::days ? was.amount : 0;
  auto best = best_amount(firsts, own, weighted_median(fit.rc1_days),
                          [&](int n, sys_days from) -> Result<sys_days> { return from + date::days{n}; });
  if (!best) return best.error();
  const int days = best->first;
  fit.fitted.offset = days % 7 == 0 && days != 0 ? Offset{days / 7, Unit::weeks} : Offset{days, Unit::days};
  return std::optional<RcFit>(std::move(fit));
}

}  // namespace

std::optional<date::sys_days> recorded_date(const RecordedSchedule& s, std::string_view id) noexcept {
  for (const auto& [name, day] : s.milestones) {
    if (name == id) return day;
  }
  return std::nullopt;
}

Result<TemplateFit> fit_template(const MilestoneTemplate& t, std::span<const RecordedSchedule> history,
                                 const ScheduleCalendars& cals) {
  if (auto s = validate(t); !s) return s.error();
  if (history.empty()) {
    return Error::about("history", "none", "no recorded schedule to fit template " + t.id + " to");
  }
  TemplateFit out{t, {}, {}, std::nullopt};
  for (const auto& s : history) out.versions.push_back(s.version);
  for (std::size_t i = 1; i < t.milestones.size(); ++i) {
    auto phase = fit_phase(t, i, history, cals);
    if (!phase) return phase.error();
    out.fitted.milestones[i].offset = phase->fitted;
    out.phases.push_back(std::move(phase).value());
  }
  auto rcs = fit_rcs(t, history, cals);
  if (!rcs) return rcs.error();
  out.rcs = std::move(rcs).value();
  if (out.rcs) out.fitted.rcs = out.rcs->fitted;
  return out;
}

}  // namespace relplan::schedule
