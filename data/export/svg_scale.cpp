#include "data/export/svg_scale.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace relplan::svg {

DateScale::DateScale(date::sys_days from, date::sys_days to, double left, double right)
    : from_(from), to_(to), left_(left), right_(right) {}

DateScale DateScale::whole_years(date::sys_days first, date::sys_days last, double left, double right) {
  const auto first_year = date::year_month_day{first}.year();
  const auto last_year = date::year_month_day{last}.year();
  return DateScale(date::sys_days{first_year / date::January / 1},
                   date::sys_days{(last_year + date::years{1}) / date::January / 1}, left, right);
}

double DateScale::x(date::sys_days d) const noexcept {
  const auto days = static_cast<double>((d - from_).count());
  const auto span = static_cast<double>((to_ - from_).count());
  return left_ + (right_ - left_) * days / span;
}

date::sys_days DateScale::clip(date::sys_days d) const noexcept { return std::clamp(d, from_, to_); }

std::vector<date::sys_days> DateScale::year_ticks() const {
  std::vector<date::sys_days> out;
  auto y = date::year_month_day{from_}.year();
  if (date::sys_days{y / date::January / 1} < from_) ++y;
  for (date::sys_days d{y / date::January / 1}; d <= to_; d = date::sys_days{++y / date::January / 1}) {
    out.push_back(d);
  }
  return out;
}

CountScale::CountScale(int max, double bottom, double top_y) : bottom_(bottom), top_y_(top_y) {
  const int wanted = std::max(max, 1);
  step_ = 1;
  for (int magnitude = 1; (wanted + step_ - 1) / step_ > 10;) {
    if (step_ == magnitude) {
      step_ = 2 * magnitude;
    } else if (step_ == 2 * magnitude) {
      step_ = 5 * magnitude;
    } else {
      magnitude *= 10;
      step_ = magnitude;
    }
  }
  top_ = (wanted + step_ - 1) / step_ * step_;
}

double CountScale::y(double count) const noexcept { return bottom_ - (bottom_ - top_y_) * count / top_; }

std::vector<int> CountScale::ticks() const {
  std::vector<int> out;
  for (int v = 0; v <= top_; v += step_) out.push_back(v);
  return out;
}

std::string number(double v) {
  double rounded = std::round(v * 100) / 100;
  if (rounded == 0) rounded = 0;  // no "-0"
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, rounded, std::chars_format::fixed, 2);
  std::string out(buf, ec == std::errc{} ? end : buf);
  if (out.find('.') != std::string::npos) {
    while (out.back() == '0') out.pop_back();
    if (out.back() == '.') out.pop_back();
  }
  return out;
}

}  // namespace relplan::svg
