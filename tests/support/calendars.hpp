#pragma once
// Test support: small calendars written inline as TOML, and date literals.
#include <string>

#include "calendars/calendar.hpp"

namespace relplan::test {

// Parses and evaluates a calendar file given as text; fails the test on a parse error.
Calendar calendar_from_toml(const std::string& text);
// The shipped calendars joined: "US,GB-ENG,DE".
Calendar shipped(const std::string& ids);
// "2019-12-11" -> sys_days; throws on a bad literal (a bug in the test).
date::sys_days day(const std::string& text);

}  // namespace relplan::test
