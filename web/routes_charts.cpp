// POST /api/v1/charts/lifecycle.svg {"scenario":{...},"today":"YYYY-MM-DD"}
// POST /api/v1/charts/concurrency.svg {"scenarios":[...],"today":"YYYY-MM-DD"}
// The same SVG as `relplan chart`; scenarios as in POST /api/v1/compare.
#include "calendars/io/registry.hpp"
#include "data/export/svg_charts.hpp"
#include "data/project/project_branches.hpp"
#include "data/store/store.hpp"
#include "web/api.hpp"
#include "web/compare_request.hpp"
#include "web/routes.hpp"
#include "web/server.hpp"

namespace relplan {

namespace {

struct ChartInput {
  std::vector<Scenario> scenarios;
  std::vector<ScenarioResult> results;
  ChartOptions options;
};

Result<std::vector<Scenario>> chart_scenarios(const nlohmann::json& body, bool single, TeamCalendarCache* cache,
                                              const ProjectSource& projects) {
  if (!single) return scenarios_from_json(body, CalendarRegistry::shipped(), cache, &projects);
  if (!body.contains("scenario")) return Error::expected("scenario", "nothing", "a scenario object");
  ScenarioDefaults defaults;
  if (body.contains("at") && body["at"].is_string()) defaults.at = body["at"].get<std::string>();
  auto s = scenario_from_json(body["scenario"], "scenario", CalendarRegistry::shipped(), cache, &projects, defaults);
  if (!s) return s.error();
  return std::vector<Scenario>{std::move(s).value()};
}

Result<ChartInput> chart_input(const nlohmann::json& body, bool single, const ServerContext& ctx) {
  const auto projects = project_source(ctx.store);
  auto scenarios = chart_scenarios(body, single, ctx.calendar_cache.get(), projects);
  if (!scenarios) return scenarios.error();
  auto results = compare_scenarios(*scenarios);
  if (!results) return results.error();
  ChartInput in{std::move(scenarios).value(), std::move(results).value(), {}};
  if (body.contains("today")) {
    const auto& t = body["today"];
    auto d = t.is_string() ? parse_date(t.get<std::string>()) : std::nullopt;
    if (!d) return Error::expected("today", t.dump(), "a date as YYYY-MM-DD");
    in.options.today = *d;
  }
  if (body.contains("width")) {
    const auto& w = body["width"];
    if (!w.is_number_integer() || w.get<int>() < 480 || w.get<int>() > 4000)
      return Error::expected("width", w.dump(), "480..4000 px");
    in.options.width = w.get<int>();
  }
  return in;
}

// The blackout windows and the holidays of a scenario's team calendar over its branches' lifetimes
// (weekday holidays only: a holiday on a weekend changes nothing for the team).
std::vector<ShadedRange> shading(const Scenario& s, const ScenarioResult& r) {
  if (!s.train.calendar || r.branches.empty()) return {};
  const auto& team = *s.train.calendar;
  auto last = r.branches.back().released;
  for (const auto& b : r.branches) last = std::max(last, b.security_until.value_or(b.released));
  const auto first = std::max(r.branches.front().released, team.first_day());
  last = std::min(last, team.last_day());
  auto ranges = blackout_ranges(team, first, last);
  if (first > last) return ranges;
  if (auto days = team.occurrences(first, last)) {
    for (const auto& o : *days) {
      const bool holiday = o.kind == DayKind::holiday || o.kind == DayKind::observed || o.kind == DayKind::substitute ||
                           o.kind == DayKind::special;
      const date::weekday wd{o.date};
      if (holiday && wd != date::Saturday && wd != date::Sunday) {
        ranges.push_back({o.date, o.date, "holiday " + o.calendar + " " + o.name});
      }
    }
  }
  return ranges;
}

// A downstream project's scenario ({"project":"openxt"}): the upstream branch each of its branches
// ships, under its bar. Nothing for other scenarios, or without a store.
Result<std::vector<UpstreamBar>> upstream_bars(const nlohmann::json& body, const ServerContext& ctx,
                                               const ChartOptions& options) {
  std::vector<UpstreamBar> out;
  const auto& scenario = body["scenario"];
  if (!ctx.store || !scenario.is_object() || !scenario.contains("project") || !scenario["project"].is_string()) {
    return out;
  }
  auto project = ctx.store->project(scenario["project"].get<std::string>());
  if (!project || project->upstreams.empty()) return out;
  const auto at =
      options.today.value_or(project->releases.empty() ? date::sys_days{} : project->releases.back().released);
  auto branches = project_branches(*project, std::nullopt, at, project_lookup(*ctx.store));
  if (!branches) return branches.error();
  for (const auto& u : branches->upstreams) {
    if (u.branch)
      out.push_back({u.downstream_version, u.project + " " + u.version, u.branch->released, u.branch->security_until});
  }
  return out;
}

void send_svg(httplib::Response& res, const std::string& svg) { res.set_content(svg, "image/svg+xml"); }

}  // namespace

void add_chart_routes(httplib::Server& server, const ServerContext& ctx) {
  server.Post("/api/v1/charts/lifecycle.svg", [ctx](const httplib::Request& req, httplib::Response& res) {
    auto body = api::json_body(req);
    if (!body) return api::send_error(res, body.error());
    auto in = chart_input(*body, true, ctx);
    if (!in) return api::send_error(res, in.error());
    in->options.shaded = shading(in->scenarios.front(), in->results.front());
    in->options.shaded_legend = "holiday or blackout";
    auto upstream = upstream_bars(*body, ctx, in->options);
    if (!upstream) return api::send_error(res, upstream.error());
    in->options.upstream = std::move(upstream).value();
    send_svg(res, lifecycle_svg(in->results.front(), in->options));
  });
  server.Post("/api/v1/charts/concurrency.svg", [ctx](const httplib::Request& req, httplib::Response& res) {
    auto body = api::json_body(req);
    if (!body) return api::send_error(res, body.error());
    auto in = chart_input(*body, false, ctx);
    if (!in) return api::send_error(res, in.error());
    send_svg(res, concurrency_svg(in->results, in->options));
  });
}

}  // namespace relplan
