// /api/v1/projects, /api/v1/projects/{id}, /api/v1/projects/{id}/project.toml,
// /api/v1/projects/{id}/advisories
#include <chrono>

#include "data/export/branches_export.hpp"
#include "data/export/project_json.hpp"
#include "data/project/project_branches.hpp"
#include "data/project/project_toml.hpp"
#include "data/store/store.hpp"
#include "web/api.hpp"
#include "web/routes.hpp"

namespace relplan {

namespace {
constexpr const char* project_path = R"(/api/v1/projects/([a-z0-9-]{1,64}))";

// An advisory id and public instant from a JSON body, checked: "XSA-307", "2019-12-11T12:00Z".
Result<Advisory> advisory_from(const nlohmann::json& body, const std::string& project) {
  auto text = [&](const char* key) -> std::optional<std::string> {
    return body.contains(key) && body[key].is_string() ? std::optional(body[key].get<std::string>()) : std::nullopt;
  };
  Advisory a;
  a.project = project;
  const auto id = text("id");
  if (!id || id->empty() || id->size() > 64)
    return Error::expected("id", body.value("id", nlohmann::json()).dump(), "an advisory id such as XSA-307");
  a.id = *id;
  const auto pub = text("public_utc");
  if (!pub || !parse_utc_minute(*pub)) {
    return Error::expected("public_utc", body.value("public_utc", nlohmann::json()).dump(),
                           "an instant as YYYY-MM-DDTHH:MMZ");
  }
  a.public_utc = *pub;
  if (auto r = text("report_date")) {
    if (!parse_date(*r)) return Error::expected("report_date", "'" + *r + "'", "a date as YYYY-MM-DD");
    a.report_date = *r;
  }
  if (body.contains("fix_in_release")) {
    if (!body["fix_in_release"].is_boolean())
      return Error::expected("fix_in_release", body["fix_in_release"].dump(), "true or false");
    a.fix_in_release = body["fix_in_release"].get<bool>();
  }
  if (body.contains("details") && !body["details"].is_string()) {
    return Error::expected("details", body["details"].dump().substr(0, 80), "a string");
  }
  a.details = text("details").value_or("");
  if (a.details->size() > 65536)
    return Error::expected("details", std::to_string(a.details->size()) + " bytes", "at most 65536 bytes");
  return a;
}
}  // namespace

void add_project_routes(httplib::Server& server, const ServerContext& ctx) {
  server.Get("/api/v1/projects", [ctx](const httplib::Request&, httplib::Response& res) {
    auto* store = api::store_or_503(ctx, res);
    if (!store) return;
    auto items = nlohmann::json::array();
    for (const auto& p : store->projects()) items.push_back({{"id", p.id}, {"name", p.name}});
    api::send_json(res, 200, {{"projects", items}});
  });

  server.Get(project_path, [ctx](const httplib::Request& req, httplib::Response& res) {
    auto* store = api::store_or_503(ctx, res);
    if (!store) return;
    auto project = store->project(req.matches[1]);
    if (!project) return api::send_error(res, project.error(), 404);
    api::send_json(res, 200, project_json(*project));
  });

  server.Get(std::string(project_path) + "/project.toml", [ctx](const httplib::Request& req, httplib::Response& res) {
    auto* store = api::store_or_503(ctx, res);
    if (!store) return;
    auto project = store->project(req.matches[1]);
    if (!project) return api::send_error(res, project.error(), 404);
    res.set_content(write_project_toml(*project), "application/toml; charset=utf-8");
  });

  // ?at=YYYY-MM-DD (default today, UTC) &as_known_on=YYYY-MM-DD
  server.Get(std::string(project_path) + "/branches", [ctx](const httplib::Request& req, httplib::Response& res) {
    auto* store = api::store_or_503(ctx, res);
    if (!store) return;
    auto project = store->project(req.matches[1]);
    if (!project) return api::send_error(res, project.error(), 404);
    date::sys_days at = date::floor<date::days>(std::chrono::system_clock::now());
    std::optional<date::sys_days> known;
    for (const char* name : {"at", "as_known_on"}) {
      if (!req.has_param(name)) continue;
      const auto text = req.get_param_value(name);
      auto d = parse_date(text);
      if (!d) return api::send_error(res, Error::expected(name, "'" + text + "'", "a date as YYYY-MM-DD"));
      (std::string(name) == "at" ? at : known.emplace()) = *d;
    }
    auto branches = project_branches(*project, known, at, project_lookup(*store));
    if (!branches) return api::send_error(res, branches.error());
    if (api::param_or(req, "format", "json") == "csv") {
      res.set_content(branches_csv(*branches, at), "text/csv; charset=utf-8");
      return;
    }
    api::send_json(res, 200, branches_json(project->id, *branches, at, known));
  });

  // The release cycles in endoflife.date's field names, newest first.
  server.Get(std::string(project_path) + "/eol.json", [ctx](const httplib::Request& req, httplib::Response& res) {
    auto* store = api::store_or_503(ctx, res);
    if (!store) return;
    auto project = store->project(req.matches[1]);
    if (!project) return api::send_error(res, project.error(), 404);
    auto branches = project_branches(*project, std::nullopt);
    if (!branches) return api::send_error(res, branches.error());
    api::send_json(res, 200, endoflife_json(*branches));
  });

  // Everyone sees ids and public instants; details need a security token.
  server.Get(std::string(project_path) + "/advisories", [ctx](const httplib::Request& req, httplib::Response& res) {
    auto* store = api::store_or_503(ctx, res);
    if (!store) return;
    const std::string id = req.matches[1];
    if (auto project = store->project(id); !project) return api::send_error(res, project.error(), 404);
    const bool security = api::role_of(req, ctx) == std::optional<std::string>("security");
    auto items = nlohmann::json::array();
    for (const auto& a : store->advisories(id, security)) items.push_back(advisory_json(a));
    api::send_json(res, 200, {{"project", id}, {"advisories", items}});
  });

  server.Post(std::string(project_path) + "/advisories", [ctx](const httplib::Request& req, httplib::Response& res) {
    auto* store = api::store_or_503(ctx, res);
    if (!store || !api::require_role(req, res, ctx, "security")) return;
    auto body = api::json_body(req);
    if (!body) return api::send_error(res, body.error());
    auto advisory = advisory_from(*body, req.matches[1]);
    if (!advisory) return api::send_error(res, advisory.error());
    if (auto s = store->save_advisory(*advisory, api::actor_of(req, ctx)); !s)
      return api::send_error(res, s.error(), 404);
    api::send_json(res, 201, advisory_json(*advisory));
  });
}

}  // namespace relplan
