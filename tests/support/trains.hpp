#pragma once
// Test support for the planner: small release trains and the Xen team calendar.
#include <string>

#include "planner/release_train.hpp"

namespace relplan::test {

// Every weekday allowed (with no calendar, planned dates then equal nominal dates).
WeekdaySet every_day();
// A train whose planned dates equal its nominal dates: no calendar, every weekday allowed.
ReleaseTrain arithmetic_train(Cadence cadence, const std::string& anchor, const std::string& version, int releases);
// US+GB-ENG+DE with the 12-20..01-05 blackout (the 2018 Xen cadence question).
Calendar xen_team();

}  // namespace relplan::test
