#include "planner/schedule/schedule.hpp"

#include <algorithm>
#include <cctype>

#include "planner/schedule/explain.hpp"
#include "planner/schedule/rc_embargo.hpp"

namespace relplan::schedule {

namespace {

using date::days;
using date::sys_days;

std::string lower_first(std::string s) {
  if (!s.empty()) s.front() = static_cast<char>(std::tolower(static_cast<unsigned char>(s.front())));
  return s;
}

// The slip sentence: every cause from the public instant to the earliest release (schedule.hpp).
std::string slip_sentence(const Schedule& s, const Calendar& working, const SchedulePolicy& policy) {
  const auto& post = *s.embargo.post;
  std::string out = "release planned " + day_label(s.planned_release) + " slips to " + day_label(s.earliest_release) +
                    " (" + std::to_string(s.slip_days) + (s.slip_days == 1 ? " day" : " days") + "): " + post.after +
                    " is public " + instant_label(post.public_at);
  const sys_days public_day = date::floor<days>(post.public_at);
  if (post.rc != public_day) {
    const bool working_day = working.is_working_day_unchecked(public_day);
    if (working_day) {
      out += ", after the working hours (" + date::format("%H:%M", policy.embargo.work_start) + "-" +
             date::format("%H:%M", policy.embargo.work_end) + " UTC)";
    }
    const auto off = skipped_days(working, working_day ? public_day : public_day - days{1}, post.rc, std::nullopt);
    if (!off.empty()) out += "; " + off;
  }
  out += post.rc_at == post.public_at ? " and the post-embargo RC is cut then"
                                      : "; the post-embargo RC is cut " + instant_label(post.rc_at);
  out += "; RC soak " + to_string(policy.embargo.rc_soak) + ": testing ends " + day_label(post.testing_ends);
  const auto soak_off = skipped_days(working, post.rc, post.testing_ends, std::nullopt);
  if (!soak_off.empty()) out += " (over " + soak_off + ")";
  const auto wait = skipped_days(working, post.tarballs, s.earliest_release, policy.press.release_weekdays);
  if (!wait.empty()) out += "; then " + wait;
  return out;
}

// The first allowed release day from the earliest release on whose collateral is not before testing ends.
Result<std::optional<ConflictFree>> conflict_free(const Schedule& s, const Calendar& working,
                                                  const Calendar& press_calendar, const SchedulePolicy& policy) {
  const auto& post = *s.embargo.post;
  const auto last = s.earliest_release + days{conflict_free_search_days};
  for (auto d = s.earliest_release; d <= last && working.covers(d); d += days{1}) {
    if (!working.is_working_day_unchecked(d) || !policy.press.release_weekdays.contains(date::weekday{d})) continue;
    auto collateral =
        d == s.press.release ? Result<sys_days>(s.press.collateral) : collateral_day(press_calendar, d, policy.press);
    if (!collateral) return collateral.error();
    if (*collateral >= post.testing_ends) return std::optional<ConflictFree>(ConflictFree{d, *collateral});
  }
  return std::optional<ConflictFree>{};
}

void press_warnings(Schedule& s, const Calendar& working, const Calendar& press_calendar) {
  const std::pair<const char*, sys_days> steps[] = {{"board approval", s.press.approval},
                                                    {"briefings", s.press.briefings},
                                                    {"press collateral", s.press.collateral},
                                                    {"press release day", s.press.release}};
  for (std::size_t i = 0; i < 3; ++i) {  // the steps before the release day (a working day of the team)
    const auto& [what, d] = steps[i];
    if (!working.covers(d)) continue;
    if (auto b = blackout_on(working, d)) {
      s.warnings.push_back(std::string(what) + " " + day_label(d) + " falls inside the blackout " + *b + " (" +
                           blackout_extent(working, d, *b) + ")");
    }
  }
  for (const auto& [what, d] : steps) {
    if (!press_calendar.covers(d) || press_calendar.is_working_day_unchecked(d)) continue;
    s.warnings.push_back(std::string(what) + " " + day_label(d) + " is not a working day of the press calendar " +
                         press_calendar.id() + ": " + off_reasons(press_calendar, d));
  }
}

}  // namespace

Status validate(const SchedulePolicy& policy) {
  if (auto s = validate(policy.press); !s) return s;
  if (auto s = validate(policy.disclosure); !s) return s;
  return validate(policy.embargo);
}

Result<Schedule> plan_schedule(const MilestoneTemplate& t, const ScheduleCalendars& cals,
                               const Calendar& press_calendar, const SchedulePolicy& policy, const PlanFrom& from,
                               std::span<const Advisory> advisories) {
  if (auto s = validate(policy); !s) return s.error();
  auto plan =
      plan_milestones(t, cals, from.milestone, from.date, from.strict ? GivenDayOff::refuse : GivenDayOff::plan);
  if (!plan) return plan.error();
  auto embargo =
      plan_embargoes(cals.working, advisories, policy.disclosure, policy.embargo, policy.press.release_weekdays);
  if (!embargo) return embargo.error();

  Schedule s;
  s.plan = std::move(plan).value();
  s.embargo = std::move(embargo).value();
  s.planned_release = s.plan.release_milestone().date;
  s.earliest_release = s.planned_release;
  if (s.embargo.post && s.embargo.post->earliest_release > s.earliest_release) {
    s.earliest_release = s.embargo.post->earliest_release;
  }
  s.slip_days = static_cast<int>((s.earliest_release - s.planned_release).count());
  auto press = plan_press(press_calendar, s.earliest_release, policy.press);
  if (!press) return press.error();
  s.press = std::move(press).value();
  if (s.embargo.post && t.rcs) {
    auto held = hold_rcs(s.plan.rcs, *s.embargo.post, t.rcs->prefix);
    s.plan.rcs = std::move(held.rcs);
    s.dropped_rcs = std::move(held.dropped);
  }

  const auto& allowed = policy.press.release_weekdays;
  if (!allowed.contains(date::weekday{s.planned_release})) {
    s.conflicts.push_back("release " + day_label(s.planned_release) + " is not on an allowed release weekday (" +
                          allowed.to_string() + ")");
  }
  if (const auto& post = s.embargo.post) {
    if (s.slip_days > 0) s.conflicts.push_back(slip_sentence(s, cals.working, policy));
    if (s.press.collateral < post->testing_ends) {
      s.conflicts.push_back("press collateral is due " + day_label(s.press.collateral) +
                            " but testing of the post-embargo RC ends " + day_label(post->testing_ends) +
                            ": the go/no-go decision comes before testing ends");
    }
    auto free = conflict_free(s, cals.working, press_calendar, policy);
    if (!free) return free.error();
    s.conflict_free = *free;
    if (!s.conflict_free) {
      s.conflicts.push_back("no release day within " + std::to_string(conflict_free_search_days) + " days after " +
                            day_label(s.earliest_release) +
                            " has its press collateral on or after the end of testing (" +
                            day_label(post->testing_ends) + ")");
    }
  }

  const auto given = std::find_if(s.plan.milestones.begin(), s.plan.milestones.end(),
                                  [](const PlannedMilestone& m) { return m.given; });
  if (given != s.plan.milestones.end() && !cals.working.is_working_day_unchecked(given->date)) {
    s.warnings.push_back(lower_first(given->name) + " " + day_label(given->date) +
                         " is not a working day of the team calendar " + cals.working.id() + ": " +
                         off_reasons(cals.working, given->date) + "; planned as given");
  }
  press_warnings(s, cals.working, press_calendar);
  return s;
}

}  // namespace relplan::schedule
