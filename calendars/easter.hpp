#pragma once
// Easter Sunday, as a Gregorian (civil) date.
//   western_easter: Gregorian computus (the "anonymous Gregorian algorithm", Meeus/Jones/Butcher).
//   orthodox_easter: Julian computus (Meeus), the Julian date converted to the Gregorian calendar.
// Example: 2024 -> western 2024-03-31, orthodox 2024-05-05.
#include <date/date.h>

namespace relplan {

date::sys_days western_easter(date::year y) noexcept;
date::sys_days orthodox_easter(date::year y) noexcept;

}  // namespace relplan
