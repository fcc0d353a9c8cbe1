#pragma once
// The terminal view of a cadence comparison: the metrics of every scenario side by side (one column
// per scenario), notes on null metrics, then each scenario's releases with their support ends and the
// reasons for each shift.
#include <span>
#include <string>

#include "planner/scenario.hpp"

namespace relplan::cli {

std::string compare_table(std::span<const ScenarioResult> results);

}  // namespace relplan::cli
