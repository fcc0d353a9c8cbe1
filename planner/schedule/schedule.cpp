#include "planner/schedule/schedule.hpp"

namespace relplan::schedule {

Status validate(const SchedulePolicy& policy) {
  if (auto s = validate(policy.press); !s) return s;
  if (auto s = validate(policy.disclosure); !s) return s;
  return validate(policy.embargo);
}

Result<Schedule> plan_schedule(const MilestoneTemplate& t, const ScheduleCalendars& cals,
                               const Calendar& press_calendar, const SchedulePolicy& policy, const PlanFrom& from,
                               std::span<const Advisory> advisories) {
  if (auto s = validate(policy); !s) return s.error();
  auto plan = plan_milestones(t, cals, from.milestone, from.date);
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

  const auto& allowed = policy.press.release_weekdays;
  if (!allowed.contains(date::weekday{s.planned_release})) {
    s.conflicts.push_back("release " + day_label(s.planned_release) + " is not on an allowed release weekday (" +
                          allowed.to_string() + ")");
  }
  if (const auto& post = s.embargo.post) {
    if (s.slip_days > 0) {
      s.conflicts.push_back("release planned " + day_label(s.planned_release) + " slips to " +
                            day_label(s.earliest_release) + " (" + std::to_string(s.slip_days) +
                            (s.slip_days == 1 ? " day" : " days") + "): testing of the post-embargo RC ends " +
                            day_label(post->testing_ends) + " (" + post->after + " is public " +
                            instant_label(post->public_at) + ")");
    }
    if (s.press.collateral < post->testing_ends) {
      s.conflicts.push_back("press collateral is due " + day_label(s.press.collateral) +
                            " but testing of the post-embargo RC ends " + day_label(post->testing_ends) +
                            ": the go/no-go decision comes before testing ends");
    }
  }
  return s;
}

}  // namespace relplan::schedule
