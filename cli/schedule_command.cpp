// relplan schedule: milestones, RCs, press and security embargoes of one release.
#include <chrono>
#include <fstream>
#include <sstream>

#include "calendars/io/blackout_text.hpp"
#include "cli/common.hpp"
#include "cli/schedule_table.hpp"
#include "data/templates/schedule_text.hpp"
#include "data/templates/template_toml.hpp"

namespace relplan::cli {

namespace {

// Projects with a shipped schedule template (the project store will own this list).
constexpr std::pair<std::string_view, std::string_view> project_templates[] = {{"xen", "xen"}};

struct ScheduleArgs {
  CalendarOptions calendars;
  std::string release;
  std::string last_posting;
  std::string project;
  std::string template_file;
  std::string calendar;
  std::string press_calendar;
  std::vector<std::string> blackouts;
  std::optional<int> press_lead_days;
  std::vector<std::string> advisories;
  std::optional<int> rc_soak_days;
  std::vector<std::string> zones;
  std::string lift;
  std::string dst_gap;
  std::string dst_overlap;
  std::string release_weekdays;
  std::string working_hours;
  std::string version_name = "next";
  std::string format = "table";
};

Result<ScheduleTemplateFile> load_template(const ScheduleArgs& a) {
  if (!a.template_file.empty()) {
    std::ifstream in(a.template_file, std::ios::binary);
    if (!in) return Error::expected("--template", "'" + a.template_file + "'", "a readable template file");
    std::ostringstream text;
    text << in.rdbuf();
    return parse_template_toml(text.str(), a.template_file);
  }
  const std::string project = a.project.empty() ? "xen" : a.project;
  std::string known;
  for (const auto& [id, tmpl] : project_templates) {
    if (id == project) return shipped_template(tmpl);
    known += (known.empty() ? "" : ", ") + std::string(id);
  }
  return Error::expected("--project", "'" + project + "'", "a project with a schedule template (" + known + ")");
}

std::string join_ids(const std::vector<std::string>& ids) {
  std::string out;
  for (const auto& id : ids) out += (out.empty() ? "" : ",") + id;
  return out;
}

Status check_range(const std::optional<int>& v, const std::string& flag, int lo, int hi, const char* unit) {
  if (!v || (*v >= lo && *v <= hi)) return Ok{};
  return Error::expected(flag, std::to_string(*v), std::to_string(lo) + ".." + std::to_string(hi) + " " + unit);
}

// Applies the flags to the template's policy; each bad value names its flag.
Status apply_flags(const ScheduleArgs& a, schedule::SchedulePolicy& p) {
  if (auto s = check_range(a.press_lead_days, "--press-lead-days", 0, 30, "working days"); !s) return s;
  if (auto s = check_range(a.rc_soak_days, "--rc-soak-days", 0, 30, "working days"); !s) return s;
  if (a.press_lead_days) p.press.collateral_lead = {*a.press_lead_days, schedule::Unit::working_days};
  if (a.rc_soak_days) p.embargo.rc_soak = {*a.rc_soak_days, schedule::Unit::working_days};
  for (const auto& z : a.zones) {
    if (auto found = schedule::find_zone(z, "--zone"); !found) return found.error();
    p.press.zones.push_back(z);
  }
  if (!a.lift.empty()) {
    auto lift = parse_local_time(a.lift, "--lift");
    if (!lift) return lift.error();
    p.press.lift = *lift;
  }
  if (!a.dst_gap.empty()) p.press.gap = *schedule::parse_dst_gap(a.dst_gap);
  if (!a.dst_overlap.empty()) p.press.overlap = *schedule::parse_dst_overlap(a.dst_overlap);
  if (!a.release_weekdays.empty()) {
    auto w = parse_weekdays(a.release_weekdays, "--release-weekdays");
    if (!w) return w.error();
    p.press.release_weekdays = *w;
  }
  if (!a.working_hours.empty()) {
    auto h = parse_hours(a.working_hours, "--working-hours");
    if (!h) return h.error();
    std::tie(p.embargo.work_start, p.embargo.work_end) = *h;
  }
  return Ok{};
}

struct Calendars {
  schedule::ScheduleCalendars team;
  Calendar press;
  std::vector<std::string> blackout_labels;
};

Result<Calendars> build_calendars(const ScheduleArgs& a, const ScheduleTemplateFile& t,
                                  const CalendarRegistry& registry) {
  auto team = registry.joined(a.calendar.empty() ? join_ids(t.calendars) : a.calendar, "--calendar");
  if (!team) return team.error();
  std::vector<BlackoutWindow> windows = t.blackouts;
  if (!a.blackouts.empty()) {
    windows.clear();
    for (const auto& text : a.blackouts) {
      if (text == "none") continue;
      auto w = parse_blackout(text, "--blackout");
      if (!w) return w.error();
      windows.push_back(std::move(w).value());
    }
  }
  std::vector<Calendar> references;
  std::vector<std::string> labels;
  for (const auto& w : windows) {
    labels.push_back(w.label);
    if (const auto* rel = std::get_if<BlackoutWindow::Relative>(&w.window)) {
      if (auto ref = registry.get(rel->calendar)) references.push_back(*ref);
    }
  }
  auto working = with_blackouts(*team, windows, references);
  if (!working) return working.error();
  Result<Calendar> press = *team;
  if (!a.press_calendar.empty()) {
    press = registry.joined(a.press_calendar, "--press-calendar");
  } else if (!t.press_calendars.empty()) {
    press = registry.joined(join_ids(t.press_calendars), "press_calendars");
  }
  if (!press) return press.error();
  return Calendars{{*team, *working}, *press, labels};
}

int run_schedule(const ScheduleArgs& a) {
  const std::string cmd = "schedule";
  if (a.release.empty() == a.last_posting.empty()) {
    return fail(cmd, Error{"--release", "",
                           "--release: give exactly one of --release DATE (plan backward) or "
                           "--last-posting DATE (plan forward)"});
  }
  const bool backward = !a.release.empty();
  const std::string flag = backward ? "--release" : "--last-posting";
  auto date = parse_date_option(backward ? a.release : a.last_posting, flag);
  if (!date) return fail(cmd, date.error());
  if (!a.project.empty() && !a.template_file.empty()) {
    return fail(cmd,
                Error::expected("--template", "'" + a.template_file + "'", "either --project or --template, not both"));
  }
  auto tmpl = load_template(a);
  if (!tmpl) return fail(cmd, tmpl.error());
  const auto kind = backward ? schedule::MilestoneKind::release : schedule::MilestoneKind::posting;
  const auto given = schedule::find_kind(tmpl->milestones, kind);
  if (!given) {
    return fail(cmd, Error::expected(flag, "template " + tmpl->milestones.id,
                                     "a template with a milestone of kind " + std::string(to_string(kind))));
  }
  schedule::SchedulePolicy policy = tmpl->policy;
  if (auto s = apply_flags(a, policy); !s) return fail(cmd, s.error());
  std::vector<schedule::Advisory> advisories;
  for (const auto& text : a.advisories) {
    auto adv = parse_advisory(text, "--advisory");
    if (!adv) return fail(cmd, adv.error());
    advisories.push_back(std::move(adv).value());
  }
  auto registry = a.calendars.registry();
  if (!registry) return fail(cmd, registry.error());
  auto cals = build_calendars(a, *tmpl, **registry);
  if (!cals) return fail(cmd, cals.error());

  const auto& given_id = tmpl->milestones.milestones[*given].id;
  auto s = schedule::plan_schedule(tmpl->milestones, cals->team, cals->press, policy, {given_id, *date}, advisories);
  if (!s) {
    Error e = s.error();
    // Name the flag the value came from, not the engine's field.
    if (e.field == given_id) e.message = flag + e.message.substr(given_id.size());
    if (e.field == "lift" && !a.lift.empty()) e.message = "--lift" + e.message.substr(4);
    return fail(cmd, e);
  }
  const ScheduleLabels labels{tmpl->milestones.id,  tmpl->milestones.name, a.version_name,       given_id,
                              cals->team.team.id(), cals->press.id(),      cals->blackout_labels};
  if (a.format == "json") {
    std::cout << schedule_json(*s, labels).dump(2) << "\n";
  } else if (a.format == "csv") {
    std::cout << schedule_csv(*s);
  } else if (a.format == "ics") {
    const auto now = date::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    std::cout << schedule_ics(*s, labels, now);
  } else {
    std::cout << render_schedule(*s, labels, policy);
  }
  return success;
}

}  // namespace

void add_schedule_command(CLI::App& app) {
  auto a = std::make_shared<ScheduleArgs>();
  auto* sub =
      app.add_subcommand("schedule", "Compute the milestones, RCs, press and security embargo dates of a release");
  sub->add_option("--release", a->release, "Planned release date, YYYY-MM-DD: plan backward from it");
  sub->add_option("--last-posting", a->last_posting, "Last posting date, YYYY-MM-DD: plan forward from it");
  sub->add_option("--project", a->project, "Project whose shipped template and calendars to use (default xen)");
  sub->add_option("--template", a->template_file, "Schedule template TOML file (data/templates/README.md)");
  sub->add_option("--calendar", a->calendar, "Team calendar ids, joined (default: the template's): US,GB-ENG,DE");
  sub->add_option("--blackout", a->blackouts,
                  "Blackout window, repeatable; replaces the template's ('none' for none): 12-20..01-05, "
                  "CN:Spring Festival-1..+6");
  sub->add_option("--press-calendar", a->press_calendar, "Press calendar ids (default: the team's)");
  sub->add_option("--press-lead-days", a->press_lead_days, "Press collateral lead, working days before the release");
  sub->add_option("--advisory", a->advisories,
                  "Security advisory, repeatable: ID@YYYY-MM-DDTHH:MMZ (public instant, UTC), ID@reported:YYYY-MM-DD, "
                  "optionally followed by ,reported:YYYY-MM-DD or ,not-in-release");
  sub->add_option("--rc-soak-days", a->rc_soak_days, "Working days of testing after the post-embargo RC");
  sub->add_option("--zone", a->zones, "Stakeholder time zone to show the embargo lift in, repeatable: Europe/Berlin");
  sub->add_option("--lift", a->lift,
                  "Embargo lift time on the release day: '09:00 America/Los_Angeles' or '12:00 UTC'");
  sub->add_option("--dst-gap", a->dst_gap, "Lift time in a DST gap: earlier, later or reject")
      ->check(CLI::IsMember({"earlier", "later", "reject"}));
  sub->add_option("--dst-overlap", a->dst_overlap, "Lift time in a DST overlap: earlier, later or reject")
      ->check(CLI::IsMember({"earlier", "later", "reject"}));
  sub->add_option("--release-weekdays", a->release_weekdays, "Allowed release weekdays: tue,wed,thu");
  sub->add_option("--working-hours", a->working_hours, "The team's working hours in UTC: 09:00-17:00");
  sub->add_option("--version-name", a->version_name, "Version being released, for calendar UIDs (default next)");
  sub->add_option("--format", a->format, "table, json, csv or ics")
      ->check(CLI::IsMember({"table", "json", "csv", "ics"}));
  a->calendars.add_to(sub);
  on_run(sub, [a] { return run_schedule(*a); });
}

}  // namespace relplan::cli
