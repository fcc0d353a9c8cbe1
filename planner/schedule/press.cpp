#include "planner/schedule/press.hpp"

namespace relplan::schedule {

namespace {

using date::sys_days;

// R - lead, on a working day of the press calendar (leads in days or weeks move to the preceding one).
Result<sys_days> before(const Calendar& press, sys_days release, Offset lead) {
  auto d = step(press, release, lead.negated());
  if (!d) return d;
  return adjust(press, *d, Adjustment::preceding);
}

}  // namespace

Status validate(const PressPolicy& policy) {
  const std::pair<const char*, Offset> leads[] = {{"press: briefing_lead", policy.briefing_lead},
                                                  {"press: collateral_lead", policy.collateral_lead},
                                                  {"press: approval_lead", policy.approval_lead}};
  for (const auto& [field, lead] : leads) {
    if (lead.amount < 0 || lead.amount > 366) {
      return Error::expected(field, "'" + to_string(lead) + "'", "a lead of 0..366 days, weeks or working days");
    }
  }
  if (policy.release_weekdays.empty())
    return Error::expected("press: release_weekdays", "none", "at least one weekday");
  if (policy.lift.time_of_day < std::chrono::minutes{0} || policy.lift.time_of_day >= std::chrono::hours{24}) {
    return Error::expected("lift", std::to_string(policy.lift.time_of_day.count()) + " minutes",
                           "a time of day 00:00..23:59");
  }
  if (auto z = find_zone(policy.lift.zone, "lift"); !z) return z.error();
  for (const auto& zone : policy.zones) {
    if (auto z = find_zone(zone, "zone"); !z) return z.error();
  }
  return Ok{};
}

Result<sys_days> collateral_day(const Calendar& press, sys_days release, const PressPolicy& policy) {
  return before(press, release, policy.collateral_lead);
}

Result<PressDates> plan_press(const Calendar& press, sys_days release, const PressPolicy& policy) {
  PressDates out{};
  out.release = release;
  auto approval = before(press, release, policy.approval_lead);
  if (!approval) return approval.error();
  auto briefings = before(press, release, policy.briefing_lead);
  if (!briefings) return briefings.error();
  auto collateral = collateral_day(press, release, policy);
  if (!collateral) return collateral.error();
  auto lift = to_utc(release, policy.lift, policy.gap, policy.overlap, "lift");
  if (!lift) return lift.error();
  auto local = in_zone(*lift, policy.lift.zone, "lift");
  if (!local) return local.error();
  out.approval = *approval;
  out.briefings = *briefings;
  out.collateral = *collateral;
  out.lift_utc = *lift;
  out.lift_local = *local;
  for (const auto& zone : policy.zones) {
    auto z = in_zone(*lift, zone, "zone");
    if (!z) return z.error();
    out.stakeholders.push_back(std::move(z).value());
  }
  return out;
}

}  // namespace relplan::schedule
