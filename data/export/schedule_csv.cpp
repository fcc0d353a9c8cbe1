#include "data/export/csv.hpp"
#include "data/export/schedule.hpp"

namespace relplan {

namespace {
std::string utc_time(date::sys_seconds t) { return date::format("%H:%M", t); }
// "2019-12-17 18:00 CET Europe/Berlin"
std::string zoned_label(const schedule::ZonedInstant& z) {
  return date::format("%F ", z.local) + clock_label(z) + " " + z.zone;
}
}  // namespace

std::string schedule_csv(const schedule::Schedule& s) {
  std::string out = csv::row({"type", "name", "date", "time_utc", "detail"});
  for (const auto& m : s.plan.milestones) {
    std::string detail(to_string(m.kind));
    if (m.extended_by > 0) detail += "; extended by " + std::to_string(m.extended_by) + " working days for blackouts";
    out += csv::row({"milestone", m.name, format_date(m.date), "", detail});
  }
  for (const auto& rc : s.plan.rcs) out += csv::row({"rc", rc.name, format_date(rc.date), "", rc.note});
  for (const auto& rc : s.dropped_rcs) out += csv::row({"rc_dropped", rc.name, format_date(rc.date), "", rc.note});
  const auto& p = s.press;
  out += csv::row({"press", "board approval", format_date(p.approval), "", ""});
  out += csv::row({"press", "briefings", format_date(p.briefings), "", ""});
  out += csv::row({"press", "collateral", format_date(p.collateral), "", "go/no-go deadline"});
  std::string local = zoned_label(p.lift_local);
  for (const auto& z : p.stakeholders) local += "; " + zoned_label(z);
  out += csv::row(
      {"press", "embargo lift", format_date(date::floor<date::days>(p.lift_utc)), utc_time(p.lift_utc), local});
  for (const auto& a : s.embargo.advisories) {
    if (a.reported) out += csv::row({"advisory", a.id + " reported", format_date(*a.reported), "", ""});
    if (a.predisclosure) out += csv::row({"advisory", a.id + " predisclosure", format_date(*a.predisclosure), "", ""});
    out += csv::row({"advisory", a.id + " public", format_date(date::floor<date::days>(a.public_at)),
                     utc_time(a.public_at), a.fix_in_release ? "fix in release" : "fix not in release"});
  }
  if (const auto& post = s.embargo.post) {
    out +=
        csv::row({"embargo", "post-embargo RC", format_date(post->rc), utc_time(post->rc_at), "after " + post->after});
    out += csv::row({"embargo", "testing ends", format_date(post->testing_ends), "", ""});
    out += csv::row({"embargo", "tarballs", format_date(post->tarballs), "", ""});
  }
  out += csv::row({"release", "earliest release", format_date(s.earliest_release), "",
                   "slip " + std::to_string(s.slip_days) + (s.slip_days == 1 ? " day" : " days")});
  if (s.conflict_free) {
    out += csv::row({"release", "earliest conflict-free release", format_date(s.conflict_free->release), "",
                     "press collateral " + format_date(s.conflict_free->collateral)});
  }
  for (const auto& c : s.conflicts) out += csv::row({"conflict", "", "", "", c});
  for (const auto& w : s.warnings) out += csv::row({"warning", "", "", "", w});
  return out;
}

}  // namespace relplan
