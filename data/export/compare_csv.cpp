#include "data/export/compare_csv.hpp"

#include "data/export/csv.hpp"

namespace relplan {

std::string reasons_text(std::span<const ShiftReason> reasons) {
  std::string out;
  for (std::size_t i = 0; i < reasons.size(); ++i) {
    const auto& r = reasons[i];
    if (i == 0 || reasons[i - 1].day != r.day) {
      out += (i == 0 ? "" : " | ") + format_date(r.day) + " " + std::string(weekday_name(date::weekday{r.day})) + ": ";
    } else {
      out += "; ";
    }
    out += r.text;
  }
  return out;
}

std::string compare_csv(std::span<const ScenarioResult> results) {
  std::string out = csv::row({"scenario", "cadence", "version", "nominal", "planned", "shift_days", "reasons"});
  for (const auto& s : results) {
    const auto cadence = s.cadence.to_string();
    for (const auto& r : s.releases) {
      out += csv::row({s.name, cadence, r.version, format_date(r.nominal), format_date(r.planned),
                       std::to_string(r.shift_days), reasons_text(r.reasons)});
    }
  }
  return out;
}

}  // namespace relplan
