#include "tests/support/calendars.hpp"

#include <stdexcept>

#include "calendars/evaluate.hpp"
#include "calendars/io/calendar_toml.hpp"
#include "calendars/io/registry.hpp"
#include "tests/support/expected_files.hpp"

namespace relplan::test {

Calendar calendar_from_toml(const std::string& text) {
  auto spec = parse_calendar_toml(text, "test.toml");
  if (!spec) throw std::runtime_error(spec.error().message);
  auto calendar = evaluate(*spec);
  if (!calendar) throw std::runtime_error(calendar.error().message);
  return std::move(calendar).value();
}

Calendar shipped(const std::string& ids) {
  auto cal = CalendarRegistry::shipped().joined(ids);
  if (!cal) throw std::runtime_error(cal.error().message);
  return *cal;
}

date::sys_days day(const std::string& text) { return day_of(text); }

}  // namespace relplan::test
