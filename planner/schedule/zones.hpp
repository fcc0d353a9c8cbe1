#pragma once
// Local times in IANA zones, through the system tz database (date/tz.h with the Debian tzdata; the
// database is read-only reference data, like the compiled-in calendars).
//
// A local time of day on a date is converted to one UTC instant. Two cases need a policy, which the
// caller passes (STYLE.md point 3):
//   gap: the local time does not exist (clocks jump forward). America/Los_Angeles, Sun 2026-03-08:
//        02:00 PST -> 03:00 PDT, so 02:30 does not exist. Reading 02:30 with the offset before the
//        jump gives 10:30 UTC (= 03:30 PDT), with the offset after it 09:30 UTC (= 01:30 PST).
//          DstGap::earlier -> 09:30 UTC, DstGap::later -> 10:30 UTC, DstGap::reject -> an Error.
//   overlap: the local time happens twice (clocks go back). America/Los_Angeles, Sun 2026-11-01:
//        01:30 PDT = 08:30 UTC and 01:30 PST = 09:30 UTC.
//          DstOverlap::earlier -> 08:30 UTC (date::choose::earliest), later -> 09:30 UTC, reject -> an Error.
// "earlier"/"later" always name the earlier/later of the two candidate instants, so they keep their
// meaning in zones whose tzdb offsets run the other way (Europe/Dublin).
#include <chrono>
#include <optional>
#include <string>

#include <date/date.h>

#include "calendars/result.hpp"
#include "calendars/types.hpp"

namespace date {
class time_zone;
}

namespace relplan::schedule {

enum class DstGap { earlier, later, reject };
enum class DstOverlap { earlier, later, reject };
std::string_view to_string(DstGap policy) noexcept;
std::string_view to_string(DstOverlap policy) noexcept;
std::optional<DstGap> parse_dst_gap(std::string_view text) noexcept;
std::optional<DstOverlap> parse_dst_overlap(std::string_view text) noexcept;

struct LocalTime {
  std::chrono::minutes time_of_day{0};  // 09:00 -> 540 min
  std::string zone;                     // "America/Los_Angeles", or "UTC"
  bool operator==(const LocalTime&) const = default;
};

// The same instant on a zone's clock.
struct ZonedInstant {
  std::string zone;
  date::local_seconds local;    // the wall-clock time
  std::string abbrev;           // "CET", "PDT"
  std::chrono::seconds offset;  // from UTC: +01:00 -> 3600 s
};

// The zone named, or an Error naming it: "<field>: expected an IANA time zone name such as
// Europe/Berlin, saw 'Europe/Berlni'".
Result<const date::time_zone*> find_zone(std::string_view name, std::string_view field);

// `time` on `day` in its zone, as a UTC instant, under the gap and overlap policies.
Result<date::sys_seconds> to_utc(date::sys_days day, const LocalTime& time, DstGap gap, DstOverlap overlap,
                                 std::string_view field);

Result<ZonedInstant> in_zone(date::sys_seconds instant, std::string_view zone, std::string_view field);

}  // namespace relplan::schedule
