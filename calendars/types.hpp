#pragma once
// Value types shared by the calendar rules and the evaluated calendars.
#include <array>
#include <optional>
#include <string>
#include <string_view>

#include <date/date.h>

namespace relplan {

// What an occurrence in a calendar is. `workday` is a make-up working day (a weekend day worked).
// `weekend` appears only as a reason why a day is off, never in holiday lists.
enum class DayKind { holiday, observed, substitute, special, workday, blackout, weekend };
// How sure the date is: from an official list, computed by a rule, or an estimate of a future table.
enum class Confidence { official, computed, estimated };

std::string_view to_string(DayKind kind) noexcept;
std::string_view to_string(Confidence confidence) noexcept;
std::optional<DayKind> parse_day_kind(std::string_view text) noexcept;
std::optional<Confidence> parse_confidence(std::string_view text) noexcept;

// "mon".."sun" (the names used in files, flags and JSON).
std::string_view weekday_name(date::weekday wd) noexcept;
std::optional<date::weekday> parse_weekday(std::string_view text) noexcept;

// A set of weekdays (weekend days, allowed release days), indexed by c_encoding (Sunday = 0).
class WeekdaySet {
 public:
  constexpr WeekdaySet() = default;
  constexpr void insert(date::weekday wd) noexcept { bits_ |= static_cast<unsigned char>(1U << wd.c_encoding()); }
  constexpr bool contains(date::weekday wd) const noexcept { return (bits_ >> wd.c_encoding()) & 1U; }
  constexpr bool empty() const noexcept { return bits_ == 0; }
  constexpr unsigned char bits() const noexcept { return bits_; }
  constexpr bool operator==(const WeekdaySet&) const = default;
  // "sat,sun" in Monday-first order.
  std::string to_string() const;

 private:
  unsigned char bits_ = 0;
};

// "YYYY-MM-DD" for years 0..9999 (written directly: date::format goes through a stream and costs
// about a microsecond, which dominated JSON exports of long plans).
std::string format_date(date::sys_days d);
// Strict YYYY-MM-DD; nullopt for anything else, including impossible dates such as 2026-02-30.
std::optional<date::sys_days> parse_date(std::string_view text) noexcept;
// Strict YYYY-MM-DDTHH:MMZ (an instant in UTC to the minute, as advisories are published).
std::optional<date::sys_seconds> parse_utc_minute(std::string_view text) noexcept;
inline std::string format_utc_minute(date::sys_seconds t) {
  return date::format("%FT%H:%MZ", date::floor<std::chrono::minutes>(t));
}

}  // namespace relplan
