// POST /api/v1/compare: cadence scenarios side by side (JSON, or CSV with ?format=csv).
#include "calendars/io/registry.hpp"
#include "data/export/compare_csv.hpp"
#include "data/export/compare_json.hpp"
#include "web/api.hpp"
#include "web/compare_request.hpp"
#include "web/routes.hpp"

namespace relplan {

void add_compare_routes(httplib::Server& server, const ServerContext& ctx) {
  server.Post("/api/v1/compare", [ctx](const httplib::Request& req, httplib::Response& res) {
    auto body = api::json_body(req);
    if (!body) return api::send_error(res, body.error());
    const auto projects = project_source(ctx.store);
    auto scenarios = scenarios_from_json(*body, CalendarRegistry::shipped(), ctx.calendar_cache.get(), &projects);
    if (!scenarios) return api::send_error(res, scenarios.error());
    auto results = compare_scenarios(*scenarios);
    if (!results) return api::send_error(res, results.error());
    if (api::param_or(req, "format", "json") == "csv") {
      res.set_content(compare_csv(*results), "text/csv; charset=utf-8");
      return;
    }
    res.status = 200;
    res.set_content(compare_json_text(*results), "application/json");
  });
}

}  // namespace relplan
