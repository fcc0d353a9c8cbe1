// GET /api/v1/projects/{id}/next, /schedule, /calendar.ics
#include <charconv>
#include <chrono>
#include <string_view>
#include <utility>

#include "calendars/io/registry.hpp"
#include "data/export/holidays.hpp"
#include "data/export/ics.hpp"
#include "data/export/schedule.hpp"
#include "data/project/project_branches.hpp"
#include "data/project/project_follow.hpp"
#include "data/project/project_plan.hpp"
#include "data/scenario/scenario_spec.hpp"
#include "data/store/store.hpp"
#include "data/templates/schedule_request.hpp"
#include "web/api.hpp"
#include "web/routes.hpp"

namespace relplan {

namespace {

constexpr const char* project_path = R"(/api/v1/projects/([a-z0-9-]{1,64}))";

// The project's coming releases (the first is the next one), from its cadence and history; with
// `at`, from the history as it stood that day (the page's scenario A on its `?today=`).
Result<std::vector<PlannedRelease>> coming_releases(const Store& store, const Project& project, int count,
                                                    std::optional<date::sys_days> at = std::nullopt) {
  ScenarioSpec horizon;
  horizon.releases = std::to_string(1 + count);
  const auto overrides = store.calendar_overrides(project.id);
  auto scenarios = scenarios_from_spec(horizon, CalendarRegistry::shipped(), ProjectState{project, overrides, at});
  if (!scenarios) return scenarios.error();
  auto releases = plan_releases(scenarios->front().train);
  if (!releases) return releases.error();
  auto coming = std::move(releases).value();
  std::erase_if(coming, [](const PlannedRelease& r) { return r.actual.has_value(); });
  return coming;
}

// Errors of the shared request name CLI flags ("--rc-soak-days: ..."); here they name the query
// parameters. Other fields (the engine's, "advisories") are kept.
Error as_parameter(const Error& e) {
  static constexpr std::pair<std::string_view, std::string_view> parameters[] = {
      {"--release", "release"},
      {"--last-posting", "last_posting"},
      {"--calendar", "calendar"},
      {"--advisory", "advisory"},
      {"--zone", "zone"},
      {"--rc-soak-days", "rc_soak_days"},
      {"--press-lead-days", "press_lead_days"},
      {"--version-name", "version"},
      {"--project", "project"},
      {"--history-before", "history_before"},
      {"--last", "last"}};
  for (const auto& [flag, parameter] : parameters) {
    if (e.field == flag) return e.relabeled(std::string(parameter));
  }
  return e;
}

Result<ScheduleAnswer> project_schedule(const httplib::Request& req, const Store& store, const Project& project) {
  ScheduleRequest r;
  r.project = project.id;
  use_project_record(r, store);  // the project's team calendars and days off, as `relplan schedule` uses them
  r.release = api::param_or(req, "release", "");
  r.last_posting = api::param_or(req, "last_posting", "");
  r.calendar = api::param_or(req, "calendar", "");
  r.history_before = api::param_or(req, "history_before", "");  // the template fit (relplan schedule --history-before)
  if (req.has_param("fit")) {
    const auto fit = req.get_param_value("fit");
    if (fit != "true" && fit != "false") return Error::expected("fit", "'" + fit + "'", "true or false");
    r.no_fit = fit == "false";
  }
  if (req.has_param("advisory")) {
    for (std::size_t i = 0; i < req.get_param_value_count("advisory"); ++i)
      r.advisories.push_back(req.get_param_value("advisory", i));
  }
  if (req.has_param("zone")) {
    for (std::size_t i = 0; i < req.get_param_value_count("zone"); ++i)
      r.zones.push_back(req.get_param_value("zone", i));
  }
  for (const char* name : {"rc_soak_days", "press_lead_days", "last"}) {
    if (!req.has_param(name)) continue;
    const auto text = req.get_param_value(name);
    int value = 0;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || ptr != text.data() + text.size()) {
      return Error::expected(
          name, "'" + text + "'",
          std::string(name) == "last" ? "a whole number of releases" : "a whole number of working days");
    }
    const std::string n(name);
    (n == "rc_soak_days" ? r.rc_soak_days : n == "press_lead_days" ? r.press_lead_days : r.history_last) = value;
  }
  if (req.has_param("strict")) {
    const auto text = req.get_param_value("strict");
    if (text != "true" && text != "false") return Error::expected("strict", "'" + text + "'", "true or false");
    r.strict = text == "true";
  }
  if (r.release.empty() && r.last_posting.empty()) {  // the next planned release
    auto next = coming_releases(store, project, 1);
    if (!next) return next.error();
    r.release = format_date(next->front().planned);
    r.version_name = next->front().version;
  } else {
    r.version_name = api::param_or(req, "version", "next");
  }
  auto answer = plan_schedule_request(r, std::nullopt, CalendarRegistry::shipped());
  if (!answer) return as_parameter(answer.error());
  return answer;
}

}  // namespace

void add_schedule_routes(httplib::Server& server, const ServerContext& ctx) {
  server.Get(std::string(project_path) + "/next", [ctx](const httplib::Request& req, httplib::Response& res) {
    auto* store = api::store_or_503(ctx, res);
    if (!store) return;
    auto project = store->project(req.matches[1]);
    if (!project) return api::send_error(res, project.error(), 404);
    std::optional<date::sys_days> at;
    if (req.has_param("at")) {
      const auto text = req.get_param_value("at");
      at = parse_date(text);
      if (!at) return api::send_error(res, Error::expected("at", "'" + text + "'", "a date as YYYY-MM-DD"));
    }
    // A project on an upstream train follows the upstream's plan of today (`at` is not applied).
    std::optional<UpstreamColumn> upstream;
    auto next = [&]() -> Result<std::vector<PlannedRelease>> {
      if (!project->cadence.upstream_train) return coming_releases(*store, *project, 3, at);
      auto plan = coming_plan(*store, *project, 3, CalendarRegistry::shipped());
      if (!plan) return plan.error();
      upstream = UpstreamColumn{plan->upstream->project, {}};
      std::vector<PlannedRelease> coming;
      for (std::size_t i = 0; i < plan->releases.size(); ++i) {
        if (plan->releases[i].actual) continue;
        coming.push_back(plan->releases[i]);
        upstream->releases.push_back(plan->upstream->releases[i]);
      }
      return coming;
    }();
    if (!next) return api::send_error(res, next.error());
    auto items = nlohmann::json::array();
    for (std::size_t i = 0; i < next->size(); ++i) {
      const auto& r = (*next)[i];
      auto reasons = nlohmann::json::array();
      for (const auto& why : r.reasons) reasons.push_back({{"date", format_date(why.day)}, {"text", why.text}});
      items.push_back({{"version", r.version},
                       {"nominal", format_date(r.nominal)},
                       {"planned", format_date(r.planned)},
                       {"shift_days", r.shift_days},
                       {"reasons", reasons}});
      if (upstream) {
        const auto& u = upstream->releases[i];
        items.back()["upstream"] = u ? nlohmann::json{{"project", upstream->project},
                                                      {"version", u->version},
                                                      {"date", format_date(u->date)},
                                                      {"actual", u->actual}}
                                     : nlohmann::json(nullptr);
      }
    }
    api::send_json(res, 200, {{"version", items[0]["version"]}, {"planned", items[0]["planned"]}, {"releases", items}});
  });

  // ?release=YYYY-MM-DD | last_posting=YYYY-MM-DD (default: the next planned release)
  //  &advisory=ID@YYYY-MM-DDTHH:MMZ (repeatable) &rc_soak_days=N &press_lead_days=N &zone=Area/City
  //  &calendar=US,GB-ENG &strict=true|false &format=json|csv|ics
  server.Get(std::string(project_path) + "/schedule", [ctx](const httplib::Request& req, httplib::Response& res) {
    auto* store = api::store_or_503(ctx, res);
    if (!store) return;
    auto project = store->project(req.matches[1]);
    if (!project) return api::send_error(res, project.error(), 404);
    auto answer = project_schedule(req, *store, *project);
    if (!answer) return api::send_error(res, answer.error());
    const auto format = api::param_or(req, "format", "json");
    if (format == "csv") {
      res.set_content(schedule_csv(answer->schedule), "text/csv; charset=utf-8");
    } else if (format == "ics") {
      const auto now = date::floor<std::chrono::seconds>(std::chrono::system_clock::now());
      res.set_content(schedule_ics(answer->schedule, answer->labels, now), "text/calendar; charset=utf-8");
    } else {
      api::send_json(res, 200, schedule_json(answer->schedule, answer->labels));
    }
  });

  // A subscribable feed: the next release's schedule (when the project has a template), the planned
  // dates of the releases after it, and each branch's support ends. UIDs depend only on the project,
  // the version and what the event is, so clients move events when plans change.
  server.Get(std::string(project_path) + "/calendar.ics", [ctx](const httplib::Request& req, httplib::Response& res) {
    auto* store = api::store_or_503(ctx, res);
    if (!store) return;
    auto project = store->project(req.matches[1]);
    if (!project) return api::send_error(res, project.error(), 404);
    std::vector<ics::Event> events;
    auto coming = coming_releases(*store, *project, 3);
    if (!coming) return api::send_error(res, coming.error());
    if (project_template(project->id, "project")) {
      httplib::Request none;
      auto next = project_schedule(none, *store, *project);
      if (next) events = schedule_events(next->schedule, next->labels);
    }
    for (const auto& r : *coming) {
      const std::string uid = slug(project->id) + "-" + slug(r.version) + "-release@relplan";
      if (std::any_of(events.begin(), events.end(), [&](const ics::Event& e) { return e.uid == uid; })) continue;
      ics::Event e;
      e.uid = uid;
      e.summary = project->name + " " + r.version + ": release (planned)";
      e.all_day = r.planned;
      e.categories = {"release"};
      events.push_back(std::move(e));
    }
    if (auto branches = project_branches(*project, std::nullopt)) {
      for (const auto& b : branches->branches) {
        for (const auto& [what, until] :
             {std::pair{"general", b.general_until}, std::pair{"security", b.security_until}}) {
          if (!until) continue;
          ics::Event e;
          e.uid = slug(project->id) + "-" + slug(b.version) + "-" + what + "-support-ends@relplan";
          e.summary = project->name + " " + b.version + ": last day of " + what + " support";
          e.all_day = *until;
          e.categories = {"support"};
          events.push_back(std::move(e));
        }
      }
    }
    const auto now = date::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    res.set_content(ics::calendar(project->name, events, now), "text/calendar; charset=utf-8");
  });
}

}  // namespace relplan
