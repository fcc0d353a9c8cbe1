#include "data/templates/schedule_request.hpp"

#include <algorithm>

#include "calendars/io/blackout_text.hpp"
#include "calendars/io/team_calendar.hpp"
#include "calendars/utf8.hpp"
#include "data/templates/schedule_text.hpp"
#include "planner/version_scheme.hpp"

namespace relplan {

namespace {

// Projects with a shipped schedule template.
constexpr std::pair<std::string_view, std::string_view> project_templates[] = {{"xen", "xen"}};

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
Status apply_flags(const ScheduleRequest& a, schedule::SchedulePolicy& p) {
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
  if (!a.dst_gap.empty()) {
    auto gap = schedule::parse_dst_gap(a.dst_gap);
    if (!gap)
      return Error::expected("--dst-gap", "'" + to_valid_utf8(a.dst_gap) + "'", "one of earlier, later, reject");
    p.press.gap = *gap;
  }
  if (!a.dst_overlap.empty()) {
    auto overlap = schedule::parse_dst_overlap(a.dst_overlap);
    if (!overlap)
      return Error::expected("--dst-overlap", "'" + to_valid_utf8(a.dst_overlap) + "'",
                             "one of earlier, later, reject");
    p.press.overlap = *overlap;
  }
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
  std::string team_id;  // the team calendar's calendars: US+GB-ENG+DE+CN
};

// The baseline a phase's lost days are counted against. A window relative to a calendar's holiday
// stands for that season (CN:Spring Festival-1..+6: the Chinese New Year week and the days around
// it), so a freeze is extended by every working day of the window, the season calendar's own
// holidays in it included: on the baseline, those holidays are working days. Only days within 3
// years of `near` are looked at (a schedule spans months).
Result<Calendar> counting_baseline(const TeamCalendarSpec& spec, const Calendar& team, const CalendarRegistry& registry,
                                   std::optional<date::sys_days> near) {
  std::vector<BlackoutWindow> relative;
  std::vector<std::string> seasons;
  auto add = [&](const BlackoutWindow& w) {
    if (const auto* rel = std::get_if<BlackoutWindow::Relative>(&w.window)) {
      relative.push_back(w);
      seasons.push_back(rel->calendar);
    }
  };
  for (const auto& w : spec.windows) add(w);
  for (const auto& text : spec.blackouts) {
    if (auto w = parse_blackout(text, "blackouts")) add(*w);
  }
  TeamCalendarSpec others{{}, {}, {}, spec.owner, spec.overrides};
  for (const auto& id : spec.calendars) {
    if (std::find(seasons.begin(), seasons.end(), id) == seasons.end()) others.calendars.push_back(id);
  }
  if (!near || relative.empty() || others.calendars.empty() || others.calendars.size() == spec.calendars.size()) {
    return team;
  }
  auto plain = team_calendar(others, registry);
  if (!plain) return plain.error();
  others.windows = relative;
  auto marked = team_calendar(others, registry);
  if (!marked) return marked.error();
  std::vector<DayOverride> season_days;
  const auto from = std::max({team.first_day(), (*plain)->first_day(), *near - date::days{3 * 366}});
  const auto to = std::min({team.last_day(), (*plain)->last_day(), *near + date::days{3 * 366}});
  for (auto d = from; d <= to; d += date::days{1}) {
    if ((*plain)->is_working_day_unchecked(d) && !(*marked)->is_working_day_unchecked(d) &&
        !team.is_working_day_unchecked(d)) {
      season_days.push_back({d, false, "season"});
    }
  }
  if (season_days.empty()) return team;
  return override_days(team, "season", season_days);
}

// The team calendar twice from the one builder: without blackout windows (`team`, to count the days
// they take) and with them (`working`). The project's overrides apply to both.
Result<Calendars> build_calendars(const ScheduleRequest& a, const ScheduleTemplateFile& t,
                                  const CalendarRegistry& registry, std::optional<date::sys_days> near) {
  TeamCalendarSpec spec;
  spec.calendars = !a.calendar.empty()            ? split_ids(a.calendar)
                   : !a.project_calendars.empty() ? a.project_calendars
                                                  : t.calendars;
  spec.owner = "project " + (a.project.empty() ? std::string("xen") : a.project);
  spec.overrides = a.overrides;
  // Errors of the builder name "calendars" and "blackouts"; given by a flag, they name the flag.
  const auto named = [&a](const Error& e) {
    if (e.field == "calendars" && !a.calendar.empty()) return e.relabeled("--calendar");
    if (e.field == "blackouts" && !a.blackouts.empty()) return e.relabeled("--blackout");
    return e;
  };
  auto team = team_calendar(spec, registry);
  if (!team) return named(team.error());
  if (a.blackouts.empty()) {
    spec.windows = t.blackouts;
  } else {
    for (const auto& text : a.blackouts) {
      if (text != "none") spec.blackouts.push_back(text);
    }
  }
  auto working = team_calendar(spec, registry);
  if (!working) return named(working.error());
  auto counted = counting_baseline(spec, **team, registry, near);
  if (!counted) return named(counted.error());
  std::vector<std::string> labels;
  for (const auto& w : spec.windows) labels.push_back(w.label);
  for (const auto& text : spec.blackouts) labels.push_back(text);
  Result<Calendar> press = **team;
  if (!a.press_calendar.empty()) {
    press = registry.joined(a.press_calendar, "--press-calendar");
  } else if (!t.press_calendars.empty()) {
    press = registry.joined(join_ids(t.press_calendars), "press_calendars");
  }
  if (!press) return press.error();
  return Calendars{{*counted, **working}, *press, labels, (*team)->id()};
}

// The recorded schedules a fit learns from (ScheduleRequest::history_before, history_last).
// A schedule had begun before `day` when its first recorded date is earlier.
bool begun_before(const schedule::RecordedSchedule& s, date::sys_days day) {
  return !s.milestones.empty() && s.milestones.front().second < day;
}

// With `as_of` (the day planned from), only schedules that had begun before it (their first recorded
// date is earlier): a plan of a past release does not learn from the releases after it.
Result<std::vector<schedule::RecordedSchedule>> select_history(const ScheduleRequest& a, const std::string& project,
                                                               const std::string& template_id,
                                                               std::optional<date::sys_days> as_of) {
  constexpr int max_last = 20;
  const int last = a.history_last.value_or(3);
  if (last < 1 || last > max_last) {
    return Error::expected("--last", std::to_string(last), "1.." + std::to_string(max_last) + " releases");
  }
  auto scheme = VersionScheme::parse(a.version_scheme.empty() ? "{minor}" : a.version_scheme);
  if (!scheme) return scheme.error();
  std::optional<int> before;
  if (!a.history_before.empty()) {
    auto minor = scheme->require(a.history_before, "--history-before");
    if (!minor) return minor.error();
    before = *minor;
  }
  std::vector<std::pair<int, const schedule::RecordedSchedule*>> older;
  for (const auto& s : a.history) {
    const auto minor = scheme->minor_of(s.version);
    const bool begun = !as_of || begun_before(s, *as_of);
    if (minor && begun && (!before || *minor < *before)) older.emplace_back(*minor, &s);
  }
  std::sort(older.begin(), older.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
  if (older.empty()) {
    return Error::about(
        a.history_before.empty() ? "--project" : "--history-before",
        a.history_before.empty() ? project : a.history_before,
        "no recorded schedule of project " + project + (before ? " older than " + a.history_before : std::string()) +
            (as_of ? (before ? " and" : "") + std::string(" begun before ") + format_date(*as_of) : std::string()) +
            " to fit template " + template_id + " to");
  }
  std::vector<schedule::RecordedSchedule> out;
  for (auto i = older.size() > static_cast<std::size_t>(last) ? older.size() - last : 0; i < older.size(); ++i) {
    out.push_back(*older[i].second);
  }
  return out;
}

// A day the selected schedules are near: the season windows are counted around it.
std::optional<date::sys_days> latest_day(const std::vector<schedule::RecordedSchedule>& history) {
  std::optional<date::sys_days> out;
  for (const auto& s : history) {
    for (const auto& [id, day] : s.milestones) out = out ? std::max(*out, day) : day;
  }
  return out;
}

Result<FittedTemplate> fit_with(const ScheduleRequest& a, const ScheduleTemplateFile& shipped,
                                const CalendarRegistry& registry, std::optional<date::sys_days> as_of) {
  const std::string project = a.project.empty() ? "xen" : a.project;
  auto history = select_history(a, project, shipped.milestones.id, as_of);
  if (!history) return history.error();
  auto cals = build_calendars(a, shipped, registry, latest_day(*history));
  if (!cals) return cals.error();
  auto fit = schedule::fit_template(shipped.milestones, *history, cals->team);
  if (!fit) return fit.error();
  ScheduleTemplateFile fitted = shipped;
  fitted.milestones = fit->fitted;
  return FittedTemplate{shipped, std::move(fitted), std::move(fit).value()};
}

}  // namespace

Result<FittedTemplate> fit_request_template(const ScheduleRequest& request, const CalendarRegistry& registry) {
  auto shipped = project_template(request.project, "--project");
  if (!shipped) return shipped.error();
  return fit_with(request, *shipped, registry, std::nullopt);
}

Result<ScheduleTemplateFile> project_template(const std::string& project, const std::string& field) {
  const std::string id = project.empty() ? "xen" : project;
  std::string known;
  for (const auto& [name, tmpl] : project_templates) {
    if (name == id) return shipped_template(tmpl);
    known += (known.empty() ? "" : ", ") + std::string(name);
  }
  return Error::expected(field, "'" + id + "'", "a project with a schedule template (" + known + ")");
}

void use_project_record(ScheduleRequest& request, const Store& store) {
  const std::string id = request.project.empty() ? "xen" : request.project;
  auto project = store.project(id);
  if (!project) return;
  request.project_calendars = project->cadence.calendars;
  request.overrides = store.calendar_overrides(id);
  request.history = project->schedules;
  request.version_scheme = project->version_scheme;
}

Result<ScheduleAnswer> plan_schedule_request(const ScheduleRequest& a,
                                             const std::optional<ScheduleTemplateFile>& given_template,
                                             const CalendarRegistry& registry) {
  if (a.release.empty() == a.last_posting.empty()) {
    return Error::about("--release", "",
                        "give exactly one of --release DATE (plan backward) or --last-posting DATE (plan forward)");
  }
  if (!valid_utf8(a.version_name) || a.version_name.empty() || a.version_name.size() > 64) {
    return Error::expected("--version-name", "'" + to_valid_utf8(a.version_name.substr(0, 80)) + "'",
                           "a version name of 1..64 characters of UTF-8 text");
  }
  const bool backward = !a.release.empty();
  const std::string flag = backward ? "--release" : "--last-posting";
  auto date = parse_date(backward ? a.release : a.last_posting);
  if (!date) return Error::expected(flag, "'" + (backward ? a.release : a.last_posting) + "'", "a date as YYYY-MM-DD");
  auto tmpl = given_template ? Result<ScheduleTemplateFile>(*given_template) : project_template(a.project, "--project");
  if (!tmpl) return tmpl.error();
  const auto kind = backward ? schedule::MilestoneKind::release : schedule::MilestoneKind::posting;
  const auto given = schedule::find_kind(tmpl->milestones, kind);
  if (!given) {
    return Error::expected(flag, "template " + tmpl->milestones.id,
                           "a template with a milestone of kind " + std::string(to_string(kind)));
  }
  schedule::SchedulePolicy policy = tmpl->policy;
  if (auto s = apply_flags(a, policy); !s) return s.error();
  std::vector<schedule::Advisory> advisories;
  for (const auto& text : a.advisories) {
    auto adv = parse_advisory(text, "--advisory");
    if (!adv) return adv.error();
    advisories.push_back(std::move(adv).value());
  }
  // Fitted only for a project named (--project, the HTTP route's path): without one the xen template
  // is used as shipped, so worked examples of past releases do not learn from later ones.
  std::vector<std::string> fitted_to;
  const bool fit_asked = !a.history_before.empty() || a.history_last;
  if (fit_asked && (given_template || a.no_fit || a.project.empty())) {
    return Error::about(a.history_before.empty() ? "--last" : "--history-before",
                        a.history_before.empty() ? std::to_string(*a.history_last) : a.history_before,
                        given_template ? "not with --template (a template file is used as it is)"
                        : a.no_fit     ? "not with the template unfitted (--no-fit, fit=false)"
                                       : "needs --project (the template is fitted to a project's recorded schedules)");
  }
  const bool begun =
      std::any_of(a.history.begin(), a.history.end(), [&](const auto& s) { return begun_before(s, *date); });
  if (!given_template && !a.no_fit && !a.project.empty() && (fit_asked || begun)) {
    auto f = fit_with(a, *tmpl, registry, *date);
    if (!f) return f.error();
    tmpl = std::move(f->fitted);
    fitted_to = f->fit.versions;
  }
  auto cals = build_calendars(a, *tmpl, registry, *date);
  if (!cals) return cals.error();
  const auto& given_id = tmpl->milestones.milestones[*given].id;
  auto s = schedule::plan_schedule(tmpl->milestones, cals->team, cals->press, policy, {given_id, *date, a.strict},
                                   advisories);
  if (!s) {
    // Name the flag the value came from, not the engine's field.
    const Error& e = s.error();
    if (e.field == given_id) return e.relabeled(flag);
    if (e.field == "lift" && !a.lift.empty()) return e.relabeled("--lift");
    return e;
  }
  ScheduleLabels labels{tmpl->milestones.id, tmpl->milestones.name, a.version_name,        given_id,
                        cals->team_id,       cals->press.id(),      cals->blackout_labels, fitted_to};
  return ScheduleAnswer{std::move(s).value(), std::move(labels), policy};
}

}  // namespace relplan
