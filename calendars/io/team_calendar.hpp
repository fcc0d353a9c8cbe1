#pragma once
// The one builder of a team calendar, used by compare, charts, release plan, schedule and the page:
//   the joined calendars (by id)  ->  blackout windows (text, or windows a template already read)
//   ->  the project's own days off and worked days (Store::calendar_overrides), applied last.
// Errors name the fields "calendars", "blackouts" and "overrides"; an adapter renames them
// (Error::relabeled) to its flag or JSON path.
// Building one (a join and decades of blackout windows) costs more than planning a scenario, so a
// server keeps the ones it built in a TeamCalendarCache, bounded in entries and bytes.
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "calendars/combine.hpp"
#include "calendars/io/registry.hpp"

namespace relplan {

struct TeamCalendarSpec {
  std::vector<std::string> calendars;   // ids, joined: "US", "GB-ENG"
  std::vector<std::string> blackouts;   // as written: "12-20..01-05", "CN:Spring Festival-1..+6"
  std::vector<BlackoutWindow> windows;  // read already (a schedule template's); applied before `blackouts`
  std::string owner;                    // names the overrides' layer: "project xen"
  std::vector<DayOverride> overrides;
};

// Calendar ids as flags and parameters write them: "US,GB-ENG" -> {"US", "GB-ENG"}; "" -> none.
std::vector<std::string> split_ids(const std::string& text);

inline constexpr std::size_t max_team_calendars = 16;
inline constexpr std::size_t max_team_blackouts = 32;

class TeamCalendarCache {
 public:
  explicit TeamCalendarCache(std::size_t max_bytes = 16U << 20U, std::size_t max_entries = 256)
      : max_bytes_(max_bytes), max_entries_(max_entries) {}
  std::optional<Calendar> find(const std::string& key);
  void put(const std::string& key, const Calendar& calendar);
  std::size_t bytes() const;
  std::size_t entries() const;

 private:
  mutable std::mutex mutex_;
  std::size_t max_bytes_;
  std::size_t max_entries_;
  std::size_t bytes_ = 0;
  std::map<std::string, std::pair<Calendar, std::size_t>> entries_;
};

// The memory a calendar holds: its day bits and the records and names of its layers (shared
// layers counted as if they were not).
std::size_t calendar_bytes(const Calendar& calendar);

// nullopt without calendars (blackouts, windows or overrides without calendars are an error: they
// apply to a team calendar). At most max_team_calendars calendars and max_team_blackouts blackouts.
Result<std::optional<Calendar>> team_calendar(const TeamCalendarSpec& spec, const CalendarRegistry& registry,
                                              TeamCalendarCache* cache = nullptr);

}  // namespace relplan
