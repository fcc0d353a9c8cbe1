#pragma once
// Project files: read with validation (errors name the file, line, table and key), and written back
// in one canonical form, so export -> import -> export gives the same text. Comments are not kept:
// the canonical form is for round trips and exports; the shipped files keep their comments.
//
// The reader checks everything a later read checks (project_train, project_branches, the HTTP
// routes), so a file `db import` accepts is one every route and command can answer for:
//   - id: 1..64 of a-z, 0-9 and '-' (the routes' /api/v1/projects/{id});
//   - version_scheme: one {minor} (VersionScheme::parse); every version (release versions,
//     from_version, versions) is one of the scheme: 4.{minor} takes 4.20, not 5.1 or 4.20.1;
//   - support_policy general_months / security_months: 1..240 (planner/support_policy.hpp);
//   - cadence.calendars: known to `registry`, one id per string, their ranges overlapping;
//     cadence.blackouts: parse (blackout_text.hpp), apply to those calendars (a relative window's
//     calendar and holiday exist), and are given only with calendars.
// For example
//   xen.toml:64: cadence: calendars: expected a known calendar (CN, DE, FR, GB-ENG, JP, US,
//   US-FED-CLOSINGS), saw 'XX'
//   xen.toml:65: cadence: blackouts: expected MM-DD..MM-DD, YYYY-MM-DD..YYYY-MM-DD or CAL:Holiday
//   name-N..+N, saw '12-31..12-30x'
//   - [[upstream]] project: an id, not the project's own, each once; source required;
//   - release upstream = { project, version, source }: project declared in [[upstream]], version of
//     digits and dots, e.g. "openxt.toml:40: release '7.0': upstream: project: expected an upstream
//     declared in [[upstream]] (xen), saw 'linux'";
//   - support_policy basis: "policy" (default) or "derived".
// Not checked (a property of the data over time, answered by the routes): that a project has a
// release to plan from.
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "calendars/io/registry.hpp"
#include "calendars/result.hpp"
#include "data/project/project.hpp"

namespace relplan {

// The projects upstream links resolve against (the store's, or the shipped ones): the project with
// this id, or nullopt.
using ProjectLookup = std::function<std::optional<Project>(const std::string& id)>;

// `registry`: the calendars the project is planned with; the HTTP routes and the CLI use the shipped ones.
// `upstreams`, when given (db import; the shipped files checked together), also checks the upstream
// links against the projects it knows: an [[upstream]] project exists and does not ship this one
// (no cycle), and a release's upstream version is one of that project's releases:
//   openxt.toml:12: upstream 'xen': project: expected a known project (import it first), saw 'xen'
//   a.toml:5: upstream 'b': project: expected a project that does not ship a (cycle a -> b -> a), saw 'b'
//   openxt.toml:40: release '7.0': upstream: version: expected a release of xen (4.0 .. 4.22), saw '4.99'
// Without it, only the links within the file are checked (the upstream is declared, versions are
// digits and dots).
Result<Project> parse_project_toml(std::string_view text, std::string_view file,
                                   const CalendarRegistry& registry = CalendarRegistry::shipped(),
                                   const ProjectLookup& upstreams = {});
// The reader's checks for a Project value (built in code, or about to be stored): it is valid when
// its canonical form reads back, equal. Errors carry lines of that form (what `db export` prints):
//   project xen:14: cadence: calendars: expected a known calendar (...), saw 'XX'
Status validate_project(const Project& project, const CalendarRegistry& registry = CalendarRegistry::shipped());
std::string write_project_toml(const Project& project);

}  // namespace relplan
