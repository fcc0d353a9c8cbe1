// GET /api/v1/calendars, GET /api/v1/holidays
#include <chrono>

#include "calendars/io/registry.hpp"
#include "data/export/holidays.hpp"
#include "web/api.hpp"
#include "web/routes.hpp"

namespace relplan {

void add_calendar_routes(httplib::Server& server, const ServerContext& /*ctx*/) {
  server.Get("/api/v1/calendars", [](const httplib::Request&, httplib::Response& res) {
    api::send_json(res, 200, calendars_json(CalendarRegistry::shipped()));
  });

  // ?calendar=US,GB-ENG&from=YYYY-MM-DD&to=YYYY-MM-DD[&format=json|csv|ics]
  server.Get("/api/v1/holidays", [](const httplib::Request& req, httplib::Response& res) {
    auto ids = api::param(req, "calendar");
    if (!ids) return api::send_error(res, ids.error());
    auto cal = CalendarRegistry::shipped().joined(*ids, "calendar");
    if (!cal) return api::send_error(res, cal.error());
    date::sys_days range[2];
    const char* names[] = {"from", "to"};
    for (int i = 0; i < 2; ++i) {
      auto text = api::param(req, names[i]);
      if (!text) return api::send_error(res, text.error());
      auto d = parse_date(*text);
      if (!d) return api::send_error(res, Error::expected(names[i], "'" + *text + "'", "a date as YYYY-MM-DD"));
      range[i] = *d;
    }
    if (range[1] < range[0])
      return api::send_error(res, Error::expected("to", format_date(range[1]), "a date on or after from"));
    if (range[1] - range[0] > date::days{366 * 5}) {
      return api::send_error(res, Error::expected("to", format_date(range[1]), "at most 5 years after from"));
    }
    auto list = cal->occurrences(range[0], range[1]);
    if (!list) return api::send_error(res, list.error());
    const auto format = api::param_or(req, "format", "json");
    if (format == "csv") {
      res.set_content(holidays_csv(*list), "text/csv; charset=utf-8");
    } else if (format == "ics") {
      const auto now = date::floor<std::chrono::seconds>(std::chrono::system_clock::now());
      res.set_content(holidays_ics(cal->id(), *list, now), "text/calendar; charset=utf-8");
    } else if (format == "json") {
      api::send_json(res, 200, holidays_json(cal->id(), range[0], range[1], *list));
    } else {
      api::send_error(res, Error::expected("format", "'" + format + "'", "one of json, csv, ics"));
    }
  });
}

}  // namespace relplan
