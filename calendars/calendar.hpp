#pragma once
// An evaluated calendar: an immutable value answering "is this day off, and why?" in constant time.
//
// A Calendar is a bit per day over its declared range (1 = off) plus layers that explain the bits:
// the holiday records of each member calendar, overrides and blackout windows. Copies share the
// immutable data; join(), intersect(), override_days() and with_blackouts() (combine.hpp) return new
// values and never change their arguments.
//
// Range: every question about a day outside [first_day(), last_day()] is an error naming the member
// calendar, the year and its range, e.g.
//   calendar CN: year 2051 is outside 2000..2050 (official tables end 2026; estimates to 2050)
// The *_unchecked members skip that check; their precondition is covers(d).
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "calendars/result.hpp"
#include "calendars/types.hpp"

namespace relplan {

// One dated entry of a calendar, as listed to a person (CLI, CSV, JSON, ICS).
struct Occurrence {
  date::sys_days date;
  std::string calendar;  // the member calendar's id: "GB-ENG"
  std::string name;      // "Boxing Day"
  DayKind kind;
  Confidence confidence;
  bool operator==(const Occurrence&) const = default;
};

class Calendar {
 public:
  // One record of a layer; names live in the layer (keeps evaluation free of string copies).
  struct Record {
    std::int32_t day;  // days since 1970-01-01
    std::uint16_t name;
    DayKind kind;
    Confidence confidence;
  };
  // The explanation of some of the calendar's days: one member calendar, an override, or blackouts.
  struct Layer {
    std::string calendar;           // id reported in occurrences: "US"
    std::optional<int> first_year;  // declared range, if this layer has one
    std::optional<int> last_year;
    std::string range_note;
    WeekdaySet weekend;
    std::vector<std::string> names;
    std::vector<Record> records;  // sorted by day
  };

  // Builds a calendar from its off-day bits and layers; used by evaluate() and the combinators.
  // `off` holds bit (day - word_base * 64) for every day in [first_day, last_day].
  Calendar(std::string id, date::sys_days first_day, date::sys_days last_day, std::int64_t word_base,
           std::vector<std::uint64_t> off, std::vector<std::shared_ptr<const Layer>> layers);

  const std::string& id() const noexcept { return data_->id; }
  date::sys_days first_day() const noexcept { return data_->first_day; }
  date::sys_days last_day() const noexcept { return data_->last_day; }
  std::span<const std::shared_ptr<const Layer>> layers() const noexcept { return data_->layers; }

  bool covers(date::sys_days d) const noexcept { return d >= data_->first_day && d <= data_->last_day; }
  // Ok, or the range error for d (see the header comment).
  Status check_covers(date::sys_days d) const;

  bool is_off_unchecked(date::sys_days d) const noexcept {
    const auto bit = static_cast<std::uint64_t>(d.time_since_epoch().count() - data_->bit_base);
    return (data_->off[bit >> 6U] >> (bit & 63U)) & 1U;
  }
  bool is_working_day_unchecked(date::sys_days d) const noexcept { return !is_off_unchecked(d); }

  Result<bool> is_working_day(date::sys_days d) const {
    if (covers(d)) [[likely]]
      return is_working_day_unchecked(d);
    return check_covers(d).error();
  }
  // True if a holiday, observed/substitute or special day of any member falls on d (weekends and
  // blackouts are not holidays).
  Result<bool> is_holiday(date::sys_days d) const;
  // Every occurrence in [from, to], sorted by date, then calendar, then name. Includes weekend
  // holidays on their own date, observed days and make-up working days (kind workday).
  Result<std::vector<Occurrence>> occurrences(date::sys_days from, date::sys_days to) const;
  // Why d is off: each holiday, blackout and weekend (kind weekend) that makes it so; empty for a
  // working day. Precondition: covers(d).
  std::vector<Occurrence> reasons_off(date::sys_days d) const;

  // Internal representation, for the combinators.
  std::int64_t word_base() const noexcept { return data_->bit_base / 64; }
  std::span<const std::uint64_t> off_words() const noexcept { return data_->off; }

 private:
  struct Data {
    std::string id;
    date::sys_days first_day;
    date::sys_days last_day;
    std::int64_t bit_base;  // day number of bit 0 of off[0]; a multiple of 64
    std::vector<std::uint64_t> off;
    std::vector<std::shared_ptr<const Layer>> layers;
  };
  std::shared_ptr<const Data> data_;
};

// Day number (days since 1970-01-01) and back.
inline std::int32_t day_number(date::sys_days d) noexcept {
  return static_cast<std::int32_t>(d.time_since_epoch().count());
}
inline date::sys_days from_day_number(std::int64_t n) noexcept { return date::sys_days{date::days{n}}; }

}  // namespace relplan
