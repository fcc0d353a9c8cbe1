#pragma once
// Changes to a project's release history, checked before anything is written: shared by
// `relplan release actual|override|plan` and, later, the HTTP API, so both refuse the same things
// with the same messages.
//
// check_actual(project, version, day, force, ...) accepts a change only if all of these hold:
//   - the version fits the project's version scheme and is a listed release or the next one;
//   - the date lies after the previous release's actual date and before the next recorded one
//     (release order), and before the end of the release's own general support when known;
//   - the project re-plans with the change applied (in memory): the date is inside the range of
//     every calendar the plan needs, and planning succeeds; otherwise the planning error is returned;
//   - changing a recorded release (any listed one) needs `force`; without it the error says what
//     would change: "4.22: actual date 2026-07-30 -> 2026-08-04; pass --force to change a recorded release".
// Errors use the CLI's names for the fields (VERSION, DATE, --force); the HTTP layer renames them.
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "calendars/combine.hpp"
#include "calendars/io/registry.hpp"
#include "data/project/project.hpp"
#include "planner/release_train.hpp"

namespace relplan {

struct ActualChange {
  std::string version;
  std::optional<date::sys_days> previous;  // the recorded date it replaces; empty: a new release
  date::sys_days actual;
  Project updated;                     // the project with the change applied
  std::optional<PlannedRelease> next;  // the first release after the last actual one, re-planned
};

Result<ActualChange> check_actual(const Project& project, const std::string& version, date::sys_days day, bool force,
                                  const CalendarRegistry& registry, std::span<const DayOverride> overrides);

// The name of a calendar override: 1..80 characters (UTF-8 code points), no control characters.
// Field "--name".
Status check_override_name(const std::string& name);

// Warnings about a plan on day `at`: a planned date already past ("4.23: planned date 2027-03-02 is
// already past (on 2027-03-05)") and, for a project with a shipped schedule template, the next
// release's last posting date already past ("4.23: last posting date 2026-11-27 is already past (on
// 2026-12-03)"). A schedule that cannot be planned is a warning too ("4.23: no schedule: <error>").
// The schedule is planned on the project's team calendar with its own days off (`overrides`).
std::vector<std::string> plan_warnings(const Project& project, const std::vector<PlannedRelease>& releases,
                                       date::sys_days at, const CalendarRegistry& registry,
                                       std::span<const DayOverride> overrides = {});

}  // namespace relplan
