#include "tests/support/calendars.hpp"

#include <stdexcept>

#include "calendars/evaluate.hpp"
#include "calendars/io/calendar_toml.hpp"
#include "calendars/io/registry.hpp"

namespace relplan::test {

Calendar calendar_from_toml(const std::string& text) {
  auto spec = parse_calendar_toml(text, "test.toml");
  if (!spec) throw std::runtime_error(spec.error().message);
  return evaluate(*spec);
}

Calendar shipped(const std::string& ids) {
  auto cal = CalendarRegistry::shipped().joined(ids);
  if (!cal) throw std::runtime_error(cal.error().message);
  return *cal;
}

date::sys_days day(const std::string& text) {
  auto d = parse_date(text);
  if (!d) throw std::runtime_error("bad date literal " + text);
  return *d;
}

}  // namespace relplan::test
