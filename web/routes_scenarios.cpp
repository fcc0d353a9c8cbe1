// /api/v1/scenarios: saved scenarios; every save is a new version. A scenario is checked with the
// rules of POST /api/v1/compare before it is stored.
#include "calendars/io/registry.hpp"
#include "data/store/store.hpp"
#include "web/api.hpp"
#include "web/compare_request.hpp"
#include "web/routes.hpp"

namespace relplan {

namespace {
// A stored body that no longer parses (written by an older relplan) is shown as null with the reason.
nlohmann::json scenario_json(const ScenarioVersion& s) {
  nlohmann::json out{{"project", s.project},
                     {"name", s.name},
                     {"version", s.version},
                     {"author", s.author},
                     {"created_at", s.created_at}};
  auto body = api::parse_json(s.body, "scenario");
  out["scenario"] = body ? *body : nlohmann::json();
  if (!body) out["error"] = body.error().message;
  return out;
}
}  // namespace

void add_scenario_routes(httplib::Server& server, const ServerContext& ctx) {
  // ?project=xen: the newest version of each scenario.
  server.Get("/api/v1/scenarios", [ctx](const httplib::Request& req, httplib::Response& res) {
    auto* store = api::store_or_503(ctx, res);
    if (!store) return;
    auto items = nlohmann::json::array();
    for (const auto& s : store->scenarios(api::param_or(req, "project", ""))) items.push_back(scenario_json(s));
    api::send_json(res, 200, {{"scenarios", items}});
  });

  // ?project=xen&version=N (default: the newest)
  server.Get(R"(/api/v1/scenarios/([^/]{1,200}))", [ctx](const httplib::Request& req, httplib::Response& res) {
    auto* store = api::store_or_503(ctx, res);
    if (!store) return;
    std::optional<int> version;
    if (req.has_param("version")) {
      const auto text = req.get_param_value("version");
      try {
        version = std::stoi(text);
      } catch (const std::exception&) {
        return api::send_error(res, Error::expected("version", "'" + text + "'", "a version number"));
      }
    }
    auto s =
        store->scenario(api::param_or(req, "project", ""), httplib::detail::decode_url(req.matches[1], false), version);
    if (!s) return api::send_error(res, s.error(), 404);
    api::send_json(res, 200, scenario_json(*s));
  });

  // {"project": "xen", "name": "nine months", "scenario": {...}} -> {"name", "version"}
  server.Post("/api/v1/scenarios", [ctx](const httplib::Request& req, httplib::Response& res) {
    auto* store = api::store_or_503(ctx, res);
    if (!store || !api::require_role(req, res, ctx, "editor")) return;
    auto body = api::json_body(req);
    if (!body) return api::send_error(res, body.error());
    const auto name = body->value("name", nlohmann::json());
    if (!name.is_string()) return api::send_error(res, Error::expected("name", name.dump(), "a scenario name"));
    if (name.get<std::string>().empty() || name.get<std::string>().size() > 200) {
      return api::send_error(res, Error::expected("name", name.dump(), "a scenario name of 1..200 characters"));
    }
    const auto scenario = body->value("scenario", nlohmann::json());
    if (!scenario.is_object())
      return api::send_error(res, Error::expected("scenario", scenario.dump(), "a JSON object"));
    const auto projects = project_source(store);
    if (auto checked =
            scenario_from_json(scenario, "scenario", CalendarRegistry::shipped(), ctx.calendar_cache.get(), &projects);
        !checked) {
      return api::send_error(res, checked.error());
    }
    const auto project = body->value("project", nlohmann::json(""));
    if (!project.is_string()) return api::send_error(res, Error::expected("project", project.dump(), "a project id"));
    auto version = store->save_scenario(project.get<std::string>(), name.get<std::string>(), scenario.dump(),
                                        api::actor_of(req, ctx));
    if (!version) return api::send_error(res, version.error());
    api::send_json(res, 201, {{"project", project}, {"name", name}, {"version", *version}});
  });
}

}  // namespace relplan
