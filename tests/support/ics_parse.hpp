#pragma once
// Test support: parses iCalendar text with the real parser (python3-icalendar, tests/support/ics_dump.py)
// and returns one line per event: UID|DTSTART|DTEND|SUMMARY|CATEGORIES (or the parser's error output).
#include <string>

namespace relplan::test {

std::string parse_ics(const std::string& ics_text);

}  // namespace relplan::test
