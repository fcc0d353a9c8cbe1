#include "planner/schedule/embargo.hpp"

#include <algorithm>

namespace relplan::schedule {

namespace {

using date::sys_days;
using date::sys_seconds;
using std::chrono::minutes;

std::string hh_mm(minutes m) { return date::format("%H:%M", m); }

Status check_offset(const std::string& field, Offset o, bool working_days_only) {
  if (o.amount < 0 || o.amount > 366 || (working_days_only && o.unit != Unit::working_days && o.amount != 0)) {
    return Error::expected(field, "'" + to_string(o) + "'",
                           working_days_only ? "0..366 working days" : "0..366 days, weeks or working days");
  }
  return Ok{};
}

Result<AdvisoryDates> dates_of(const Calendar& working, const Advisory& a, const DisclosurePolicy& policy) {
  const std::string field = "advisory " + a.id;
  AdvisoryDates out{a.id, {}, a.reported, std::nullopt, a.fix_in_release};
  if (a.reported) {
    auto pre = step(working, *a.reported, policy.predisclosure);
    if (!pre) return pre.error();
    out.predisclosure = *pre;
  }
  if (a.public_at) {
    out.public_at = *a.public_at;
    if (a.reported && date::floor<date::days>(*a.public_at) < *a.reported) {
      return Error::expected(field, "public " + instant_label(*a.public_at),
                             "a public instant on or after its report date " + format_date(*a.reported));
    }
    return out;
  }
  if (!out.predisclosure) return Error::expected(field, "neither", "a public instant or a report date");
  auto day = step(working, *out.predisclosure, policy.public_after);
  if (!day) return day.error();
  out.public_at = sys_seconds{*day} + policy.public_time;
  return out;
}

}  // namespace

std::string instant_label(sys_seconds t) { return date::format("%a %F %H:%M UTC", t); }

Status validate(const DisclosurePolicy& policy) {
  if (auto s = check_offset("security: predisclosure", policy.predisclosure, false); !s) return s;
  if (auto s = check_offset("security: public", policy.public_after, false); !s) return s;
  if (policy.public_time < minutes{0} || policy.public_time >= std::chrono::hours{24}) {
    return Error::expected("security: public_time", hh_mm(policy.public_time), "a time of day 00:00..23:59");
  }
  return Ok{};
}

Status validate(const EmbargoRules& rules) {
  if (rules.work_start < minutes{0} || rules.work_end > std::chrono::hours{24} || rules.work_start >= rules.work_end) {
    return Error::expected("security: working_hours", hh_mm(rules.work_start) + "-" + hh_mm(rules.work_end),
                           "a start before the end, within 00:00-24:00 UTC");
  }
  return check_offset("security: rc_soak", rules.rc_soak, true);
}

Result<EmbargoPlan> plan_embargoes(const Calendar& working, std::span<const Advisory> advisories,
                                   const DisclosurePolicy& disclosure, const EmbargoRules& rules,
                                   WeekdaySet release_weekdays) {
  EmbargoPlan plan;
  for (std::size_t i = 0; i < advisories.size(); ++i) {
    const auto& a = advisories[i];
    if (a.id.empty()) return Error::expected("advisory", "''", "an id such as XSA-307");
    for (std::size_t j = 0; j < i; ++j) {
      if (advisories[j].id == a.id) return Error::expected("advisories", "'" + a.id + "' twice", "each id once");
    }
    auto dates = dates_of(working, a, disclosure);
    if (!dates) return dates.error();
    plan.advisories.push_back(std::move(dates).value());
  }
  const AdvisoryDates* last = nullptr;
  for (const auto& a : plan.advisories) {
    if (a.fix_in_release && (!last || a.public_at > last->public_at)) last = &a;
  }
  if (!last) return plan;

  PostEmbargo post{last->id, last->public_at, {}, {}, {}, {}, {}};
  const sys_days day = date::floor<date::days>(last->public_at);
  auto working_day = working.is_working_day(day);
  if (!working_day) return working_day.error();
  if (*working_day && last->public_at < sys_seconds{day} + rules.work_end) {
    post.rc = day;
    post.rc_at = std::max(last->public_at, sys_seconds{day} + rules.work_start);
  } else {
    auto next = next_working_day(working, day);
    if (!next) return next.error();
    post.rc = *next;
    post.rc_at = sys_seconds{*next} + rules.work_start;
  }
  auto tested = step(working, post.rc, rules.rc_soak);
  if (!tested) return tested.error();
  post.testing_ends = *tested;
  post.tarballs = *tested;
  sys_days release = post.tarballs;
  for (int i = 0;; ++i) {
    auto next = next_working_day(working, release);
    if (!next) return next.error();
    release = *next;
    if (release_weekdays.contains(date::weekday{release})) break;
    if (i > 366) {
      return Error::expected("press: release_weekdays", release_weekdays.to_string(),
                             "a weekday that is a working day within a year after " + format_date(post.tarballs));
    }
  }
  post.earliest_release = release;
  plan.post = post;
  return plan;
}

}  // namespace relplan::schedule
