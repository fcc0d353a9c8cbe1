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
// At most 8 scenarios: horizons and counts are bounded so one request stays cheap.
#include <vector>

#include <nlohmann/json.hpp>

#include "calendars/io/registry.hpp"
#include "planner/scenario.hpp"

namespace relplan {

inline constexpr std::size_t max_compare_scenarios = 8;
inline constexpr int max_compare_releases = 200;

Result<std::vector<Scenario>> scenarios_from_json(const nlohmann::json& body, const CalendarRegistry& registry);

}  // namespace relplan
