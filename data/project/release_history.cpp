#include "data/project/release_history.hpp"

#include <algorithm>

#include "calendars/utf8.hpp"
#include "data/project/project_plan.hpp"
#include "data/scenario/scenario_spec.hpp"
#include "data/templates/schedule_request.hpp"

namespace relplan {

namespace {
// How many releases the re-plan looks ahead: enough to reach the first planned one.
constexpr int replan_next = 1;
constexpr std::size_t max_override_name = 80;
}  // namespace

Result<ActualChange> check_actual(const Project& project, const std::string& version, date::sys_days day, bool force,
                                  const CalendarRegistry& registry, std::span<const DayOverride> overrides) {
  if (project.releases.empty()) {
    return Error::expected("release", "none", "at least one release in project " + project.id + " to plan from");
  }
  auto scheme = VersionScheme::parse(project.version_scheme);
  if (!scheme) return scheme.error();
  if (auto minor = scheme->require(version, "VERSION"); !minor) return minor.error();
  const auto& releases = project.releases;
  const auto at =
      std::find_if(releases.begin(), releases.end(), [&](const ProjectRelease& r) { return r.version == version; });
  const auto date_text = format_date(day);
  ActualChange change{version, std::nullopt, day, project, std::nullopt};
  if (at == releases.end()) {
    const auto& last = releases.back();
    const auto last_minor = scheme->minor_of(last.version);
    const auto next = scheme->advance(last_minor.value_or(0), 1);
    if (!last_minor || *scheme->minor_of(version) != next) {
      return Error::expected("VERSION", "'" + version + "'",
                             "a released version or the next one (" + scheme->format(next) + ")");
    }
    if (day <= last.released) {
      return Error::expected("DATE", date_text,
                             "a date after " + last.version + " (" + format_date(last.released) + ")");
    }
    change.updated.releases.push_back(
        {version, day, std::nullopt, std::nullopt, "recorded with relplan release actual", std::nullopt});
  } else {
    const auto i = static_cast<std::size_t>(at - releases.begin());
    change.previous = at->released;
    if (i > 0 && day <= releases[i - 1].released) {
      return Error::expected(
          "DATE", date_text,
          "a date after " + releases[i - 1].version + " (" + format_date(releases[i - 1].released) + ")");
    }
    if (i + 1 < releases.size() && day >= releases[i + 1].released) {
      return Error::expected(
          "DATE", date_text,
          "a date before " + releases[i + 1].version + " (" + format_date(releases[i + 1].released) + ")");
    }
    if (at->general_until && day >= *at->general_until) {
      return Error::expected(
          "DATE", date_text,
          "a date before the end of " + version + "'s general support (" + format_date(*at->general_until) + ")");
    }
    if (at->released == day) {
      return Error{"DATE", date_text, version + ": actual date is already " + date_text + "; nothing to change"};
    }
    change.updated.releases[i].released = day;
  }
  // Re-plan with the change in memory: a date the calendars do not cover, or a plan that fails,
  // is refused here rather than stored and found by every later `release plan`.
  auto train = project_train(change.updated, replan_next, registry, overrides);
  if (!train) return train.error();
  if (train->calendar) {
    if (auto s = train->calendar->check_covers(day); !s) {
      // The calendar's reason is part of the detail: relabeled() (the HTTP API's "date") keeps it.
      return Error::about("DATE", date_text,
                          "expected a date inside every calendar of " + project.id + "'s plan, saw " + date_text +
                              " (" + s.error().message + ")");
    }
  }
  auto planned = plan_releases(*train);
  if (!planned) {
    return Error{
        "DATE", date_text,
        "re-planning " + project.id + " with " + version + " released " + date_text + ": " + planned.error().message};
  }
  for (const auto& r : *planned) {
    if (!r.actual) {
      change.next = r;
      break;
    }
  }
  if (change.previous && !force) {
    return Error{"--force", "",
                 version + ": actual date " + format_date(*change.previous) + " -> " + date_text +
                     "; pass --force to change a recorded release"};
  }
  return change;
}

Status check_override_name(const std::string& name) {
  const auto shown = "'" + to_valid_utf8(name) + "'";
  if (!valid_utf8(name)) return Error::expected("--name", shown, "UTF-8 text");
  std::size_t points = 0;
  for (unsigned char c : name) {
    if ((c & 0xC0U) != 0x80U) ++points;
    if (c < 0x20U || c == 0x7FU) return Error::expected("--name", shown, "text without control characters");
  }
  if (points == 0 || points > max_override_name) {
    return Error::expected("--name", shown, "a name of 1.." + std::to_string(max_override_name) + " characters");
  }
  return Ok{};
}

std::vector<std::string> plan_warnings(const Project& project, const std::vector<PlannedRelease>& releases,
                                       date::sys_days at, const CalendarRegistry& registry,
                                       std::span<const DayOverride> overrides) {
  std::vector<std::string> out;
  const auto on = " is already past (on " + format_date(at) + ")";
  for (const auto& r : releases) {
    if (!r.actual && r.planned < at) out.push_back(r.version + ": planned date " + format_date(r.planned) + on);
  }
  const auto next = std::find_if(releases.begin(), releases.end(), [](const PlannedRelease& r) { return !r.actual; });
  if (next == releases.end()) return out;
  auto templ = project_template(project.id, "project");
  if (!templ) return out;  // no schedule template: no posting dates to warn about
  ScheduleRequest request;
  request.project = project.id;
  request.release = format_date(next->planned);
  request.version_name = next->version;
  request.project_calendars = project.cadence.calendars;  // the schedule on the plan's team calendar
  request.overrides.assign(overrides.begin(), overrides.end());
  auto answer = plan_schedule_request(request, *templ, registry);
  if (!answer) {
    out.push_back(next->version + ": no schedule: " + answer.error().message);
    return out;
  }
  for (const auto& m : answer->schedule.plan.milestones) {
    if (m.kind == schedule::MilestoneKind::posting && m.date < at) {
      std::string name = m.name.empty() ? m.id : m.name;
      if (name[0] >= 'A' && name[0] <= 'Z') name[0] = static_cast<char>(name[0] - 'A' + 'a');  // mid-sentence
      std::string line = next->version + ": ";
      line += name;
      line += " " + format_date(m.date) + on;
      out.push_back(std::move(line));
    }
  }
  return out;
}

}  // namespace relplan
