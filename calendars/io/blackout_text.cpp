#include "calendars/io/blackout_text.hpp"

namespace relplan {

namespace {

constexpr const char* rule = "MM-DD..MM-DD, YYYY-MM-DD..YYYY-MM-DD or CAL:Holiday name-N..+N";

std::optional<date::month_day> parse_month_day(std::string_view s) {
  auto d = parse_date("2001-" + std::string(s));  // a day that exists every year (not 02-29)
  if (!d) return std::nullopt;
  const date::year_month_day ymd{*d};
  return ymd.month() / ymd.day();
}

// "+6", "-1", "+0": a sign and 1..3 digits (from_chars alone would also take "+-5").
std::optional<int> parse_offset(std::string_view s) {
  if (s.size() < 2 || s.size() > 4 || (s.front() != '+' && s.front() != '-')) return std::nullopt;
  int v = 0;
  for (char c : s.substr(1)) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
  }
  if (v > 366) return std::nullopt;
  return s.front() == '-' ? -v : v;
}

}  // namespace

Result<BlackoutWindow> parse_blackout(std::string_view text, std::string_view field) {
  const std::string shown = "'" + std::string(text) + "'";
  auto bad = [&](const std::string& why) { return Error::expected(std::string(field), shown, why); };
  const auto dots = text.find("..");
  if (dots == std::string_view::npos) return bad(rule);
  const auto left = text.substr(0, dots);
  const auto right = text.substr(dots + 2);
  BlackoutWindow w{std::string(text), {}};

  if (const auto colon = left.find(':'); colon != std::string_view::npos) {
    const auto sign = left.find_last_of("+-");
    if (sign == std::string_view::npos || sign <= colon + 1 || colon == 0) return bad(rule);
    auto from = parse_offset(left.substr(sign));
    auto to = parse_offset(right);
    if (!from || !to) return bad("offsets such as -1..+6 (days, at most 366)");
    if (*to < *from) return bad("a window whose end is not before its start");
    w.window = BlackoutWindow::Relative{std::string(left.substr(0, colon)),
                                        std::string(left.substr(colon + 1, sign - colon - 1)), *from, *to};
    return w;
  }
  if (left.size() == 10) {
    auto from = parse_date(left);
    auto to = parse_date(right);
    if (!from || !to) return bad(rule);
    if (*to < *from) return bad("a window whose end is not before its start");
    w.window = BlackoutWindow::Dated{*from, *to};
    return w;
  }
  auto from = parse_month_day(left);
  auto to = parse_month_day(right);
  if (left.size() != 5 || right.size() != 5 || !from || !to) return bad(rule);
  w.window = BlackoutWindow::Yearly{*from, *to};
  return w;
}

}  // namespace relplan
