#pragma once
// POST /api/v1/compare bodies: {"scenarios":[{...}]} to planner Scenarios. Each scenario:
//   name             optional; default "<cadence>"
//   cadence_months   1..36     (or cadence_weeks 1..104)
//   first_release    "YYYY-MM-DD"      first_version "4.11" (default "1")
//   releases         1..200            (or until "YYYY-MM-DD", at most 60 years after first_release)
//   general_months, security_months    1..240, security >= general
//   lts              optional {"every": k >= 2, "starting_at": "4.12", "general_months", "security_months"}
//   calendars        ["US","GB-ENG"] or "US,GB-ENG"    blackouts ["12-20..01-05", ...]
//   weekdays         ["tue","wed","thu"] or "tue,wed,thu" (default)   target_days [1, 15]
//   adjust           nearest | earlier | later (default nearest)      max_shift_days 0..62 (14)
//   month_end        clamp | reject (default clamp)
// Errors name the field by its path: "scenarios[1].cadence_months: expected 1..36, saw 0".
// Budgets keep one request cheap (each over-budget input is a 400 naming the field and the limit):
// at most 8 scenarios, 200 releases, 16 calendars and 32 blackouts a scenario, 64 items in any list.
#include <map>
#include <mutex>
#include <vector>

#include <nlohmann/json.hpp>

#include "calendars/io/registry.hpp"
#include "planner/scenario.hpp"

namespace relplan {

inline constexpr std::size_t max_compare_scenarios = 8;
inline constexpr int max_compare_releases = 200;
inline constexpr std::size_t max_scenario_calendars = 16;
inline constexpr std::size_t max_scenario_blackouts = 32;
inline constexpr std::size_t max_list_items = 64;

// Team calendars built for earlier requests of one server (one calendar registry), by their
// calendar ids and blackouts: building one (a join and 50 years of blackout windows) costs more than
// planning a scenario. Bounded in entries and in bytes; emptied when a new entry would not fit.
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

// One scenario object; `path` names it in errors ("scenarios[0]", "scenario"). `cache` may be null.
Result<Scenario> scenario_from_json(const nlohmann::json& object, const std::string& path,
                                    const CalendarRegistry& registry, TeamCalendarCache* cache = nullptr);
// {"scenarios": [...]}.
Result<std::vector<Scenario>> scenarios_from_json(const nlohmann::json& body, const CalendarRegistry& registry,
                                                  TeamCalendarCache* cache = nullptr);

}  // namespace relplan
