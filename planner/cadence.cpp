#include "planner/cadence.hpp"

namespace relplan {

Status Cadence::validate() const {
  if (unit == Unit::months && (count < 1 || count > max_cadence_months)) {
    return Error::expected("cadence_months", std::to_string(count), "1.." + std::to_string(max_cadence_months));
  }
  if (unit == Unit::weeks && (count < 1 || count > max_cadence_weeks)) {
    return Error::expected("cadence_weeks", std::to_string(count), "1.." + std::to_string(max_cadence_weeks));
  }
  return Ok{};
}

std::string Cadence::to_string() const {
  const char* noun = unit == Unit::months ? " month" : " week";
  return std::to_string(count) + noun + (count == 1 ? "" : "s");
}

double Cadence::releases_per_year() const noexcept {
  if (unit == Unit::months) return 12.0 / count;
  return 365.2425 / 7.0 / count;
}

Result<date::sys_days> Cadence::step(date::sys_days origin, int steps, MonthEnd month_end) const {
  if (unit == Unit::weeks) return origin + date::days{7 * count * steps};
  return add_months(origin, count * steps, month_end);
}

}  // namespace relplan
