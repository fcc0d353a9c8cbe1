#include "calendars/workdays.hpp"

#include <bit>

namespace relplan {

namespace {

using date::sys_days;

// Steps from d in direction `step` (+1 or -1) until `count` working days have been passed. Ends at
// the calendar's range: at most one step per day of the range, whatever `count` is.
Result<sys_days> walk(const Calendar& cal, sys_days d, std::int64_t count, int step) {
  if (auto s = cal.check_covers(d); !s) return s.error();
  while (count > 0) {
    d += date::days{step};
    if (!cal.covers(d)) return cal.check_covers(d).error();
    if (cal.is_working_day_unchecked(d)) --count;
  }
  return d;
}

}  // namespace

Result<sys_days> next_working_day(const Calendar& cal, sys_days d) { return walk(cal, d, 1, +1); }
Result<sys_days> previous_working_day(const Calendar& cal, sys_days d) { return walk(cal, d, 1, -1); }

Result<sys_days> add_working_days(const Calendar& cal, sys_days d, int n) {
  // -n in 64 bits: n may be INT_MIN.
  return n >= 0 ? walk(cal, d, n, +1) : walk(cal, d, -static_cast<std::int64_t>(n), -1);
}

Result<int> working_days_between(const Calendar& cal, sys_days a, sys_days b) {
  if (auto s = cal.check_covers(a); !s) return s.error();
  if (auto s = cal.check_covers(b); !s) return s.error();
  const bool negative = b < a;
  if (negative) std::swap(a, b);
  // Count zero bits (working days) in (a, b], a word at a time.
  const auto words = cal.off_words();
  const std::int64_t base = cal.word_base() * 64;
  std::int64_t from = day_number(a) + 1 - base;
  const std::int64_t to = day_number(b) - base;  // inclusive
  int count = 0;
  while (from <= to) {
    const auto word = static_cast<std::size_t>(from >> 6);
    const auto lo = static_cast<unsigned>(from & 63);
    const auto hi = static_cast<unsigned>(std::min<std::int64_t>(to - (from & ~std::int64_t{63}), 63));
    const std::uint64_t mask =
        (hi == 63 ? ~std::uint64_t{0} : ((std::uint64_t{1} << (hi + 1)) - 1)) & ~((std::uint64_t{1} << lo) - 1);
    count += std::popcount(~words[word] & mask);
    from = (from | 63) + 1;
  }
  return negative ? -count : count;
}

Result<sys_days> adjust(const Calendar& cal, sys_days d, Adjustment convention) {
  auto working = cal.is_working_day(d);
  if (!working) return working.error();
  if (*working) return d;
  switch (convention) {
    case Adjustment::following:
      return next_working_day(cal, d);
    case Adjustment::preceding:
      return previous_working_day(cal, d);
    case Adjustment::modified_following: {
      auto next = next_working_day(cal, d);
      if (!next) return next;
      if (date::year_month_day{*next}.month() == date::year_month_day{d}.month()) return next;
      return previous_working_day(cal, d);
    }
    case Adjustment::nearest: {
      auto next = next_working_day(cal, d);
      auto prev = previous_working_day(cal, d);
      if (!next) return prev ? prev : next;
      if (!prev) return next;
      return (*next - d) <= (d - *prev) ? next : prev;
    }
  }
  return d;
}

}  // namespace relplan
