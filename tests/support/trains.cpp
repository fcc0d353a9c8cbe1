#include "tests/support/trains.hpp"

#include "calendars/combine.hpp"
#include "calendars/io/blackout_text.hpp"
#include "tests/support/calendars.hpp"

namespace relplan::test {

WeekdaySet every_day() {
  WeekdaySet s;
  for (unsigned i = 0; i < 7; ++i) s.insert(date::weekday{i});
  return s;
}

ReleaseTrain arithmetic_train(Cadence cadence, const std::string& anchor, const std::string& version, int releases) {
  ReleaseTrain t;
  t.cadence = cadence;
  t.anchor = Anchor{day(anchor), version, AnchorKind::first_release};
  t.horizon = Horizon::count(releases);
  t.window.weekdays = every_day();
  return t;
}

Calendar xen_team() {
  const std::vector<BlackoutWindow> windows{parse_blackout("12-20..01-05").value()};
  return with_blackouts(shipped("US,GB-ENG,DE"), windows).value();
}

}  // namespace relplan::test
