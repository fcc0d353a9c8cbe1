#pragma once
// One scenario specification, filled alike by the CLI flags (cli/scenario_flags.cpp), the HTTP JSON
// (web/compare_request.cpp) and a project record, and the one function that turns it into engine
// Scenarios. Fields are text as given (nullopt: not given); the rules are checked here, once.
//
//   name                    1..80 characters (default: the cadence, "8 months")
//   cadence_months          "8", or "6,8,9": one scenario each (or cadence_weeks, 1..104)
//   first_release           YYYY-MM-DD: release 0's nominal date     first_version "4.11" (default "1")
//   releases | until        horizon: 1..max releases (release 0 included), or the last nominal date
//   general_months | general_last, security_months | security_last
//                           support: months from the release, or "the last N releases"
//   lts_every | lts_parity  an LTS rule: every k-th release from lts_starting_at (default
//                           first_version), or the even or odd minors; lts_general_* and lts_security_*
//   calendars, blackouts    the team calendar (calendars/io/team_calendar.hpp)
//   weekdays "tue,wed,thu"  target_days "1-15"   adjust nearest|earlier|later   max_shift_days 0..62 (14)
//   month_end clamp|reject  actuals ["4.12=2019-04-02"]   slip shift_grid|keep_grid
//
// A continuation (ProjectState given): the project as it stands on `at` continues from its latest
// release on or before `at`, with its own grid slot, cadence, weekdays, target days, calendars,
// blackouts, days off, slip policy and support policies; any field given replaces the project's.
// Each scenario's `existing` holds the project's branches alive on `at` (published dates win), and
// the planned releases follow the latest. Default horizon: the nominal dates through `at` + 8 years.
//
// Errors name the field by the names above ("cadence_months: expected 1..36, saw 0"); an adapter
// relabels them (Error::relabeled) to "--cadence" or "scenarios[1].cadence_months".
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "calendars/io/team_calendar.hpp"
#include "data/project/project.hpp"
#include "planner/scenario.hpp"

namespace relplan {

struct ScenarioSpec {
  using Text = std::optional<std::string>;
  using List = std::optional<std::vector<std::string>>;
  Text name, cadence_months, cadence_weeks, first_release, first_version, releases, until;
  Text general_months, general_last, security_months, security_last;
  Text lts_every, lts_parity, lts_starting_at, lts_general_months, lts_general_last, lts_security_months,
      lts_security_last;
  List calendars, blackouts;
  Text weekdays, target_days, adjust, max_shift_days, month_end, slip;
  List actuals;
};

// The project a continuation starts from, as the store holds it, and the day it stands on.
struct ProjectState {
  const Project& project;
  std::span<const DayOverride> overrides;  // its own days off and worked days
  std::optional<date::sys_days> at;        // nullopt: its whole history, every branch (release plan)
};

struct SpecOptions {
  int max_releases = relplan::max_releases;  // releases of one scenario
  int max_years = 100;                       // `until` at most this many years after the first release
  // How the adapter names a field ("cadence_months" -> "--cadence"), in errors and in the rules
  // that mention other fields. Errors of the team calendar are relabeled with it.
  using Names = std::function<std::string(const std::string&)>;
  Names name = [](const std::string& field) { return field; };
  Names mention;  // the name of a field that a rule mentions ("at least general_months"); empty: `name`
};

// One scenario per cadence of the spec, in the order given.
Result<std::vector<Scenario>> scenarios_from_spec(const ScenarioSpec& spec, const CalendarRegistry& registry,
                                                  const std::optional<ProjectState>& project = std::nullopt,
                                                  TeamCalendarCache* cache = nullptr, const SpecOptions& options = {});

// The project's own plan: its cadence, continued for `next` releases after the latest (release plan).
Result<ReleaseTrain> project_train(const Project& project, int next, const CalendarRegistry& registry,
                                   std::span<const DayOverride> overrides = {});

}  // namespace relplan
