#include "web/compare_request.hpp"

#include <map>
#include <mutex>

#include "calendars/combine.hpp"
#include "calendars/io/blackout_text.hpp"

namespace relplan {

namespace {

using json = nlohmann::json;

// Reads the fields of one JSON object; errors carry the path ("scenarios[0].releases").
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

  Result<int> integer(const std::string& key, int lo, int hi, std::optional<int> fallback = std::nullopt) const {
    if (!has(key)) {
      if (fallback) return *fallback;
      return error(key, std::to_string(lo) + ".." + std::to_string(hi));
    }
    const auto& v = at(key);
    if (!v.is_number_integer() || v.get<std::int64_t>() < lo || v.get<std::int64_t>() > hi) {
      return error(key, std::to_string(lo) + ".." + std::to_string(hi));
    }
    return v.get<int>();
  }
  Result<std::string> text(const std::string& key, std::optional<std::string> fallback = std::nullopt) const {
    if (!has(key)) {
      if (fallback) return *fallback;
      return error(key, "a string");
    }
    if (!at(key).is_string()) return error(key, "a string");
    return at(key).get<std::string>();
  }
  Result<date::sys_days> day(const std::string& key) const {
    auto t = text(key);
    if (!t) return error(key, "a date as YYYY-MM-DD");
    auto d = parse_date(*t);
    if (!d) return error(key, "a date as YYYY-MM-DD");
    return *d;
  }
  // ["a","b"] or "a,b".
  Result<std::vector<std::string>> list(const std::string& key, std::vector<std::string> fallback = {}) const {
    if (!has(key)) return fallback;
    const auto& v = at(key);
    std::vector<std::string> out;
    if (v.is_string()) {
      std::string item;
      for (char c : v.get<std::string>() + ",") {
        if (c == ',') {
          if (!item.empty()) out.push_back(item);
          item.clear();
          if (out.size() > max_list_items)
            return error(key, "a list of at most " + std::to_string(max_list_items) + " strings");
        } else if (c != ' ') {
          item += c;
        }
      }
      return out;
    }
    if (!v.is_array()) return error(key, "a list of strings");
    if (v.size() > max_list_items)
      return error(key, "a list of at most " + std::to_string(max_list_items) + " strings");
    for (const auto& item : v) {
      if (!item.is_string()) return error(key, "a list of strings");
      out.push_back(item.get<std::string>());
    }
    return out;
  }
  template <class E>
  Result<E> choice(const std::string& key, const std::vector<std::pair<std::string, E>>& choices) const {
    auto t = text(key, choices.front().first);
    if (t) {
      for (const auto& [name, value] : choices) {
        if (name == *t) return value;
      }
    }
    std::string rule = "one of ";
    for (std::size_t i = 0; i < choices.size(); ++i) rule += (i ? ", " : "") + choices[i].first;
    return error(key, rule);
  }

 private:
  const json& object_;
  std::string path_;
};

#define TRY(var, expr)                  \
  auto var##_r = (expr);                \
  if (!var##_r) return var##_r.error(); \
  auto var = std::move(var##_r).value()

Result<std::optional<Calendar>> build_team_calendar(const JsonFields& f, const CalendarRegistry& registry,
                                                    const std::vector<std::string>& ids,
                                                    const std::vector<std::string>& blackouts);

Result<std::optional<Calendar>> team_calendar(const JsonFields& f, const CalendarRegistry& registry,
                                              TeamCalendarCache* cache) {
  TRY(ids, f.list("calendars"));
  TRY(blackouts, f.list("blackouts"));
  if (ids.size() > max_scenario_calendars) {
    return f.error("calendars", "at most " + std::to_string(max_scenario_calendars) + " calendars");
  }
  if (blackouts.size() > max_scenario_blackouts) {
    return f.error("blackouts", "at most " + std::to_string(max_scenario_blackouts) + " blackouts");
  }
  if (ids.empty() || !cache) return build_team_calendar(f, registry, ids, blackouts);
  std::string key;
  for (const auto& id : ids) key += "|" + id;
  key += "#";
  for (const auto& b : blackouts) key += "|" + b;
  if (auto hit = cache->find(key)) return std::optional<Calendar>{*hit};
  auto built = build_team_calendar(f, registry, ids, blackouts);
  if (built && *built) cache->put(key, **built);
  return built;
}

Result<std::optional<Calendar>> build_team_calendar(const JsonFields& f, const CalendarRegistry& registry,
                                                    const std::vector<std::string>& ids,
                                                    const std::vector<std::string>& blackouts) {
  if (ids.empty()) {
    if (!blackouts.empty()) return f.error("blackouts", "calendars as well (blackouts apply to a team calendar)");
    return std::optional<Calendar>{};
  }
  std::string joined_ids;
  for (const auto& id : ids) joined_ids += (joined_ids.empty() ? "" : ",") + id;
  TRY(joined, registry.joined(joined_ids, f.path("calendars")));
  if (blackouts.empty()) return std::optional<Calendar>{joined};
  std::vector<BlackoutWindow> windows;
  for (const auto& text : blackouts) {
    TRY(w, parse_blackout(text, f.path("blackouts")));
    windows.push_back(std::move(w));
  }
  std::vector<Calendar> references;
  for (const auto& spec : registry.specs()) references.push_back(registry.get(spec->id).value());
  TRY(team, with_blackouts(joined, windows, references));
  return std::optional<Calendar>{team};
}

}  // namespace

Result<Scenario> scenario_from_json(const json& object, const std::string& path, const CalendarRegistry& registry,
                                    TeamCalendarCache* cache) {
  if (!object.is_object()) return Error::expected(path, object.dump(), "a JSON object");
  const JsonFields f(object, path);
  Scenario s;
  auto& t = s.train;
  if (f.has("cadence_weeks")) {
    TRY(weeks, f.integer("cadence_weeks", 1, max_cadence_weeks));
    t.cadence = Cadence::weeks(weeks);
  } else {
    TRY(months, f.integer("cadence_months", 1, max_cadence_months));
    t.cadence = Cadence::months(months);
  }
  TRY(first, f.day("first_release"));
  TRY(version, f.text("first_version", std::string("1")));
  if (!VersionScheme::continuing(version))
    return f.error("first_version", "a version whose last part is a number, such as 4.11");
  t.anchor = Anchor{first, version, AnchorKind::first_release};
  if (f.has("until")) {
    TRY(until, f.day("until"));
    if (until < first || until > first + date::years{60})
      return f.error("until", "a date within 60 years after first_release");
    t.horizon = Horizon::through(until);
  } else {
    TRY(releases, f.integer("releases", 1, max_compare_releases));
    t.horizon = Horizon::count(releases);
  }
  TRY(weekdays, f.list("weekdays", {"tue", "wed", "thu"}));
  t.window.weekdays = WeekdaySet{};
  for (const auto& w : weekdays) {
    auto wd = parse_weekday(w);
    if (!wd) return f.error("weekdays", "weekdays mon, tue, wed, thu, fri, sat, sun");
    t.window.weekdays.insert(*wd);
  }
  if (f.has("target_days")) {
    const auto& td = f.at("target_days");
    if (!td.is_array() || td.size() != 2 || !td[0].is_number_integer() || !td[1].is_number_integer() ||
        td[0].get<int>() < 1 || td[1].get<int>() > 31 || td[0].get<int>() > td[1].get<int>()) {
      return f.error("target_days", "[first, last] with 1 <= first <= last <= 31");
    }
    t.window.target_days = TargetDays{td[0].get<unsigned>(), td[1].get<unsigned>()};
  }
  if (t.window.weekdays.empty()) return f.error("weekdays", "at least one weekday");
  TRY(direction, f.choice<ShiftDirection>("adjust", {{"nearest", ShiftDirection::nearest},
                                                     {"earlier", ShiftDirection::earlier},
                                                     {"later", ShiftDirection::later}}));
  TRY(shift, f.integer("max_shift_days", 0, max_shift_limit, 14));
  t.adjustment = ReleaseAdjustment{direction, shift};
  TRY(month_end, f.choice<MonthEnd>("month_end", {{"clamp", MonthEnd::clamp}, {"reject", MonthEnd::reject}}));
  t.month_end = month_end;
  TRY(calendar, team_calendar(f, registry, cache));
  t.calendar = calendar;

  TRY(general, f.integer("general_months", 1, max_support_months));
  TRY(security, f.integer("security_months", 1, max_support_months));
  if (security < general)
    return f.error("security_months", "at least general_months (" + std::to_string(general) + ")");
  s.support.push_back(SupportPolicy{
      .name = std::to_string(general) + " months general + " + std::to_string(security) + " months security",
      .general = SupportMonths{general},
      .security = SupportMonths{security}});
  if (f.has("lts")) {
    const JsonFields lts(f.at("lts"), f.path("lts"));
    if (!f.at("lts").is_object())
      return f.error("lts", "an object {every, starting_at, general_months, security_months}");
    TRY(every, lts.integer("every", 2, 100));
    TRY(start, lts.text("starting_at", version));
    TRY(lts_general, lts.integer("general_months", 1, max_support_months));
    TRY(lts_security, lts.integer("security_months", 1, max_support_months));
    if (lts_security < lts_general)
      return lts.error("security_months", "at least general_months (" + std::to_string(lts_general) + ")");
    s.support.push_back(SupportPolicy{.name = "LTS every " + std::to_string(every) + ": " +
                                              std::to_string(lts_general) + " + " + std::to_string(lts_security) +
                                              " months",
                                      .every = EveryNth{every, start},
                                      .general = SupportMonths{lts_general},
                                      .security = SupportMonths{lts_security}});
  }
  TRY(name, f.text("name", t.cadence.to_string()));
  if (name.empty() || name.size() > 80) return f.error("name", "a name of 1..80 characters");
  s.name = name;
  return s;
}

Result<std::vector<Scenario>> scenarios_from_json(const nlohmann::json& body, const CalendarRegistry& registry,
                                                  TeamCalendarCache* cache) {
  if (!body.contains("scenarios") || !body["scenarios"].is_array() || body["scenarios"].empty() ||
      body["scenarios"].size() > max_compare_scenarios) {
    return Error::expected("scenarios", body.contains("scenarios") ? body["scenarios"].dump().substr(0, 80) : "nothing",
                           "a list of 1.." + std::to_string(max_compare_scenarios) + " scenarios");
  }
  std::vector<Scenario> out;
  for (std::size_t i = 0; i < body["scenarios"].size(); ++i) {
    auto s = scenario_from_json(body["scenarios"][i], "scenarios[" + std::to_string(i) + "]", registry, cache);
    if (!s) return s.error();
    out.push_back(std::move(s).value());
  }
  return out;
}

std::size_t calendar_bytes(const Calendar& calendar) {
  std::size_t bytes = sizeof(Calendar) + calendar.off_words().size() * sizeof(std::uint64_t);
  for (const auto& layer : calendar.layers()) {
    bytes += sizeof(Calendar::Layer) + layer->records.size() * sizeof(Calendar::Record);
    for (const auto& name : layer->names) bytes += sizeof(std::string) + name.capacity();
  }
  return bytes;
}

std::optional<Calendar> TeamCalendarCache::find(const std::string& key) {
  const std::lock_guard lock(mutex_);
  auto it = entries_.find(key);
  return it == entries_.end() ? std::nullopt : std::optional(it->second.first);
}

void TeamCalendarCache::put(const std::string& key, const Calendar& calendar) {
  const std::size_t size = calendar_bytes(calendar) + key.size();
  const std::lock_guard lock(mutex_);
  if (size > max_bytes_ || entries_.contains(key)) return;
  if (entries_.size() >= max_entries_ || bytes_ + size > max_bytes_) {
    entries_.clear();
    bytes_ = 0;
  }
  entries_.emplace(key, std::pair{calendar, size});
  bytes_ += size;
}

std::size_t TeamCalendarCache::bytes() const {
  const std::lock_guard lock(mutex_);
  return bytes_;
}

std::size_t TeamCalendarCache::entries() const {
  const std::lock_guard lock(mutex_);
  return entries_.size();
}

}  // namespace relplan
