#include "data/project/project_plan.hpp"

#include <cstdlib>

namespace relplan {

date::sys_days grid_slot(const ProjectCadence& cadence, date::sys_days released) {
  if (cadence.anchor_months.empty()) return released;
  const auto day = date::day{static_cast<unsigned>(cadence.target_first_day.value_or(1))};
  const auto year = date::year_month_day{released}.year();
  std::optional<date::sys_days> best;
  for (int dy = -1; dy <= 1; ++dy) {
    for (int m : cadence.anchor_months) {
      const date::sys_days slot{(year + date::years{dy}) / date::month{static_cast<unsigned>(m)} / day};
      if (!best || std::abs((slot - released).count()) < std::abs((*best - released).count())) best = slot;
    }
  }
  return *best;
}

}  // namespace relplan
