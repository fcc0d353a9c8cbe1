#pragma once
// An RFC 5545 iCalendar writer: VCALENDAR with all-day and timed (UTC) VEVENTs.
// Lines end in CRLF and are folded at 75 octets without splitting a UTF-8 sequence; TEXT values
// escape backslash, semicolon, comma and newline (RFC 5545 3.3.11). UIDs are the caller's and must be
// stable between runs (project, version, milestone), so a subscribed client updates events in place.
#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include <date/date.h>

namespace relplan::ics {

struct Event {
  std::string uid;  // globally unique and stable: "xen-4.20-release@relplan"
  std::string summary;
  std::string description;
  std::optional<date::sys_days> all_day;   // an all-day event on this date, or
  std::optional<date::sys_seconds> start;  // a timed event at this instant (UTC) ...
  std::chrono::minutes duration{0};        // ... lasting this long (0: an instant, no DTEND)
  std::vector<std::string> categories;
};

// `name` becomes X-WR-CALNAME; `stamp` is DTSTAMP for every event (the time the file is made).
std::string calendar(const std::string& name, const std::vector<Event>& events, date::sys_seconds stamp);

std::string escape_text(std::string_view text);
std::string fold(std::string_view line);  // one content line, CRLF-terminated, folded at 75 octets

}  // namespace relplan::ics
