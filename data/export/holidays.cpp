#include "data/export/holidays.hpp"

#include "data/export/csv.hpp"
#include "data/export/ics.hpp"

namespace relplan {

std::string slug(std::string_view text) {
  std::string out;
  for (unsigned char c : text) {
    if (std::isalnum(c) && c < 0x80) {
      out += static_cast<char>(std::tolower(c));
    } else if (!out.empty() && out.back() != '-') {
      out += '-';
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

std::string holidays_csv(const std::vector<Occurrence>& list) {
  std::string out = csv::row({"date", "calendar", "name", "kind", "confidence"});
  for (const auto& o : list) {
    out += csv::row({format_date(o.date), o.calendar, o.name, to_string(o.kind), to_string(o.confidence)});
  }
  return out;
}

nlohmann::json holidays_json(const std::string& calendar, date::sys_days from, date::sys_days to,
                             const std::vector<Occurrence>& list) {
  auto items = nlohmann::json::array();
  for (const auto& o : list) {
    items.push_back({{"date", format_date(o.date)},
                     {"calendar", o.calendar},
                     {"name", o.name},
                     {"kind", to_string(o.kind)},
                     {"confidence", to_string(o.confidence)}});
  }
  return {{"calendar", calendar}, {"from", format_date(from)}, {"to", format_date(to)}, {"holidays", items}};
}

std::string holidays_ics(const std::string& calendar, const std::vector<Occurrence>& list, date::sys_seconds stamp) {
  std::vector<ics::Event> events;
  for (const auto& o : list) {
    ics::Event e;
    e.uid = format_date(o.date) + "-" + slug(o.calendar) + "-" + std::string(to_string(o.kind)) + "-" + slug(o.name) +
            "@relplan";
    e.summary = o.kind == DayKind::holiday ? o.name + " (" + o.calendar + ")"
                                           : o.name + " (" + o.calendar + ", " + std::string(to_string(o.kind)) + ")";
    e.description = std::string("kind: ") + std::string(to_string(o.kind)) +
                    "; confidence: " + std::string(to_string(o.confidence));
    e.all_day = o.date;
    e.categories = {std::string(to_string(o.kind))};
    events.push_back(std::move(e));
  }
  return ics::calendar("Holidays " + calendar, events, stamp);
}

nlohmann::json calendars_json(const CalendarRegistry& registry) {
  auto items = nlohmann::json::array();
  for (const auto& s : registry.specs()) {
    items.push_back({{"id", s->id},
                     {"name", s->name},
                     {"first_year", s->first_year},
                     {"last_year", s->last_year},
                     {"weekend", s->weekend.to_string()},
                     {"range_note", s->range_note},
                     {"sources", s->sources}});
  }
  return nlohmann::json{{"calendars", items}};
}

}  // namespace relplan
