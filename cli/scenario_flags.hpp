#pragma once
// The flags that describe cadence scenarios, shared by `relplan compare` and `relplan chart`: each one
// sets a field of the scenario specification (data/scenario/scenario_spec.hpp), which checks them
// all, so a bad value gets the message it gets over HTTP, under the flag's name:
//   "--cadence: expected months 1..36, saw 0".
//   --cadence 6,8,9 | --cadence-weeks 26   --first-release 2018-07-10 [--first-version 4.11]
//   --releases 12 | --until 2026-12-31     --general-months 18 | --general-last 2, --security-months 36 | ...
//   [--lts-every 4 | --lts-parity even] [--lts-starting-at 4.12] --lts-general-months 18 --lts-security-months 60
//   [--calendar US,GB-ENG,DE] [--blackout 12-20..01-05]... [--weekdays tue,wed,thu] [--target-days 1-15]
//   [--max-shift-days N] [--adjust nearest|earlier|later] [--month-end clamp|reject]
//   [--actual VERSION=DATE... --slip shift_grid|keep_grid] [--calendars-dir DIR]
//   [--project ID [--at YYYY-MM-DD] [--db FILE]]: continue the project from its latest release
#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "cli/common.hpp"
#include "data/scenario/scenario_spec.hpp"
#include "planner/scenario.hpp"

namespace relplan::cli {

struct ScenarioFlags {
  CalendarOptions calendars;
  std::string project, at, db;  // a continuation of a project of the database
  std::string cadence, cadence_weeks, first_release, releases, until;
  std::string general_months, general_last, security_months, security_last;
  std::string lts_every, lts_parity, lts_starting_at, lts_general_months, lts_general_last, lts_security_months,
      lts_security_last;
  std::string calendar;
  std::vector<std::string> blackouts;
  std::string weekdays, target_days, first_version, max_shift_days, adjust, month_end;
  std::vector<std::string> actuals;
  std::string slip;

  // Registers every flag above except --calendars-dir, which the command adds last with
  // calendars.add_to(sub), after its own flags (the order of `--help`).
  void add_to(CLI::App* sub);
  // The flags given on the command line, as a scenario specification (data/scenario/scenario_spec.hpp).
  ScenarioSpec spec() const;
  // Whether the flag of a spec field ("at") was given on the command line, even as ''.
  bool given(const std::string& field) const;
  // The day a --project continuation stands on: --at, else today (the clock is read here, in cli/).
  Result<date::sys_days> day() const;

 private:
  std::map<std::string, const CLI::Option*> given_;  // by spec field
};

// The flag that sets a field of the scenario specification: "cadence_months" -> "--cadence".
std::string flag_of(const std::string& field);

// The scenarios the flags describe, one per cadence, in the order given; with --project, the
// continuations of the project as it stands on --at (default today) in the database.
Result<std::vector<Scenario>> scenarios_of(const ScenarioFlags& f);

// The inputs in two lines (each ending in '\n'), for headings; s is one of scenarios_of(a):
//   12 releases from 4.11 (2018-07-10), 18 months general + 36 months security support
//   release days tue,wed,thu, working days of US+GB-ENG+DE with blackouts 12-20..01-05; nearest allowed day within 14
//   days
std::string describe(const ScenarioFlags& a, const Scenario& s);

// A whole number in [lo, hi]; else "<flag>: expected <rule>, saw <text>" (quoted unless a number).
Result<int> parse_int(const std::string& text, const std::string& flag, int lo, int hi, const std::string& rule);
// The value, or "<flag>: required (<what>)" when it is empty.
Result<std::string> require(const std::string& value, const std::string& flag, const std::string& what);

// One of the named choices; else "<flag>: expected one of a, b, c, saw '<text>'".
template <class E>
Result<E> parse_choice(const std::string& text, const std::string& flag,
                       std::initializer_list<std::pair<const char*, E>> choices) {
  std::string names;
  for (const auto& [name, value] : choices) {
    if (text == name) return value;
    names += (names.empty() ? "" : ", ") + std::string(name);
  }
  return Error::expected(flag, "'" + text + "'", "one of " + names);
}

}  // namespace relplan::cli
