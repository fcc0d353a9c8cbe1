#pragma once
// A project definition (data/projects/*.toml, schema in data/README.md): the shape a release
// manager keeps in a reviewable file. Plain values; the planner gets its policies from them.
#include <optional>
#include <string>
#include <vector>

#include "calendars/types.hpp"
#include "planner/schedule/fit.hpp"

namespace relplan {

// A cadence on an upstream train (`project`, a project of the same database), one of:
//   weeks_after:  each coming release follows one upstream release by that many weeks
//                 (planner/upstream_train.hpp): the upstream's plan gives the dates;
//   weeks_before: the releases keep the project's own cadence, and each ships the newest upstream
//                 release at least that many weeks before it (data/project/project_follow.hpp).
struct FollowsUpstream {
  std::string project;
  std::optional<int> weeks_after;
  std::optional<int> weeks_before;
  bool operator==(const FollowsUpstream&) const = default;
};

struct ProjectCadence {
  int months = 0;
  std::vector<int> anchor_months;       // months the releases aim at: Xen 3, 7, 11
  std::optional<int> target_first_day;  // part of the month aimed at: 1..15
  std::optional<int> target_last_day;
  WeekdaySet weekdays;                            // allowed release weekdays
  std::string slip_policy;                        // "keep_grid" or "shift_grid"
  std::vector<std::string> calendars;             // team calendars, joined
  std::vector<std::string> blackouts;             // blackout windows as written
  std::optional<FollowsUpstream> upstream_train;  // release plan on an upstream's train
  std::string source;
  bool operator==(const ProjectCadence&) const = default;
};

struct ProjectPolicy {
  std::string name;
  std::optional<std::string> from_version;  // applies to releases from this version on ...
  std::vector<std::string> versions;        // ... or to these versions only (a retroactive change)
  std::optional<int> general_months;        // omitted: unchanged by this policy
  std::optional<int> security_months;
  // Or "until the n-th newer release ships" (the day before; planner SupportLastN): Xen's 2012 rule
  // "the two most recent stable branches" is security_releases = 2. At most one of months/releases per end.
  std::optional<int> general_releases;
  std::optional<int> security_releases;
  date::sys_days decided;  // when it was decided: "as known on" views apply it from then
  std::string source;
  // "policy": the project states this policy for these releases; "derived": relplan applies a policy
  // of their era to releases the project published no dates for (Xen 4.4-4.9 under the 2015
  // maintenance-release policy). Outputs show the basis next to every end it sets.
  std::string basis = "policy";
  bool operator==(const ProjectPolicy&) const = default;
};

// An upstream project this one ships ([[upstream]]): OpenXT ships Xen.
struct ProjectUpstream {
  std::string project;  // its id, e.g. "xen"
  std::string name;     // how warnings name it ("Xen"); empty: the upstream project's own name
  std::string source;
  bool operator==(const ProjectUpstream&) const = default;
};

// The upstream branch a release ships: `upstream = { project = "xen", version = "4.6", source = "..." }`.
struct UpstreamRef {
  std::string project;  // one of Project::upstreams
  std::string version;  // a release of that project
  std::string source;
  bool operator==(const UpstreamRef&) const = default;
};

struct ProjectRelease {
  std::string version;
  date::sys_days released;
  std::optional<date::sys_days> general_until;  // as the project wrote it, when published
  std::optional<date::sys_days> security_until;
  std::string source;
  std::optional<UpstreamRef> upstream;  // the upstream branch it ships, when the project has upstreams
  bool operator==(const ProjectRelease&) const = default;
};

struct Project {
  std::string id;
  std::string name;
  std::string version_scheme;  // "4.{minor}"
  std::vector<std::string> sources;
  std::vector<ProjectUpstream> upstreams;  // the projects its releases ship ([[upstream]])
  ProjectCadence cadence;
  std::vector<ProjectPolicy> policies;   // in the order they were decided
  std::vector<ProjectRelease> releases;  // in release order
  // The release managers' published schedules ([[schedule]]), oldest first: what `relplan template fit`
  // and `relplan schedule --project` learn the phase lengths and the RC series from.
  std::vector<schedule::RecordedSchedule> schedules;
  bool operator==(const Project&) const = default;
};

}  // namespace relplan
