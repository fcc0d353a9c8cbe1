#include "cli/scenario_flags.hpp"

#include <charconv>
#include <chrono>

#include "cli/db_path.hpp"
#include "data/scenario/scenario_spec.hpp"

namespace relplan::cli {

// A whole number in [lo, hi]; else "<flag>: expected <rule>, saw <text>" (quoted unless a number).
Result<int> parse_int(const std::string& text, const std::string& flag, int lo, int hi, const std::string& rule) {
  int v = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (text.empty() || ec != std::errc{} || ptr != text.data() + text.size()) {
    return Error::expected(flag, "'" + text + "'", rule);
  }
  if (v < lo || v > hi) return Error::expected(flag, text, rule);
  return v;
}

Result<std::string> require(const std::string& value, const std::string& flag, const std::string& what) {
  if (value.empty()) return Error::about(flag, "", "required (" + what + ")");
  return value;
}

std::string flag_of(const std::string& field) {
  static const std::map<std::string, std::string> special{{"cadence_months", "--cadence"},
                                                          {"calendars", "--calendar"},
                                                          {"blackouts", "--blackout"},
                                                          {"actuals", "--actual"},
                                                          {"overrides", "--project"}};
  if (auto it = special.find(field); it != special.end()) return it->second;
  std::string flag = "--" + field;
  for (auto& c : flag) {
    if (c == '_') c = '-';
  }
  return flag;
}

bool ScenarioFlags::given(const std::string& field) const {
  auto it = given_.find(field);
  return it != given_.end() && it->second->count() > 0;
}

Result<date::sys_days> ScenarioFlags::day() const {
  if (!given("at")) return date::floor<date::days>(std::chrono::system_clock::now());
  return parse_date_option(at, "--at");
}

ScenarioSpec ScenarioFlags::spec() const {
  auto text = [&](const char* field, const std::string& value) -> ScenarioSpec::Text {
    if (!given(field)) return std::nullopt;
    return value;
  };
  auto list = [&](const char* field, const std::vector<std::string>& value) -> ScenarioSpec::List {
    if (!given(field)) return std::nullopt;
    return value;
  };
  ScenarioSpec s;
  s.cadence_months = text("cadence_months", cadence);
  s.cadence_weeks = text("cadence_weeks", cadence_weeks);
  s.first_release = text("first_release", first_release);
  s.first_version = text("first_version", first_version);
  s.releases = text("releases", releases);
  s.until = text("until", until);
  s.general_months = text("general_months", general_months);
  s.general_last = text("general_last", general_last);
  s.security_months = text("security_months", security_months);
  s.security_last = text("security_last", security_last);
  s.lts_every = text("lts_every", lts_every);
  s.lts_parity = text("lts_parity", lts_parity);
  s.lts_starting_at = text("lts_starting_at", lts_starting_at);
  s.lts_general_months = text("lts_general_months", lts_general_months);
  s.lts_general_last = text("lts_general_last", lts_general_last);
  s.lts_security_months = text("lts_security_months", lts_security_months);
  s.lts_security_last = text("lts_security_last", lts_security_last);
  if (auto ids = text("calendars", calendar)) s.calendars = split_ids(*ids);
  s.blackouts = list("blackouts", blackouts);
  s.weekdays = text("weekdays", weekdays);
  s.target_days = text("target_days", target_days);
  s.max_shift_days = text("max_shift_days", max_shift_days);
  s.adjust = text("adjust", adjust);
  s.month_end = text("month_end", month_end);
  s.actuals = list("actuals", actuals);
  s.slip = text("slip", slip);
  return s;
}

Result<std::vector<Scenario>> scenarios_of(const ScenarioFlags& a) {
  auto registry = a.calendars.registry();
  if (!registry) return registry.error();
  SpecOptions options;
  options.name = flag_of;
  const auto spec = a.spec();
  if (!a.given("project")) {
    if (a.given("at")) return Error::about("--at", a.at, "expected --project with it (the day a project stands on)");
    return scenarios_from_spec(spec, **registry, std::nullopt, nullptr, options);
  }
  auto at = a.day();
  if (!at) return at.error();
  if (a.project.empty()) return Error::expected("--project", "''", "a project id of the database, such as xen");
  if (a.given("db") && a.db.empty()) return Error::expected("--db", "''", "a database file");
  auto db = open_database(a.db, DbUse::read);
  if (!db) return db.error();
  auto project = db->store->project(a.project);
  if (!project) return project.error().relabeled("--project");
  const auto overrides = db->store->calendar_overrides(a.project);
  return scenarios_from_spec(spec, **registry, ProjectState{*project, overrides, *at}, nullptr, options);
}

std::string describe(const ScenarioFlags& a, const Scenario& s) {
  const auto& t = s.train;
  std::string out;
  if (!s.existing.empty()) {
    out = "project " + a.project + " continued from " + t.anchor.version + " with its " +
          std::to_string(s.existing.size()) + " live branches; " +
          (t.horizon.until ? "releases to " + format_date(*t.horizon.until)
                           : std::to_string(*t.horizon.releases) + " releases") +
          ", support: ";
  } else {
    out = (t.horizon.until ? "releases to " + format_date(*t.horizon.until)
                           : std::to_string(*t.horizon.releases) + " releases") +
          " from " + t.anchor.version + " (" + format_date(t.anchor.date) + "), ";
  }
  for (std::size_t i = 0; i < s.support.size(); ++i) out += (i ? "; " : "") + s.support[i].name;
  out += " support\n";
  out += "release days " + t.window.weekdays.to_string();
  if (t.window.target_days) out += ", days " + t.window.target_days->to_string() + " of the month";
  out += t.calendar ? ", working days of " + t.calendar->id() : ", no calendar";
  for (std::size_t i = 0; i < a.blackouts.size(); ++i) out += (i == 0 ? " with blackouts " : ", ") + a.blackouts[i];
  const char* direction = t.adjustment.direction == ShiftDirection::nearest   ? "nearest"
                          : t.adjustment.direction == ShiftDirection::earlier ? "earlier"
                                                                              : "later";
  out +=
      std::string("; ") + direction + " allowed day within " + std::to_string(t.adjustment.max_shift_days) + " days\n";
  return out;
}

void ScenarioFlags::add_to(CLI::App* sub) {
  auto add = [&](const char* field, const std::string& flag, auto& target, const std::string& help) {
    given_[field] = sub->add_option(flag, target, help);
  };
  add("project", "--project", project,
      "Continue this project of the database from its latest release: its live branches, grid, calendars, "
      "days off, slip and support policies (the flags below override them)");
  add("at", "--at", at,
      "With --project: the day the project stands on; releases are planned after it (default: today)");
  add("db", "--db", db, "With --project: the database (default: $RELPLAN_DB, else the user's)");
  add("cadence_months", "--cadence", cadence,
      "Cadences in months, 1..36, comma-separated: 6,8,9 (required unless --cadence-weeks or --project)");
  add("cadence_weeks", "--cadence-weeks", cadence_weeks, "Cadences in weeks, 1..104, comma-separated: 26,39");
  add("first_release", "--first-release", first_release,
      "Nominal date of the first release (release 0), YYYY-MM-DD (required unless --project)");
  add("releases", "--releases", releases,
      "Horizon: number of releases, the first included (1..1000; required unless --until or --project)");
  add("until", "--until", until, "Horizon: last nominal date, YYYY-MM-DD (default: with --project: --at + 8 years)");
  add("general_months", "--general-months", general_months,
      "Months of general support from each release (required unless --general-last or --project)");
  add("general_last", "--general-last", general_last, "General support for the last N releases, 1..100");
  add("security_months", "--security-months", security_months,
      "Months of security support from each release (required unless --security-last or --project)");
  add("security_last", "--security-last", security_last, "Security support for the last N releases, 1..100");
  add("lts_every", "--lts-every", lts_every, "LTS rule: every K-th release, 2..100, from --lts-starting-at");
  add("lts_parity", "--lts-parity", lts_parity, "LTS rule: the even or the odd minor versions (even|odd)");
  add("lts_starting_at", "--lts-starting-at", lts_starting_at,
      "The first LTS release of --lts-every (default: --first-version)");
  add("lts_general_months", "--lts-general-months", lts_general_months, "Months of general support of LTS releases");
  add("lts_general_last", "--lts-general-last", lts_general_last, "General support of LTS releases: the last N");
  add("lts_security_months", "--lts-security-months", lts_security_months,
      "Months of security support of LTS releases");
  add("lts_security_last", "--lts-security-last", lts_security_last, "Security support of LTS releases: the last N");
  add("calendars", "--calendar", calendar, "Team calendars, joined: US,GB-ENG,DE (default: none, weekday rule only)");
  add("blackouts", "--blackout", blackouts,
      "Blackout window, repeatable: 12-20..01-05, 2026-02-14..2026-02-22, CN:Spring Festival-1..+6");
  add("weekdays", "--weekdays", weekdays, "Allowed release weekdays (default: tue,wed,thu)");
  add("target_days", "--target-days", target_days, "Target part of the month, FIRST-LAST: 1-15 (default: any day)");
  add("first_version", "--first-version", first_version,
      "Version of the first release; later ones count up its last number (default: 1)");
  add("max_shift_days", "--max-shift-days", max_shift_days,
      "Largest move from the nominal date, 0..62 days (default: 14)");
  add("adjust", "--adjust", adjust, "Direction of the move: nearest (ties later), earlier or later (default: nearest)");
  add("month_end", "--month-end", month_end,
      "Day missing in a month (Jan 31 + 1 month): clamp or reject (default: clamp)");
  add("actuals", "--actual", actuals, "Known actual release, repeatable: 4.12=2019-04-02 (needs --slip)");
  add("slip", "--slip", slip, "After a slipped actual release: shift_grid or keep_grid (default: keep_grid)");
}

}  // namespace relplan::cli
