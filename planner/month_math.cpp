#include "planner/month_math.hpp"

#include <string>

#include "calendars/types.hpp"

namespace relplan {

namespace {

struct Target {
  date::year_month month;
  date::day day;
  date::day last;
};

Target target_of(date::sys_days d, int months) noexcept {
  const date::year_month_day ymd{d};
  const auto ym = date::year_month{ymd.year(), ymd.month()} + date::months{months};
  return {ym, ymd.day(), (ym / date::last).day()};
}

}  // namespace

date::sys_days add_months_clamped(date::sys_days d, int months) noexcept {
  const auto t = target_of(d, months);
  return date::sys_days{t.month / (t.day <= t.last ? t.day : t.last)};
}

Result<date::sys_days> add_months(date::sys_days d, int months, MonthEnd policy) {
  const auto t = target_of(d, months);
  if (t.day <= t.last) return date::sys_days{t.month / t.day};
  if (policy == MonthEnd::clamp) return date::sys_days{t.month / t.last};
  const std::string missing = date::format("%Y-%m-", t.month / date::day{1}) + (unsigned(t.day) < 10 ? "0" : "") +
                              std::to_string(unsigned(t.day));
  const int n = months < 0 ? -months : months;
  const std::string step = (months < 0 ? " - " : " + ") + std::to_string(n) + (n == 1 ? " month" : " months");
  return Error{"month_end", missing,
               format_date(d) + step + " is " + missing + ", which does not exist (month_end: reject; clamp gives " +
                   format_date(date::sys_days{t.month / t.last}) + ")"};
}

double months_between(date::sys_days from, date::sys_days to) noexcept {
  const date::year_month_day a{from};
  const date::year_month_day b{to};
  int m = (int(b.year()) - int(a.year())) * 12 + (int(unsigned(b.month())) - int(unsigned(a.month())));
  auto lo = add_months_clamped(from, m);
  if (lo > to) lo = add_months_clamped(from, --m);  // m was one too many: to's day of the month is earlier
  if (lo == to) return m;
  const auto hi = add_months_clamped(from, m + 1);
  return m + static_cast<double>((to - lo).count()) / static_cast<double>((hi - lo).count());
}

}  // namespace relplan
