#pragma once
// The flags that describe cadence scenarios, shared by `relplan compare` and `relplan chart`:
//   --cadence 6,8,9 --first-release 2018-07-10 (--releases 12 | --until 2026-12-31) --general-months 18
//   --security-months 36 [--calendar US,GB-ENG,DE] [--blackout 12-20..01-05]... [--weekdays tue,wed,thu]
//   [--target-days 1-15] [--first-version 4.11] [--max-shift-days N] [--adjust nearest|earlier|later]
//   [--month-end clamp|reject] [--actual VERSION=DATE... --slip shift_grid|keep_grid] [--calendars-dir DIR]
// Flags are read as text and checked in scenarios_of, so every bad value gets one kind of message,
// naming the flag, the value and the rule: "--cadence: expected months 1..36, saw 0".
#include <initializer_list>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "cli/common.hpp"
#include "planner/scenario.hpp"

namespace relplan::cli {

struct ScenarioFlags {
  CalendarOptions calendars;
  std::string cadence;
  std::string first_release;
  std::string releases;
  std::string until;
  std::string general_months;
  std::string security_months;
  std::string calendar;
  std::vector<std::string> blackouts;
  std::string weekdays = "tue,wed,thu";
  std::string target_days;
  std::string first_version = "1";
  std::string max_shift_days = "14";
  std::string adjust = "nearest";
  std::string month_end = "clamp";
  std::vector<std::string> actuals;
  std::string slip;

  // Registers every flag above except --calendars-dir, which the command adds last with
  // calendars.add_to(sub), after its own flags (the order of `--help`).
  void add_to(CLI::App* sub);
};

// The scenarios the flags describe, one per cadence, in the order given. Their trains share the
// team calendar (the joined --calendar with the --blackout windows), if any.
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
