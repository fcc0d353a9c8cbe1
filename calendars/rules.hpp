#pragma once
// Holiday rules as data: the evaluated form of one calendar file (calendars/data/README.md describes
// the TOML). A CalendarSpec is validated by its reader (calendars/io/), which places each error at its
// line; evaluate() checks again what it relies on (a spec may be built in code) and fails only with an
// Error, never by looping or allocating without bound.
#include <cstddef>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "calendars/types.hpp"

namespace relplan {

// The years a calendar may declare. Bounds the evaluation window (about 110 kB of flags at most).
inline constexpr int min_calendar_year = 1900;
inline constexpr int max_calendar_year = 2200;
// How far next/previous_working_day look for a free day before giving up with an error naming the
// rule. Real observance never needs more than a week (England 2021 needs 2 days); 14 leaves room for
// a holiday week next to a weekend.
inline constexpr int max_observed_search_days = 14;
// Rules of one calendar ([[holiday]] + [[workday]] + [bridge]). Real calendars have a few dozen;
// the bound keeps evaluation near 300k records (1000 rules x 303 years) and below the 16-bit name index.
inline constexpr std::size_t max_calendar_rules = 1000;

struct FixedDate {  // every year on month/day; no occurrence in years without that day (Feb 29)
  date::month month;
  date::day day;
};
struct NthWeekday {  // nth weekday of the month; nth = -1 is the last; no occurrence if there is no 5th
  date::month month;
  date::weekday weekday;
  int nth;
};
struct WeekdayNear {  // the weekday on or before (or on or after) month/day: "Monday on or before 24 May"
  date::month month;
  date::day day;
  date::weekday weekday;
  bool after;
};
struct EasterOffset {  // days from Easter Sunday: Good Friday -2, Easter Monday 1, Whit Monday 50
  int offset;
  bool orthodox;
};
struct DateTable {  // published dates (lunar holidays, one-off days); several per year allowed
  std::vector<date::sys_days> dates;
  std::optional<int> estimated_from;  // dates in and after this year are estimates
};
using RuleKind = std::variant<FixedDate, NthWeekday, WeekdayNear, EasterOffset, DateTable>;

// What a weekend occurrence adds. next/previous_working_day skip weekends, holidays and days already
// observed, so two adjacent weekend holidays get two distinct weekdays (England, Christmas 2021).
enum class ObservedPolicy { none, next_working_day, previous_working_day, following_monday, preceding_friday };

struct HolidayRule {
  std::string name;
  RuleKind rule;
  int since;                        // first year the rule holds
  int until;                        // last year, inclusive
  std::vector<int> except_years;    // years in which it does not apply (the day moved by a one-off)
  DayKind kind = DayKind::holiday;  // holiday or special
  Confidence confidence = Confidence::official;
  ObservedPolicy observed_saturday = ObservedPolicy::none;
  ObservedPolicy observed_sunday = ObservedPolicy::none;
  int observed_since = 0;                     // first year the observed policy applies
  DayKind observed_kind = DayKind::observed;  // observed or substitute
  std::string source;
};

struct MakeUpWorkdays {  // weekend days declared working days (China)
  std::string name;
  std::vector<date::sys_days> dates;
  Confidence confidence = Confidence::official;
  std::string source;
};

// Japan's Citizens' Holiday: a day that is not itself a holiday, between two holidays, is a holiday.
struct BridgeRule {
  std::string name;
  int since;
  WeekdaySet except_weekdays;
  std::string source;
};

struct CalendarSpec {
  std::string id;    // "GB-ENG"
  std::string name;  // "England and Wales bank holidays"
  int first_year;    // min_calendar_year..max_calendar_year
  int last_year;
  WeekdaySet weekend;      // at least one day of the week is not a weekend day
  std::string range_note;  // quoted in range errors: "official tables end 2026; estimates to 2050"
  std::vector<std::string> sources;
  std::vector<HolidayRule> holidays;
  std::vector<MakeUpWorkdays> workdays;
  std::optional<BridgeRule> bridge;

  // [[holiday]] + [[workday]] + [bridge]: what a replacing file is compared by (registry.hpp).
  std::size_t rule_count() const noexcept { return holidays.size() + workdays.size() + (bridge ? 1 : 0); }
};

}  // namespace relplan
