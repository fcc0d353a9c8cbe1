#include "data/export/ics.hpp"

namespace relplan::ics {

namespace {

std::string utc(date::sys_seconds t) { return date::format("%Y%m%dT%H%M%SZ", t); }
std::string day(date::sys_days d) { return date::format("%Y%m%d", d); }

}  // namespace

std::string escape_text(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case ';':
        out += "\\;";
        break;
      case ',':
        out += "\\,";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string fold(std::string_view line) {
  std::string out;
  std::size_t width = 0;  // octets on the current physical line
  for (std::size_t i = 0; i < line.size();) {
    // Length of the UTF-8 sequence starting here (continuation bytes are 10xxxxxx).
    std::size_t len = 1;
    while (i + len < line.size() && (static_cast<unsigned char>(line[i + len]) & 0xC0U) == 0x80U) ++len;
    if (width + len > 75) {
      out += "\r\n ";
      width = 1;
    }
    out.append(line.substr(i, len));
    width += len;
    i += len;
  }
  return out + "\r\n";
}

std::string calendar(const std::string& name, const std::vector<Event>& events, date::sys_seconds stamp) {
  std::string out;
  out += fold("BEGIN:VCALENDAR");
  out += fold("VERSION:2.0");
  out += fold("PRODID:-//relplan//relplan//EN");
  out += fold("CALSCALE:GREGORIAN");
  out += fold("METHOD:PUBLISH");
  out += fold("X-WR-CALNAME:" + escape_text(name));
  for (const auto& e : events) {
    out += fold("BEGIN:VEVENT");
    out += fold("UID:" + e.uid);
    out += fold("DTSTAMP:" + utc(stamp));
    if (e.all_day) {
      out += fold("DTSTART;VALUE=DATE:" + day(*e.all_day));
      out += fold("DTEND;VALUE=DATE:" + day(*e.all_day + date::days{1}));
      out += fold("TRANSP:TRANSPARENT");
    } else if (e.start) {
      out += fold("DTSTART:" + utc(*e.start));
      // A zero duration is an instant: no DTEND (RFC 5545 3.6.1; DTEND must be later than DTSTART).
      if (e.duration > std::chrono::minutes{0}) out += fold("DTEND:" + utc(*e.start + e.duration));
    }
    out += fold("SUMMARY:" + escape_text(e.summary));
    if (!e.description.empty()) out += fold("DESCRIPTION:" + escape_text(e.description));
    if (!e.categories.empty()) {
      std::string cats;
      for (const auto& c : e.categories) cats += (cats.empty() ? "" : ",") + escape_text(c);
      out += fold("CATEGORIES:" + cats);
    }
    out += fold("END:VEVENT");
  }
  out += fold("END:VCALENDAR");
  return out;
}

}  // namespace relplan::ics
