#pragma once
// Month arithmetic on days: "the same day of the month, n months later".
//
// The trap (cctz names it too): 2019-01-31 + 1 month has no day 31. The caller chooses the answer:
//   MonthEnd::clamp   gives the last day of the target month: 2019-01-31 + 1 month = 2019-02-28,
//                     2020-01-31 + 1 month = 2020-02-29, 2020-02-29 + 12 months = 2021-02-28;
//   MonthEnd::reject  makes it an error naming the day that does not exist.
// A date n months after an anchor is always computed from the anchor, never step by step:
// 2019-01-31 + 2 months = 2019-03-31 (not 2019-02-28 + 1 month = 2019-03-28).
#include <date/date.h>

#include "calendars/result.hpp"

namespace relplan {

enum class MonthEnd { clamp, reject };

// d + months (months may be negative). Reject error, e.g.
//   2019-01-31 + 1 month is 2019-02-31, which does not exist (month_end: reject; clamp gives 2019-02-28)
Result<date::sys_days> add_months(date::sys_days d, int months, MonthEnd policy);
// d + months with MonthEnd::clamp; never fails.
date::sys_days add_months_clamped(date::sys_days d, int months) noexcept;

// The length of [from, to] in months, counted the way add_months_clamped counts them: whole months m
// with from + m months <= to, plus the rest as a fraction of the next month-step.
//   2018-07-10..2021-07-10 = 36; 2021-01-31..2021-02-28 = 1; 2021-01-05..2021-01-20 = 15/31.
// Precondition: from <= to.
double months_between(date::sys_days from, date::sys_days to) noexcept;

}  // namespace relplan
