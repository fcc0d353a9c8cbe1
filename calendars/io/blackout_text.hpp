#pragma once
// Blackout windows as people write them (flags, TOML, JSON):
//   "12-20..01-05"                 every year, wrapping the year end
//   "2026-02-14..2026-02-22"       once
//   "CN:Spring Festival-1..+6"     from 1 day before to 6 days after the first day of CN's Spring
//                                   Festival, every year
// Offsets are a sign and at most 366 days; month-days exist every year (no 02-29). Anything else is
// an error naming the field and the text:
//   blackouts: expected MM-DD..MM-DD, YYYY-MM-DD..YYYY-MM-DD or CAL:Holiday name-N..+N, saw '12-31..12-30x'
// Whether CAL is loaded and has that holiday is checked when the window is applied (with_blackouts).
#include <string_view>

#include "calendars/combine.hpp"

namespace relplan {

Result<BlackoutWindow> parse_blackout(std::string_view text, std::string_view field = "blackout");

}  // namespace relplan
