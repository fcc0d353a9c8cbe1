#pragma once
// Cadence comparisons as CSV: one row per release per scenario, scenarios in order.
//   scenario,cadence,version,nominal,planned,shift_days,reasons
// `reasons` is reasons_text() of the release: "2019-03-10 sun: weekend (US, GB-ENG, DE); weekday
// rule: sun not in tue,wed,thu | 2019-03-11 mon: weekday rule: mon not in tue,wed,thu".
#include <span>
#include <string>

#include "planner/scenario.hpp"

namespace relplan {

std::string compare_csv(std::span<const ScenarioResult> results);

// The reasons of one release, grouped by day: days separated by " | ", reasons of a day by "; ".
std::string reasons_text(std::span<const ShiftReason> reasons);

}  // namespace relplan
