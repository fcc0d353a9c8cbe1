#include "web/compare_request.hpp"

#include <chrono>

#include "data/scenario/scenario_spec.hpp"
#include "data/store/store.hpp"

namespace relplan {

namespace {

using json = nlohmann::json;  // NOLINT(readability-identifier-naming): the library's own name

// Reads the fields of one JSON object into text; type errors carry the path ("scenarios[0].releases").
class JsonFields {
 public:
  JsonFields(const json& object, std::string path) : object_(object), path_(std::move(path)) {}

  std::string path(const std::string& key) const { return path_ + "." + key; }
  Error error(const std::string& key, const std::string& rule) const {
    const auto it = object_.find(key);
    return Error::expected(path(key), it == object_.end() ? "nothing" : it->dump(), rule);
  }
  bool has(const std::string& key) const { return object_.contains(key) && !object_.at(key).is_null(); }
  const json& at(const std::string& key) const { return object_.at(key); }

  Result<ScenarioSpec::Text> integer(const std::string& key) const {
    if (!has(key)) return ScenarioSpec::Text{};
    if (!at(key).is_number_integer()) return error(key, "a whole number");
    return ScenarioSpec::Text{at(key).dump()};
  }
  Result<ScenarioSpec::Text> text(const std::string& key) const {
    if (!has(key)) return ScenarioSpec::Text{};
    if (!at(key).is_string()) return error(key, "a string");
    return ScenarioSpec::Text{at(key).get<std::string>()};
  }
  // ["a","b"] or "a,b" (spaces dropped).
  Result<ScenarioSpec::List> list(const std::string& key) const {
    if (!has(key)) return ScenarioSpec::List{};
    const auto& v = at(key);
    std::vector<std::string> out;
    const auto too_long = "a list of at most " + std::to_string(max_list_items) + " strings";
    if (v.is_string()) {
      std::string item;
      for (char c : v.get<std::string>() + ",") {
        if (c == ',') {
          if (!item.empty()) out.push_back(item);
          item.clear();
          if (out.size() > max_list_items) return error(key, too_long);
        } else if (c != ' ') {
          item += c;
        }
      }
      return ScenarioSpec::List{out};
    }
    if (!v.is_array()) return error(key, "a list of strings");
    if (v.size() > max_list_items) return error(key, too_long);
    for (const auto& item : v) {
      if (!item.is_string()) return error(key, "a list of strings");
      out.push_back(item.get<std::string>());
    }
    return ScenarioSpec::List{out};
  }
  // [first, last] -> "first-last".
  Result<ScenarioSpec::Text> day_range(const std::string& key) const {
    if (!has(key)) return ScenarioSpec::Text{};
    const auto& v = at(key);
    if (!v.is_array() || v.size() != 2 || !v[0].is_number_integer() || !v[1].is_number_integer()) {
      return error(key, "[first, last] with 1 <= first <= last <= 31");
    }
    return ScenarioSpec::Text{v[0].dump() + "-" + v[1].dump()};
  }
  // ["4.12=2019-04-02"] or [{"version": "4.12", "date": "2019-04-02"}].
  Result<ScenarioSpec::List> actuals(const std::string& key) const {
    if (!has(key)) return ScenarioSpec::List{};
    const auto& v = at(key);
    const std::string rule = "a list of \"VERSION=YYYY-MM-DD\" or {\"version\", \"date\"}";
    if (!v.is_array()) return error(key, rule);
    if (v.size() > max_list_items) return error(key, "a list of at most " + std::to_string(max_list_items) + " items");
    std::vector<std::string> out;
    for (const auto& item : v) {
      if (item.is_string()) {
        out.push_back(item.get<std::string>());
      } else if (item.is_object() && item.size() == 2 && item.contains("version") && item.contains("date") &&
                 item["version"].is_string() && item["date"].is_string()) {
        out.push_back(item["version"].get<std::string>() + "=" + item["date"].get<std::string>());
      } else {
        return error(key, rule);
      }
    }
    return ScenarioSpec::List{out};
  }

 private:
  const json& object_;
  std::string path_;
};

#define TRY_SET(target, expr)         \
  do {                                \
    auto r_ = (expr);                 \
    if (!r_) return r_.error();       \
    (target) = std::move(r_).value(); \
  } while (0)

Result<ScenarioSpec> spec_of(const JsonFields& f) {
  ScenarioSpec s;
  TRY_SET(s.name, f.text("name"));
  for (auto [target, key] : {std::pair{&s.cadence_months, "cadence_months"},
                             {&s.cadence_weeks, "cadence_weeks"},
                             {&s.releases, "releases"},
                             {&s.general_months, "general_months"},
                             {&s.general_last, "general_last"},
                             {&s.security_months, "security_months"},
                             {&s.security_last, "security_last"},
                             {&s.max_shift_days, "max_shift_days"}}) {
    TRY_SET(*target, f.integer(key));
  }
  for (auto [target, key] : {std::pair{&s.first_release, "first_release"},
                             {&s.first_version, "first_version"},
                             {&s.until, "until"},
                             {&s.adjust, "adjust"},
                             {&s.month_end, "month_end"},
                             {&s.slip, "slip"}}) {
    TRY_SET(*target, f.text(key));
  }
  TRY_SET(s.calendars, f.list("calendars"));
  TRY_SET(s.blackouts, f.list("blackouts"));
  ScenarioSpec::List weekdays;
  TRY_SET(weekdays, f.list("weekdays"));
  if (weekdays) {
    std::string text;
    for (const auto& w : *weekdays) text += (text.empty() ? "" : ",") + w;
    s.weekdays = text;
  }
  TRY_SET(s.target_days, f.day_range("target_days"));
  TRY_SET(s.actuals, f.actuals("actuals"));
  if (f.has("lts")) {
    if (!f.at("lts").is_object())
      return f.error("lts", "an object {every | parity, starting_at, general_months, security_months}");
    const JsonFields lts(f.at("lts"), f.path("lts"));
    TRY_SET(s.lts_every, lts.integer("every"));
    TRY_SET(s.lts_parity, lts.text("parity"));
    TRY_SET(s.lts_starting_at, lts.text("starting_at"));
    TRY_SET(s.lts_general_months, lts.integer("general_months"));
    TRY_SET(s.lts_general_last, lts.integer("general_last"));
    TRY_SET(s.lts_security_months, lts.integer("security_months"));
    TRY_SET(s.lts_security_last, lts.integer("security_last"));
  }
  return s;
}

Result<std::optional<date::sys_days>> at_of(const std::optional<std::string>& text, const std::string& path) {
  if (!text) return std::optional<date::sys_days>{};
  auto d = parse_date(*text);
  if (!d) return Error::expected(path, json(*text).dump(), "a date as YYYY-MM-DD");
  return std::optional<date::sys_days>{*d};
}

}  // namespace

ProjectSource project_source(const Store* store) {
  ProjectSource out;
  out.today = date::floor<date::days>(std::chrono::system_clock::now());
  out.project = [store](const std::string& id) -> Result<Project> {
    if (!store) return Error::expected("project", json(id).dump(), "a project of the database (this server has none)");
    return store->project(id);
  };
  out.overrides = [store](const std::string& id) {
    return store ? store->calendar_overrides(id) : std::vector<DayOverride>{};
  };
  return out;
}

Result<Scenario> scenario_from_json(const json& object, const std::string& path, const CalendarRegistry& registry,
                                    TeamCalendarCache* cache, const ProjectSource* projects,
                                    const ScenarioDefaults& defaults) {
  if (!object.is_object()) return Error::expected(path, object.dump(), "a JSON object");
  const JsonFields f(object, path);
  auto spec = spec_of(f);
  if (!spec) return spec.error();
  SpecOptions options;
  options.max_releases = max_compare_releases;
  options.max_years = 60;
  options.name = [&path](const std::string& field) {
    if (field == "at") return std::string("at");
    if (field == "overrides") return path + ".project";
    return field.starts_with("lts_") ? path + ".lts." + field.substr(4) : path + "." + field;
  };
  options.mention = [](const std::string& field) {
    return field.starts_with("lts_") ? "lts." + field.substr(4) : field;
  };
  auto project_id = f.text("project");
  if (!project_id) return project_id.error();
  if (!*project_id) project_id = defaults.project;
  std::vector<Scenario> scenarios;
  if (*project_id) {
    if (!projects) return f.error("project", "no project (this request cannot name one)");
    auto project = projects->project(**project_id);
    if (!project) return project.error().relabeled(f.path("project"));
    auto at = at_of(defaults.at, defaults.at_path);
    if (!at) return at.error();
    const auto overrides = projects->overrides(**project_id);
    options.name = [&defaults, base = options.name](const std::string& field) {
      return field == "at" ? defaults.at_path : base(field);
    };
    auto made = scenarios_from_spec(*spec, registry, ProjectState{*project, overrides, at->value_or(projects->today)},
                                    cache, options);
    if (!made) return made.error();
    scenarios = std::move(made).value();
  } else {
    auto made = scenarios_from_spec(*spec, registry, std::nullopt, cache, options);
    if (!made) return made.error();
    scenarios = std::move(made).value();
  }
  return std::move(scenarios.front());
}

Result<std::vector<Scenario>> scenarios_from_json(const nlohmann::json& body, const CalendarRegistry& registry,
                                                  TeamCalendarCache* cache, const ProjectSource* projects) {
  if (!body.is_object()) return Error::expected("body", body.dump().substr(0, 80), "a JSON object");
  ScenarioDefaults defaults;
  for (auto [target, key] : {std::pair{&defaults.project, "project"}, {&defaults.at, "at"}}) {
    if (!body.contains(key)) continue;
    if (!body[key].is_string()) return Error::expected(key, body[key].dump(), "a string");
    *target = body[key].get<std::string>();
  }
  const bool project_plan = defaults.project && !body.contains("scenarios");
  if (!project_plan && (!body.contains("scenarios") || !body["scenarios"].is_array() || body["scenarios"].empty() ||
                        body["scenarios"].size() > max_compare_scenarios)) {
    return Error::expected("scenarios", body.contains("scenarios") ? body["scenarios"].dump().substr(0, 80) : "nothing",
                           "a list of 1.." + std::to_string(max_compare_scenarios) + " scenarios");
  }
  std::vector<Scenario> out;
  if (project_plan) {
    auto s = scenario_from_json(json::object(), "scenarios[0]", registry, cache, projects, defaults);
    if (!s) return s.error();
    out.push_back(std::move(s).value());
    return out;
  }
  for (std::size_t i = 0; i < body["scenarios"].size(); ++i) {
    auto s = scenario_from_json(body["scenarios"][i], "scenarios[" + std::to_string(i) + "]", registry, cache, projects,
                                defaults);
    if (!s) return s.error();
    out.push_back(std::move(s).value());
  }
  return out;
}

}  // namespace relplan
