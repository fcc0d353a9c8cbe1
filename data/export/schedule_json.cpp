#include "data/export/schedule.hpp"

#include <cstdlib>

namespace relplan {

namespace {

using nlohmann::json;
using schedule::ZonedInstant;

json optional_day(const std::optional<date::sys_days>& d) { return d ? json(format_date(*d)) : json(nullptr); }

json zoned(const ZonedInstant& z) { return {{"zone", z.zone}, {"time", rfc3339_local(z)}, {"abbrev", z.abbrev}}; }

}  // namespace

std::string rfc3339_utc(date::sys_seconds t) { return date::format("%FT%TZ", t); }

std::string rfc3339_local(const ZonedInstant& z) {
  const auto total = z.offset.count() / 60;  // minutes east of UTC
  const auto h = std::abs(total) / 60;
  const auto m = std::abs(total) % 60;
  std::string offset = total < 0 ? "-" : "+";
  offset += (h < 10 ? "0" : "") + std::to_string(h) + ":" + (m < 10 ? "0" : "") + std::to_string(m);
  return date::format("%FT%T", z.local) + offset;
}

std::string clock_label(const ZonedInstant& z) { return date::format("%H:%M", z.local) + " " + z.abbrev; }

json schedule_json(const schedule::Schedule& s, const ScheduleLabels& labels) {
  json milestones = json::array();
  for (const auto& m : s.plan.milestones) {
    milestones.push_back({{"id", m.id},
                          {"name", m.name},
                          {"date", format_date(m.date)},
                          {"kind", std::string(to_string(m.kind))},
                          {"extended_by", m.extended_by},
                          {"given", m.given}});
  }
  json phases = json::array();
  for (const auto& p : s.plan.phases) {
    phases.push_back({{"from", p.from},
                      {"to", p.to},
                      {"start", format_date(p.start)},
                      {"end", format_date(p.end)},
                      {"working_days", p.working_days},
                      {"blackout_days", p.blackout_days},
                      {"extended_by", p.extended_by}});
  }
  const auto rc_json = [](const schedule::Rc& rc) {
    return json{{"name", rc.name},
                {"date", format_date(rc.date)},
                {"held_from", optional_day(rc.held_from)},
                {"note", rc.note}};
  };
  json rcs = json::array();
  for (const auto& rc : s.plan.rcs) rcs.push_back(rc_json(rc));
  json dropped = json::array();
  for (const auto& rc : s.dropped_rcs) dropped.push_back(rc_json(rc));
  json lift_local = json::array();
  for (const auto& z : s.press.stakeholders) lift_local.push_back(zoned(z));
  json advisories = json::array();
  for (const auto& a : s.embargo.advisories) {
    advisories.push_back({{"id", a.id},
                          {"public_utc", rfc3339_utc(a.public_at)},
                          {"reported", optional_day(a.reported)},
                          {"predisclosure", optional_day(a.predisclosure)},
                          {"fix_in_release", a.fix_in_release}});
  }
  json post = nullptr;
  if (const auto& p = s.embargo.post) {
    post = {{"after", p->after},
            {"public_utc", rfc3339_utc(p->public_at)},
            {"rc", format_date(p->rc)},
            {"rc_utc", rfc3339_utc(p->rc_at)},
            {"testing_ends", format_date(p->testing_ends)},
            {"tarballs", format_date(p->tarballs)},
            {"earliest_release", format_date(p->earliest_release)}};
  }
  return {{"release",
           {{"project", labels.project},
            {"name", labels.project_name},
            {"version", labels.version},
            {"planned", format_date(s.planned_release)},
            {"planned_from", labels.planned_from},
            {"calendars", labels.calendars},
            {"press_calendars", labels.press_calendars},
            {"blackouts", labels.blackouts},
            {"template_fitted_to", labels.fitted_to}}},
          {"milestones", milestones},
          {"phases", phases},
          {"rcs", rcs},
          {"rc_count", s.plan.rcs.size()},
          {"rcs_dropped", dropped},
          {"press",
           {{"release", format_date(s.press.release)},
            {"approval", format_date(s.press.approval)},
            {"briefings", format_date(s.press.briefings)},
            {"collateral", format_date(s.press.collateral)},
            {"go_no_go", format_date(s.press.collateral)},
            {"lift_utc", rfc3339_utc(s.press.lift_utc)},
            {"lift", zoned(s.press.lift_local)},
            {"lift_local", lift_local}}},
          {"advisories", advisories},
          {"post_embargo", post},
          {"earliest_release", format_date(s.earliest_release)},
          {"earliest_conflict_free", s.conflict_free ? json(format_date(s.conflict_free->release)) : json(nullptr)},
          {"slip_days", s.slip_days},
          {"conflicts", s.conflicts},
          {"warnings", s.warnings}};
}

}  // namespace relplan
