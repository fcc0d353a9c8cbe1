#include "planner/schedule/rcs.hpp"

namespace relplan::schedule {

Result<std::vector<Rc>> plan_rcs(const RcSeries& series, date::sys_days first, date::sys_days until,
                                 const Calendar& working, Adjustment adjustment) {
  std::vector<Rc> out;
  auto start = step(working, first, series.offset);
  if (!start) return start.error();
  // Half the interval, in calendar days (a working day counted as 7/5 of a day).
  const int amount = series.every.amount;
  const double half = series.every.unit == Unit::weeks  ? 3.5 * amount
                      : series.every.unit == Unit::days ? 0.5 * amount
                                                        : 0.7 * amount;
  bool last_moved = false;
  for (int k = 0; !series.count || static_cast<int>(out.size()) < *series.count; ++k) {
    auto nominal = step(working, *start, {series.every.amount * k, series.every.unit});
    if (!nominal) return nominal.error();
    auto day = adjust(working, *nominal, adjustment);
    if (!day) return day.error();
    if (*day > until) break;
    if (!out.empty() && out.back().date >= *day) continue;
    if (!out.empty() && last_moved && static_cast<double>((*day - out.back().date).count()) < half) {
      out.back().date = *day;  // held by days off next to this one: one RC
      last_moved = *day != *nominal;
      continue;
    }
    last_moved = *day != *nominal;
    if (out.size() == max_rcs) {
      return Error::expected(
          "rcs", std::to_string(max_rcs + 1) + " or more",
          "at most " + std::to_string(max_rcs) + " RCs between " + format_date(first) + " and " + format_date(until));
    }
    out.push_back({series.prefix + std::to_string(out.size() + 1), *day});
  }
  return out;
}

}  // namespace relplan::schedule
