#pragma once
// POST /api/v1/compare bodies to planner Scenarios, through the one scenario specification
// (data/scenario/scenario_spec.hpp): this file checks the JSON types and names the fields by their
// path; the specification checks every rule. Body: {"scenarios":[{...}], "project":"xen", "at":"..."}
// ("project" and "at" apply to every scenario without its own; with "project" and no "scenarios",
// one scenario: the project's own plan). Each scenario:
//   name             optional; default "<cadence>"
//   project          optional: continue this project from its latest release on `at` (default today):
//                    its live branches, grid, calendars, days off, slip and support policies; every
//                    other field given replaces the project's
//   cadence_months   1..36     (or cadence_weeks 1..104)
//   first_release    "YYYY-MM-DD"      first_version "4.11" (default "1")
//   releases         1..200            (or until "YYYY-MM-DD", at most 60 years after first_release)
//   general_months | general_last, security_months | security_last    1..240 months | 1..100 releases
//   lts              optional {"every": k >= 2 | "parity": "even"|"odd", "starting_at": "4.12",
//                    "general_months" | "general_last", "security_months" | "security_last"}
//   calendars        ["US","GB-ENG"] or "US,GB-ENG"    blackouts ["12-20..01-05", ...]
//   weekdays         ["tue","wed","thu"] or "tue,wed,thu" (default)   target_days [1, 15]
//   adjust           nearest | earlier | later (default nearest)      max_shift_days 0..62 (14)
//   month_end        clamp | reject (default clamp)
//   actuals          ["4.12=2019-04-02"] or [{"version":"4.12","date":"2019-04-02"}], with
//   slip             shift_grid | keep_grid
// Errors name the field by its path: "scenarios[1].cadence_months: expected months 1..36, saw 0".
// Budgets keep one request cheap (each over-budget input is a 400 naming the field and the limit):
// at most 8 scenarios, 200 releases, 16 calendars and 32 blackouts a scenario, 64 items in any list.
#include <functional>
#include <optional>
#include <vector>

#include <nlohmann/json.hpp>

#include "calendars/io/team_calendar.hpp"
#include "data/project/project.hpp"
#include "planner/scenario.hpp"

namespace relplan {

inline constexpr std::size_t max_compare_scenarios = 8;
inline constexpr int max_compare_releases = 200;
inline constexpr std::size_t max_list_items = 64;

// How a request reaches the projects of the store, and the day a continuation stands on by default.
struct ProjectSource {
  std::function<Result<Project>(const std::string& id)> project;
  std::function<std::vector<DayOverride>(const std::string& id)> overrides;
  date::sys_days today;
};

class Store;
// The projects of a store (may be null: then every project is unknown), standing on today (UTC).
ProjectSource project_source(const Store* store);

struct ScenarioDefaults {
  std::optional<std::string> project;  // the body's "project"
  std::optional<std::string> at;       // the body's "at"
  std::string at_path = "at";          // the name of `at` in errors
};

// One scenario object; `path` names it in errors ("scenarios[0]", "scenario"). `cache` may be null;
// without `projects`, a "project" field is an error.
Result<Scenario> scenario_from_json(const nlohmann::json& object, const std::string& path,
                                    const CalendarRegistry& registry, TeamCalendarCache* cache = nullptr,
                                    const ProjectSource* projects = nullptr, const ScenarioDefaults& defaults = {});
// {"scenarios": [...], "project"?, "at"?}.
Result<std::vector<Scenario>> scenarios_from_json(const nlohmann::json& body, const CalendarRegistry& registry,
                                                  TeamCalendarCache* cache = nullptr,
                                                  const ProjectSource* projects = nullptr);

}  // namespace relplan
