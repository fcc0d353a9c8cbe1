#pragma once
// One schedule request, as the CLI flags and the HTTP query give it (text values, checked here), and
// its answer. Shared by `relplan schedule` and GET /api/v1/projects/{id}/schedule, so both apply the
// same defaults and the same checks. Errors name the CLI flag ("--rc-soak-days: expected 0..30
// working days, saw 40"); the HTTP route renames them to its parameters (Error::relabeled).
//
// The team calendar is built by calendars/io/team_calendar.hpp from, in order: the calendars
// (--calendar, else the project record's, else the template's), the blackout windows (--blackout,
// else the template's) and the project's own days off and worked days (Store::calendar_overrides).
#include <optional>
#include <string>
#include <vector>

#include "calendars/combine.hpp"
#include "calendars/io/registry.hpp"
#include "data/export/schedule.hpp"
#include "data/store/store.hpp"
#include "data/templates/template_toml.hpp"

namespace relplan {

struct ScheduleRequest {
  std::string release;       // plan backward from this date, or ...
  std::string last_posting;  // ... forward from this one
  std::string project;       // a project with a shipped template (default xen)
  std::string calendar;      // team calendar ids; empty: the template's
  std::string press_calendar;
  std::vector<std::string> blackouts;  // replace the template's; "none" for none
  std::optional<int> press_lead_days;
  std::vector<std::string> advisories;  // ID@YYYY-MM-DDTHH:MMZ ...
  std::optional<int> rc_soak_days;
  std::vector<std::string> zones;
  std::string lift;
  std::string dst_gap;
  std::string dst_overlap;
  std::string release_weekdays;
  std::string working_hours;
  std::string version_name = "next";
  // The template fit (planner/schedule/fit.hpp) on the project's recorded schedules: by default the
  // last 3 of those begun before the date planned from (their first recorded date is earlier);
  // `history_before` keeps only releases older than that version (no hindsight).
  std::string history_before;       // --history-before VERSION
  std::optional<int> history_last;  // --last N, 1..20
  bool no_fit = false;              // --no-fit: the shipped template as it is
  bool strict = false;              // refuse a given date that is not a working day (else: planned as given, a warning)
  // The database's record of the project (use_project_record); empty when it has none.
  std::vector<std::string> project_calendars;       // its team calendars: the default over the template's
  std::vector<DayOverride> overrides;               // its own days off and worked days, applied last
  std::vector<schedule::RecordedSchedule> history;  // its published schedules, oldest first
  std::string version_scheme;                       // how its versions compare
};

struct ScheduleAnswer {
  schedule::Schedule schedule;
  ScheduleLabels labels;
  schedule::SchedulePolicy policy;
};

// The shipped template of a project ("xen"); an unknown project is an error listing the known ones.
Result<ScheduleTemplateFile> project_template(const std::string& project, const std::string& field);

// Fills project_calendars, overrides, history and version_scheme from the store's record of the request's project
// (default xen). A project the store does not have (a template without a database record) leaves them empty: the
// template's calendars, no days off of its own, no error.
void use_project_record(ScheduleRequest& request, const Store& store);

// The project's template fitted to the recorded schedules the request selects (history_before,
// history_last). Errors name the flags:
//   --history-before: expected a version such as 4.{minor}, saw '5.1'
//   --history-before: no recorded schedule of project xen older than 4.12 and begun before 2026-09-11
//   to fit template xen to
struct FittedTemplate {
  ScheduleTemplateFile shipped;
  ScheduleTemplateFile fitted;
  schedule::TemplateFit fit;
};
Result<FittedTemplate> fit_request_template(const ScheduleRequest& request, const CalendarRegistry& registry);

// The template as a TOML file with, per fitted phase and for the RC series, a comment naming the
// releases it came from and their recorded spread; `command` is shown in the header.
std::string fitted_template_toml(const FittedTemplate& f, const std::string& command);

// `given_template`: a template the caller read itself (--template FILE); else the project's, fitted
// to its recorded schedules when the request names the project and its record has any (and not
// no_fit). Without a project named, the xen template as shipped.
Result<ScheduleAnswer> plan_schedule_request(const ScheduleRequest& request,
                                             const std::optional<ScheduleTemplateFile>& given_template,
                                             const CalendarRegistry& registry);

}  // namespace relplan
