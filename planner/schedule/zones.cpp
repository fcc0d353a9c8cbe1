#include "planner/schedule/zones.hpp"

#include <array>
#include <stdexcept>

#include <date/tz.h>

namespace relplan::schedule {

namespace {

constexpr std::array<const char*, 3> policy_names{"earlier", "later", "reject"};

template <class Policy>
std::optional<Policy> parse_policy(std::string_view text) noexcept {
  for (std::size_t i = 0; i < policy_names.size(); ++i) {
    if (text == policy_names[i]) return static_cast<Policy>(i);
  }
  return std::nullopt;
}

std::string hh_mm(date::local_seconds t) { return date::format("%H:%M", t); }

}  // namespace

std::string_view to_string(DstGap policy) noexcept { return policy_names[static_cast<std::size_t>(policy)]; }
std::string_view to_string(DstOverlap policy) noexcept { return policy_names[static_cast<std::size_t>(policy)]; }
std::optional<DstGap> parse_dst_gap(std::string_view text) noexcept { return parse_policy<DstGap>(text); }
std::optional<DstOverlap> parse_dst_overlap(std::string_view text) noexcept { return parse_policy<DstOverlap>(text); }

Result<const date::time_zone*> find_zone(std::string_view name, std::string_view field) {
  try {
    return date::locate_zone(name);
  } catch (const std::runtime_error&) {  // date-tz reports an unknown name by throwing
    return Error::expected(std::string(field), "'" + std::string(name) + "'",
                           "an IANA time zone name such as Europe/Berlin");
  }
}

Result<date::sys_seconds> to_utc(date::sys_days day, const LocalTime& time, DstGap gap, DstOverlap overlap,
                                 std::string_view field) {
  auto zone = find_zone(time.zone, field);
  if (!zone) return zone.error();
  const date::local_seconds local = date::local_days{day.time_since_epoch()} + time.time_of_day;
  const auto info = (*zone)->get_info(local);
  if (info.result == date::local_info::unique) return date::sys_seconds{local.time_since_epoch() - info.first.offset};

  // Two readings: with the offset in force before the transition and with the one after it.
  const date::sys_seconds a{local.time_since_epoch() - info.first.offset};
  const date::sys_seconds b{local.time_since_epoch() - info.second.offset};
  const auto earlier = std::min(a, b);
  const auto later = std::max(a, b);
  const date::sys_seconds transition = info.first.end;
  const std::string shown = format_date(day) + " " + hh_mm(local) + " " + time.zone;
  const std::string clocks = hh_mm(date::local_seconds{(transition + info.first.offset).time_since_epoch()}) + " to " +
                             hh_mm(date::local_seconds{(transition + info.second.offset).time_since_epoch()});
  if (info.result == date::local_info::nonexistent) {
    if (gap == DstGap::reject) {
      return Error::about(std::string(field), shown,
                          shown + " does not exist (clocks jump from " + clocks + "); the DST gap policy is reject");
    }
    return gap == DstGap::earlier ? earlier : later;
  }
  if (overlap == DstOverlap::reject) {
    return Error::about(
        std::string(field), shown,
        shown + " happens twice (clocks go back from " + clocks + "); the DST overlap policy is reject");
  }
  return overlap == DstOverlap::earlier ? earlier : later;
}

Result<ZonedInstant> in_zone(date::sys_seconds instant, std::string_view zone_name, std::string_view field) {
  auto zone = find_zone(zone_name, field);
  if (!zone) return zone.error();
  const auto info = (*zone)->get_info(instant);
  return ZonedInstant{std::string(zone_name), date::local_seconds{(instant + info.offset).time_since_epoch()},
                      info.abbrev, info.offset};
}

}  // namespace relplan::schedule
