// PUT /api/v1/projects/{id}/releases/{version}/actual, POST /api/v1/projects/{id}/releases/undo:
// `relplan release actual` and `relplan release undo` over HTTP, with an editor token.
//
// The checks are the CLI's: check_actual() (data/project/release_history.hpp), run again by
// Store::change_actual() inside the write's transaction, so a refused request writes nothing. Its
// errors name fields as the CLI does (VERSION, DATE, --force); here they carry the JSON names
// (version, date, force), renamed with Error::relabeled(), never by cutting the text.
//   PUT .../releases/4.23/actual {"date": "2027-03-17", "force": false}
//     200 {"project":"xen","version":"4.23","previous":null,"actual":"2027-03-17",
//          "next":{"version":"4.24","planned":"2027-11-02"}}
//     400 {"error":"date: expected a date after 4.22 (2026-07-30), saw 2026-07-30","field":"date",...}
//     400 {"error":"4.22: actual date 2026-07-30 -> 2026-08-04; send \"force\": true to change a
//          recorded release","field":"force","value":"false"}
//   POST .../releases/undo
//     200 {"project":"xen","undone":"xen 4.23: actual date 2027-03-17 removed (4.23 is planned again)"}
//     409 {"error":"nothing to undo for xen","field":"project","value":"xen"}
#include <map>

#include "data/project/release_history.hpp"
#include "data/store/store.hpp"
#include "web/api.hpp"
#include "web/routes.hpp"

namespace relplan {

namespace {
constexpr const char* project_path = R"(/api/v1/projects/([a-z0-9-]{1,64}))";

// An error of the CLI's checks under the API's name of its field; other errors as they are.
Error api_named(const Error& error) {
  static const std::map<std::string, std::string> names{
      {"VERSION", "version"}, {"DATE", "date"}, {"--force", "force"}, {"PROJECT", "project"}};
  const auto it = names.find(error.field);
  if (it == names.end()) return error;
  // relabeled() renames the field in a "<field>: <detail>" message; a message of another shape
  // ("4.22: actual date is already 2026-07-30; nothing to change") does not name it.
  Error named = error.relabeled(it->second);
  named.field = it->second;
  return named;
}

struct ActualBody {
  date::sys_days date;
  bool force = false;
};

// {"date": "YYYY-MM-DD", "force": false}: "date" required, "force" optional, nothing else.
Result<ActualBody> actual_body(const nlohmann::json& body) {
  for (const auto& [key, value] : body.items()) {
    if (key != "date" && key != "force")
      return Error::expected("body", nlohmann::json(key).dump(), "only the fields \"date\" and \"force\"");
  }
  ActualBody out;
  if (!body.contains("date")) return Error::expected("date", "nothing", "a date as YYYY-MM-DD");
  const auto& date = body["date"];
  if (!date.is_string()) return Error::expected("date", date.dump(), "a date as YYYY-MM-DD");
  const auto text = date.get<std::string>();
  auto day = parse_date(text);
  if (!day) return Error::expected("date", "'" + text + "'", "a date as YYYY-MM-DD");
  out.date = *day;
  if (body.contains("force")) {
    if (!body["force"].is_boolean()) return Error::expected("force", body["force"].dump(), "true or false");
    out.force = body["force"].get<bool>();
  }
  return out;
}

nlohmann::json date_or_null(const std::optional<date::sys_days>& day) {
  return day ? nlohmann::json(format_date(*day)) : nlohmann::json(nullptr);
}
}  // namespace

void add_release_routes(httplib::Server& server, const ServerContext& ctx) {
  server.Put(std::string(project_path) + "/releases/([^/]{1,64})/actual", [ctx](const httplib::Request& req,
                                                                                httplib::Response& res) {
    auto* store = api::store_or_503(ctx, res);
    if (!store || !api::require_role(req, res, ctx, "editor")) return;
    const std::string id = req.matches[1];
    const std::string version = req.matches[2];
    auto body = api::json_body(req);
    if (!body) return api::send_error(res, body.error());
    auto given = actual_body(*body);
    if (!given) return api::send_error(res, given.error());
    auto project = store->project(id);
    if (!project) return api::send_error(res, project.error(), 404);
    const auto& registry = CalendarRegistry::shipped();
    // Every check but the last, with nothing written: the CLI's errors in the API's names,
    // and, for a recorded release without "force", what would change (the CLI's message
    // names its --force flag).
    auto checked = check_actual(*project, version, given->date, true, registry, store->calendar_overrides(id));
    if (!checked) return api::send_error(res, api_named(checked.error()));
    if (checked->previous && !given->force) {
      return api::send_error(
          res, Error{"force", "false",
                     version + ": actual date " + format_date(*checked->previous) + " -> " + format_date(given->date) +
                         "; send \"force\": true to change a recorded release"});
    }
    // Checked again in the write's transaction: a change made in between is not overwritten.
    auto change = store->change_actual(id, version, given->date, given->force, registry, api::actor_of(req, ctx));
    if (!change) return api::send_error(res, api_named(change.error()));
    nlohmann::json next = nullptr;
    if (change->next) {
      next = {{"version", change->next->version}, {"planned", format_date(change->next->planned)}};
    }
    api::send_json(res, 200,
                   {{"project", id},
                    {"version", change->version},
                    {"previous", date_or_null(change->previous)},
                    {"actual", format_date(change->actual)},
                    {"next", next}});
  });

  server.Post(std::string(project_path) + "/releases/undo", [ctx](const httplib::Request& req, httplib::Response& res) {
    auto* store = api::store_or_503(ctx, res);
    if (!store || !api::require_role(req, res, ctx, "editor")) return;
    const std::string id = req.matches[1];
    if (auto project = store->project(id); !project) return api::send_error(res, project.error(), 404);
    auto undone = store->undo_last_change(id, api::actor_of(req, ctx));
    // Nothing (left) to undo is a conflict with the project's state, not a malformed request.
    if (!undone) return api::send_error(res, api_named(undone.error()), 409);
    api::send_json(res, 200, {{"project", id}, {"undone", *undone}});
  });
}

}  // namespace relplan
