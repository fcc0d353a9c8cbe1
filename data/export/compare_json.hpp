#pragma once
// Cadence comparisons (planner/scenario.hpp) in JSON, for the CLI and the HTTP API:
//   {"scenarios":[{"name","cadence_months",
//     "releases":[{"version","nominal","planned","shift_days","reasons":[{"date","rule","text"}]}],
//     "branches":[{"version","released","general_until","security_until","general_policy","security_policy"}],
//     "timeline":[{"date","general_supported","security_supported"}],
//     "metrics":{"releases_per_year","distinct_release_months","release_months","steady_state",
//                "max_security_supported","max_security_supported_days","p95_security_supported",
//                "mean_security_supported","max_general_supported","max_general_supported_days",
//                "mean_general_supported","releases_shifted","max_shift_days","backports_per_fix",
//                "branch_months_per_year","notes"}}]}
// Keys come in the order above (ordered_json). Dates are YYYY-MM-DD; an open support end and a
// metric of an empty window are null. A release with a known actual date also has "actual"; a weeks
// cadence has "cadence_weeks" and a null "cadence_months".
#include <nlohmann/json.hpp>
#include <span>

#include "planner/scenario.hpp"

namespace relplan {

// The JSON text (compact; written directly, for the HTTP answer) and the same as a JSON value.
std::string compare_json_text(std::span<const ScenarioResult> results);
nlohmann::ordered_json compare_json(std::span<const ScenarioResult> results);

// "Jan".."Dec".
std::string month_name(date::month m);

}  // namespace relplan
