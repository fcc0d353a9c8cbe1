#pragma once
// Holiday lists in the export formats shared by the CLI and the HTTP API.
//   CSV:  date,calendar,name,kind,confidence
//   JSON: {"calendar","from","to","holidays":[{"date","calendar","name","kind","confidence"}]}
//   ICS:  an all-day event per occurrence, UID "<date>-<calendar>-<kind>-<name slug>@relplan"
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "calendars/calendar.hpp"
#include "calendars/io/registry.hpp"

namespace relplan {

std::string holidays_csv(const std::vector<Occurrence>& list);
nlohmann::json holidays_json(const std::string& calendar, date::sys_days from, date::sys_days to,
                             const std::vector<Occurrence>& list);
std::string holidays_ics(const std::string& calendar, const std::vector<Occurrence>& list, date::sys_seconds stamp);

// The calendars a registry holds: {"calendars":[{"id","name","first_year","last_year","weekend",
// "range_note","sources"}]} (relplan calendars --format json, GET /api/v1/calendars).
nlohmann::json calendars_json(const CalendarRegistry& registry);

// "Spring Festival" -> "spring-festival": lower-case ASCII letters and digits, other runs become '-'.
std::string slug(std::string_view text);

}  // namespace relplan
