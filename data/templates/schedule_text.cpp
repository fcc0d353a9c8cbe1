#include "data/templates/schedule_text.hpp"

#include "calendars/utf8.hpp"

#include <charconv>

namespace relplan {

namespace {

using std::chrono::minutes;

std::string quoted(std::string_view s) { return "'" + std::string(s) + "'"; }

Error bad(std::string_view field, std::string_view text, const std::string& rule) {
  return Error::expected(std::string(field), quoted(text), rule);
}

std::optional<int> whole_number(std::string_view s) {
  if (s.empty()) return std::nullopt;
  int v = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc{} || ptr != s.data() + s.size()) return std::nullopt;
  return v;
}

// "HH:MM" with HH 00..max_hour; 24:00 only when allow_24.
std::optional<minutes> hh_mm(std::string_view s, bool allow_24) {
  if (s.size() != 5 || s[2] != ':') return std::nullopt;
  auto h = whole_number(s.substr(0, 2));
  auto m = whole_number(s.substr(3, 2));
  if (!h || !m || *h < 0 || *m < 0 || *m > 59) return std::nullopt;
  if (*h > 23 && !(allow_24 && *h == 24 && *m == 0)) return std::nullopt;
  return minutes{*h * 60 + *m};
}

}  // namespace

Result<schedule::Offset> parse_offset(std::string_view text, std::string_view field) {
  const auto space = text.find(' ');
  const std::string rule =
      "a whole number and a unit (days, weeks, working days), such as '3 weeks' or '-2 working days'";
  if (space == std::string_view::npos) return bad(field, text, rule);
  auto number = text.substr(0, space);
  if (!number.empty() && number.front() == '+') number.remove_prefix(1);
  const auto n = whole_number(number);
  const auto unit = text.substr(space + 1);
  std::optional<schedule::Unit> u;
  if (unit == "day" || unit == "days") u = schedule::Unit::days;
  if (unit == "week" || unit == "weeks") u = schedule::Unit::weeks;
  if (unit == "working day" || unit == "working days") u = schedule::Unit::working_days;
  if (!n || !u || *n < -3660 || *n > 3660) return bad(field, text, rule);
  return schedule::Offset{*n, *u};
}

Result<minutes> parse_time_of_day(std::string_view text, std::string_view field) {
  if (auto m = hh_mm(text, false)) return *m;
  return bad(field, text, "a time of day as HH:MM (00:00..23:59)");
}

Result<schedule::LocalTime> parse_local_time(std::string_view text, std::string_view field) {
  const auto space = text.find(' ');
  auto time = space == std::string_view::npos ? std::nullopt : hh_mm(text.substr(0, space), false);
  if (!time || space + 1 >= text.size()) {
    return bad(field, text, "HH:MM ZONE, such as '09:00 America/Los_Angeles' or '12:00 UTC'");
  }
  const auto zone = text.substr(space + 1);
  if (auto z = schedule::find_zone(zone, field); !z) return z.error();
  return schedule::LocalTime{*time, std::string(zone)};
}

Result<std::pair<minutes, minutes>> parse_hours(std::string_view text, std::string_view field) {
  const std::string rule = "HH:MM-HH:MM with the start before the end, such as '09:00-17:00'";
  if (text.size() != 11 || text[5] != '-') return bad(field, text, rule);
  auto from = hh_mm(text.substr(0, 5), false);
  auto to = hh_mm(text.substr(6), true);
  if (!from || !to || *from >= *to) return bad(field, text, rule);
  return std::pair{*from, *to};
}

Result<date::sys_seconds> parse_instant(std::string_view text, std::string_view field) {
  const std::string rule = "an instant in UTC as YYYY-MM-DDTHH:MMZ";
  if (text.size() != 17 || text[10] != 'T' || text[16] != 'Z') return bad(field, text, rule);
  auto day = parse_date(text.substr(0, 10));
  auto time = hh_mm(text.substr(11, 5), false);
  if (!day || !time) return bad(field, text, rule);
  return date::sys_seconds{*day} + *time;
}

Result<WeekdaySet> parse_weekdays(std::string_view text, std::string_view field) {
  WeekdaySet set;
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto comma = std::min(text.find(',', start), text.size());
    auto wd = parse_weekday(text.substr(start, comma - start));
    if (!wd) return bad(field, text, "weekdays such as 'tue,wed,thu' (mon tue wed thu fri sat sun)");
    set.insert(*wd);
    start = comma + 1;
  }
  return set;
}

Result<schedule::Advisory> parse_advisory(std::string_view text, std::string_view field) {
  const std::string rule = "ID@YYYY-MM-DDTHH:MMZ";
  const auto at = text.find('@');
  if (at == std::string_view::npos || at == 0 || at + 1 >= text.size()) return bad(field, text, rule);
  schedule::Advisory a;
  a.id = std::string(text.substr(0, at));
  if (!valid_utf8(a.id)) return bad(field, to_valid_utf8(text), "an advisory id of UTF-8 text, as " + rule);
  std::size_t start = at + 1;
  while (start <= text.size()) {
    const auto comma = std::min(text.find(',', start), text.size());
    const auto part = text.substr(start, comma - start);
    if (part.rfind("reported:", 0) == 0) {
      auto d = parse_date(part.substr(9));
      if (!d) return bad(field, text, "ID@reported:YYYY-MM-DD (a report date)");
      a.reported = *d;
    } else if (part == "not-in-release") {
      a.fix_in_release = false;
    } else if (start == at + 1) {
      auto t = parse_instant(part, field);
      if (!t) return bad(field, text, rule);
      a.public_at = *t;
    } else {
      return bad(field, text, rule + " followed by ,reported:YYYY-MM-DD or ,not-in-release");
    }
    start = comma + 1;
  }
  return a;
}

std::string format_instant(date::sys_seconds t) { return date::format("%FT%H:%MZ", t); }
std::string format_time_of_day(minutes m) { return date::format("%H:%M", m); }

}  // namespace relplan
