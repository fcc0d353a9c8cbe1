// relplan schedule: milestones, RCs, press and security embargoes of one release.
#include <chrono>
#include <fstream>
#include <initializer_list>
#include <sstream>
#include <tuple>

#include "cli/common.hpp"
#include "cli/db_path.hpp"
#include "cli/schedule_table.hpp"
#include "data/templates/schedule_request.hpp"

namespace relplan::cli {

namespace {

struct ScheduleArgs {
  CalendarOptions calendars;
  ScheduleRequest request;
  std::string template_file;
  std::string db;
  std::string format = "table";
};

int run_schedule(const ScheduleArgs& a, const CLI::App* sub) {
  const std::string cmd = "schedule";
  // Given as '', an option is checked like any other value, not taken for its default.
  for (const auto& [flag, text, rule] : std::initializer_list<std::tuple<const char*, const std::string&, const char*>>{
           {"--release", a.request.release, "a date as YYYY-MM-DD"},
           {"--last-posting", a.request.last_posting, "a date as YYYY-MM-DD"},
           {"--project", a.request.project, "a project with a schedule template, such as xen"},
           {"--template", a.template_file, "a readable template file"},
           {"--calendar", a.request.calendar, "calendar ids, such as US,GB-ENG,DE"},
           {"--press-calendar", a.request.press_calendar, "calendar ids, such as US,GB-ENG,DE"},
           {"--lift", a.request.lift, "a time and a zone, such as '12:00 UTC'"},
           {"--release-weekdays", a.request.release_weekdays, "day names mon..sun separated by commas"},
           {"--working-hours", a.request.working_hours, "HH:MM-HH:MM in UTC"},
           {"--version-name", a.request.version_name, "a version name, such as 4.23"},
           {"--history-before", a.request.history_before, "a version, such as 4.22"}}) {
    if (auto ok = require_nonempty_if_given(sub, flag, text, rule); !ok) return fail(cmd, ok.error());
  }
  auto registry = a.calendars.registry();  // before the template: it may name a --calendars-dir calendar
  if (!registry) return fail(cmd, registry.error());
  std::optional<ScheduleTemplateFile> tmpl;
  if (!a.template_file.empty()) {
    if (!a.request.project.empty()) {
      return fail(
          cmd, Error::expected("--template", "'" + a.template_file + "'", "either --project or --template, not both"));
    }
    std::ifstream in(a.template_file, std::ios::binary);
    if (!in) return fail(cmd, Error::expected("--template", "'" + a.template_file + "'", "a readable template file"));
    std::ostringstream text;
    text << in.rdbuf();
    auto parsed = parse_template_toml(text.str(), a.template_file, **registry);
    if (!parsed) return fail(cmd, parsed.error());
    tmpl = std::move(parsed).value();
  }
  ScheduleRequest request = a.request;
  if (tmpl) {
    if (!a.db.empty()) {
      return fail(cmd, Error::about("--db", a.db,
                                    "not with --template (the database holds a project's days off; a template file "
                                    "names no project)"));
    }
  } else {
    // The project's record (calendars, days off) when the database has it; opened read-only.
    auto db = open_database(sub, a.db, DbUse::read);
    if (!db) return fail(cmd, db.error());
    use_project_record(request, *db->store);
  }
  auto answer = plan_schedule_request(request, tmpl, **registry);
  if (!answer) return fail(cmd, answer.error());
  const auto& [s, labels, policy] = *answer;
  if (a.format == "json") {
    std::cout << schedule_json(s, labels).dump(2) << "\n";
  } else if (a.format == "csv") {
    std::cout << schedule_csv(s);
  } else if (a.format == "ics") {
    const auto now = date::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    std::cout << schedule_ics(s, labels, now);
  } else {
    std::cout << render_schedule(s, labels, policy);
  }
  return success;
}

}  // namespace

void add_schedule_command(CLI::App& app) {
  auto a = std::make_shared<ScheduleArgs>();
  auto* sub =
      app.add_subcommand("schedule", "Compute the milestones, RCs, press and security embargo dates of a release");
  sub->add_option("--release", a->request.release,
                  "Planned release date, YYYY-MM-DD: plan backward from it (required unless --last-posting)");
  sub->add_option("--last-posting", a->request.last_posting,
                  "Last posting date, YYYY-MM-DD: plan forward from it (required unless --release)");
  sub->add_option("--project", a->request.project,
                  "Project whose template to use, fitted to the schedules the database records for it (--no-fit: as "
                  "shipped); its team calendars and days off are the database's when it has the project (default: "
                  "the xen template as shipped, with xen's calendars and days off)");
  sub->add_option("--template", a->template_file, "Schedule template TOML file (data/templates/README.md)");
  sub->add_option("--calendar", a->request.calendar,
                  "Team calendar ids, joined: US,GB-ENG,DE (default: the project's in the database, else the "
                  "template's)");
  sub->add_option("--blackout", a->request.blackouts,
                  "Blackout window, repeatable; replaces the template's ('none' for none): 12-20..01-05, "
                  "CN:Spring Festival-1..+6 (default: the template's)");
  sub->add_option("--press-calendar", a->request.press_calendar, "Press calendar ids (default: the team's)");
  sub->add_option("--press-lead-days", a->request.press_lead_days,
                  "Press collateral lead, working days before the release (default: the template's)");
  sub->add_option("--advisory", a->request.advisories,
                  "Security advisory, repeatable: ID@YYYY-MM-DDTHH:MMZ (public instant, UTC), ID@reported:YYYY-MM-DD, "
                  "optionally followed by ,reported:YYYY-MM-DD or ,not-in-release");
  sub->add_option("--rc-soak-days", a->request.rc_soak_days,
                  "Working days of testing after the post-embargo RC (default: the template's)");
  sub->add_option("--zone", a->request.zones,
                  "Stakeholder time zone to show the embargo lift in, repeatable: Europe/Berlin");
  sub->add_option("--lift", a->request.lift,
                  "Embargo lift time on the release day: '09:00 America/Los_Angeles' or '12:00 UTC' (default: the "
                  "template's)");
  sub->add_option("--dst-gap", a->request.dst_gap,
                  "Lift time in a DST gap: earlier, later or reject (default: the template's)")
      ->check(CLI::IsMember({"earlier", "later", "reject"}));
  sub->add_option("--dst-overlap", a->request.dst_overlap,
                  "Lift time in a DST overlap: earlier, later or reject (default: the template's)")
      ->check(CLI::IsMember({"earlier", "later", "reject"}));
  sub->add_option("--release-weekdays", a->request.release_weekdays, "Allowed release weekdays (default: tue,wed,thu)");
  sub->add_option("--working-hours", a->request.working_hours,
                  "The team's working hours in UTC (default: 09:00-17:00)");
  sub->add_option("--version-name", a->request.version_name,
                  "Version being released, for calendar UIDs (default: next)");
  add_fit_history_options(sub, a->request.history_before, a->request.history_last);
  sub->add_flag("--no-fit", a->request.no_fit,
                "Plan with the shipped template as it is, not fitted to the project's recorded schedules");
  sub->add_flag("--strict", a->request.strict,
                "Refuse a --release or --last-posting date that is not a working day of the team calendar (default: "
                "plan it as given, with a warning)");
  add_db_option(sub, a->db);
  sub->add_option("--format", a->format, "table, json, csv or ics (default: table)")
      ->check(CLI::IsMember({"table", "json", "csv", "ics"}));
  a->calendars.add_to(sub);
  on_run(sub, [a, sub] { return run_schedule(*a, sub); });
}

}  // namespace relplan::cli
