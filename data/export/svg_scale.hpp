#pragma once
// Chart geometry for the SVG charts (svg_charts.hpp): linear scales from days and counts to SVG user
// units (px), the ticks of their axes, and the one number format every coordinate is written in.
//
// Days are intervals, not points: day d covers [x(d), x(d + 1)). A span of days "from A through B,
// both included" (a branch's support, a blackout window) is therefore drawn from x(A) to x(B + 1),
// and a count that changes on day d (timeline.hpp) steps at x(d). Example: a scale over
// 2018-01-01..2019-01-01 (365 days) onto 100..465 puts 2018-01-02 at 101 and 2018-12-31 at 464,
// and a window 12-20..12-31 covers 453..465.
//
// Values outside the domain map outside the range (no clamping); clip() is the explicit clamp.
#include <date/date.h>

#include <string>
#include <vector>

namespace relplan::svg {

// Days [from, to) onto x [left, right]. Precondition: from < to, left < right.
class DateScale {
 public:
  DateScale(date::sys_days from, date::sys_days to, double left, double right);
  // The whole years around [first, last], both included: from the January 1st of first's year to the
  // January 1st after last's year. 2018-07-10..2029-10-08 gives 2018-01-01..2030-01-01.
  static DateScale whole_years(date::sys_days first, date::sys_days last, double left, double right);

  double x(date::sys_days d) const noexcept;
  date::sys_days from() const noexcept { return from_; }
  date::sys_days to() const noexcept { return to_; }
  double left() const noexcept { return left_; }
  double right() const noexcept { return right_; }
  bool contains(date::sys_days d) const noexcept { return d >= from_ && d < to_; }
  // d moved into [from, to]: the visible part of a span.
  date::sys_days clip(date::sys_days d) const noexcept;
  // Every January 1st in [from, to], in order.
  std::vector<date::sys_days> year_ticks() const;

 private:
  date::sys_days from_;
  date::sys_days to_;
  double left_;
  double right_;
};

// Counts [0, top] onto y [bottom, top_y]: SVG's y grows downwards, so 0 is at the bottom.
// Precondition: max >= 0, bottom > top_y.
class CountScale {
 public:
  // The axis reaches the first tick at or above max (and at least 1): nice steps 1, 2, 5, 10, 20, ...
  // so that there are at most 10 steps. max 7 -> step 1, top 7; max 13 -> step 2, top 14;
  // max 0 -> step 1, top 1.
  CountScale(int max, double bottom, double top_y);

  double y(double count) const noexcept;
  int top() const noexcept { return top_; }
  int step() const noexcept { return step_; }
  // 0, step, 2*step, ..., top.
  std::vector<int> ticks() const;

 private:
  int top_;
  int step_;
  double bottom_;
  double top_y_;
};

// A coordinate as written in the SVG: at most 2 decimals, no trailing zeros, no "-0", locale-free:
// 12.5 -> "12.5", 3.14159 -> "3.14", 100.0 -> "100", -0.001 -> "0".
std::string number(double v);

}  // namespace relplan::svg
