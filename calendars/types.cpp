#include "calendars/types.hpp"

#include <charconv>

namespace relplan {

namespace {
constexpr std::array<std::string_view, 7> kind_names{"holiday", "observed", "substitute", "special",
                                                     "workday", "blackout", "weekend"};
constexpr std::array<std::string_view, 3> confidence_names{"official", "computed", "estimated"};
constexpr std::array<std::string_view, 7> weekday_names{"sun", "mon", "tue", "wed", "thu", "fri", "sat"};

template <std::size_t N>
std::optional<std::size_t> index_of(const std::array<std::string_view, N>& names, std::string_view text) {
  for (std::size_t i = 0; i < N; ++i) {
    if (names[i] == text) return i;
  }
  return std::nullopt;
}
}  // namespace

std::string_view to_string(DayKind kind) noexcept { return kind_names[static_cast<std::size_t>(kind)]; }
std::string_view to_string(Confidence confidence) noexcept {
  return confidence_names[static_cast<std::size_t>(confidence)];
}
std::optional<DayKind> parse_day_kind(std::string_view text) noexcept {
  auto i = index_of(kind_names, text);
  return i ? std::optional(static_cast<DayKind>(*i)) : std::nullopt;
}
std::optional<Confidence> parse_confidence(std::string_view text) noexcept {
  auto i = index_of(confidence_names, text);
  return i ? std::optional(static_cast<Confidence>(*i)) : std::nullopt;
}

std::string_view weekday_name(date::weekday wd) noexcept { return weekday_names[wd.c_encoding()]; }
std::optional<date::weekday> parse_weekday(std::string_view text) noexcept {
  auto i = index_of(weekday_names, text);
  return i ? std::optional(date::weekday{static_cast<unsigned>(*i)}) : std::nullopt;
}

std::string WeekdaySet::to_string() const {
  std::string out;
  for (unsigned i = 1; i <= 7; ++i) {
    date::weekday wd{i % 7};
    if (!contains(wd)) continue;
    if (!out.empty()) out += ',';
    out += weekday_name(wd);
  }
  return out;
}

std::string format_date(date::sys_days d) {
  const date::year_month_day ymd{d};
  const int y = static_cast<int>(ymd.year());
  if (y < 0 || y > 9999) return date::format("%F", d);
  const unsigned m = static_cast<unsigned>(ymd.month());
  const unsigned day = static_cast<unsigned>(ymd.day());
  std::string out(10, '-');
  out[0] = static_cast<char>('0' + y / 1000);
  out[1] = static_cast<char>('0' + y / 100 % 10);
  out[2] = static_cast<char>('0' + y / 10 % 10);
  out[3] = static_cast<char>('0' + y % 10);
  out[5] = static_cast<char>('0' + m / 10);
  out[6] = static_cast<char>('0' + m % 10);
  out[8] = static_cast<char>('0' + day / 10);
  out[9] = static_cast<char>('0' + day % 10);
  return out;
}

std::optional<date::sys_days> parse_date(std::string_view text) noexcept {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  auto number = [&](std::size_t pos, std::size_t len) -> std::optional<int> {
    int v = 0;
    const char* first = text.data() + pos;
    auto [ptr, ec] = std::from_chars(first, first + len, v);
    if (ec != std::errc{} || ptr != first + len) return std::nullopt;
    return v;
  };
  auto y = number(0, 4);
  auto m = number(5, 2);
  auto d = number(8, 2);
  if (!y || !m || !d) return std::nullopt;
  date::year_month_day ymd{date::year{*y}, date::month{static_cast<unsigned>(*m)},
                           date::day{static_cast<unsigned>(*d)}};
  if (!ymd.ok()) return std::nullopt;
  return date::sys_days{ymd};
}

}  // namespace relplan

namespace relplan {

std::optional<date::sys_seconds> parse_utc_minute(std::string_view text) noexcept {
  if (text.size() != 17 || text[10] != 'T' || text[13] != ':' || text[16] != 'Z') return std::nullopt;
  const auto day = parse_date(text.substr(0, 10));
  auto two = [&](std::size_t pos) -> int {
    const char a = text[pos];
    const char b = text[pos + 1];
    if (a < '0' || a > '9' || b < '0' || b > '9') return -1;
    return (a - '0') * 10 + (b - '0');
  };
  const int hours = two(11);
  const int minutes = two(14);
  if (!day || hours < 0 || hours > 23 || minutes < 0 || minutes > 59) return std::nullopt;
  return date::sys_seconds{*day} + std::chrono::hours{hours} + std::chrono::minutes{minutes};
}

}  // namespace relplan
