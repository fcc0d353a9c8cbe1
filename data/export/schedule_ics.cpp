#include "data/export/holidays.hpp"
#include "data/export/ics.hpp"
#include "data/export/schedule.hpp"

namespace relplan {

namespace {

class Events {
 public:
  explicit Events(const ScheduleLabels& labels)
      : prefix_(slug(labels.project) + "-" + slug(labels.version) + "-"),
        title_((labels.project_name.empty() ? labels.project : labels.project_name) + " " + labels.version + ": ") {}

  void day(const std::string& what, const std::string& summary, date::sys_days d, const std::string& category,
           std::string description = "") {
    ics::Event e;
    e.uid = prefix_ + what + "@relplan";
    e.summary = title_ + summary;
    e.description = std::move(description);
    e.all_day = d;
    e.categories = {category};
    events_.push_back(std::move(e));
  }
  // An instant: a timed event in UTC with no duration (no DTEND; RFC 5545 3.6.1).
  void instant(const std::string& what, const std::string& summary, date::sys_seconds t, const std::string& category,
               std::string description) {
    ics::Event e;
    e.uid = prefix_ + what + "@relplan";
    e.summary = title_ + summary;
    e.description = std::move(description);
    e.start = t;
    e.categories = {category};
    events_.push_back(std::move(e));
  }
  const std::vector<ics::Event>& list() const { return events_; }

 private:
  std::string prefix_;
  std::string title_;
  std::vector<ics::Event> events_;
};

std::string in_zones(const schedule::PressDates& p) {
  std::string out = "Embargo lifts at " + date::format("%F ", p.lift_local.local) + clock_label(p.lift_local) + " (" +
                    p.lift_local.zone + ")";
  for (const auto& z : p.stakeholders)
    out += "\n" + date::format("%F ", z.local) + clock_label(z) + " (" + z.zone + ")";
  return out;
}

}  // namespace

std::vector<ics::Event> schedule_events(const schedule::Schedule& s, const ScheduleLabels& labels) {
  Events ev(labels);
  for (const auto& m : s.plan.milestones) {
    std::string description = "kind: " + std::string(to_string(m.kind));
    if (m.extended_by > 0)
      description += "\nextended by " + std::to_string(m.extended_by) + " working days for blackouts";
    ev.day(slug(m.id), m.name, m.date, std::string(to_string(m.kind)), description);
  }
  for (const auto& rc : s.plan.rcs) ev.day(slug(rc.name), rc.name, rc.date, "rc", rc.note);
  const auto& p = s.press;
  ev.day("press-approval", "board approval of the press release", p.approval, "press");
  ev.day("press-briefings", "press briefings lined up", p.briefings, "press");
  ev.day("press-collateral", "press collateral to reporters (go/no-go deadline)", p.collateral, "press");
  ev.instant("embargo-lift", "press embargo lifts", p.lift_utc, "press", in_zones(p));
  for (const auto& a : s.embargo.advisories) {
    if (a.predisclosure) ev.day(slug(a.id) + "-predisclosure", a.id + " predisclosure", *a.predisclosure, "security");
    ev.instant(slug(a.id) + "-public", a.id + " public (security embargo lifts)", a.public_at, "security",
               a.fix_in_release ? "fix must be in the release" : "fix not in the release");
  }
  if (const auto& post = s.embargo.post) {
    ev.day("post-embargo-rc", "post-embargo RC (after " + post->after + ")", post->rc, "security");
    ev.day("post-embargo-tarballs", "testing of the post-embargo RC ends; tarballs", post->tarballs, "security");
  }
  if (s.slip_days > 0) ev.day("earliest-release", "earliest feasible release", s.earliest_release, "release");
  return ev.list();
}

std::string schedule_ics(const schedule::Schedule& s, const ScheduleLabels& labels, date::sys_seconds stamp) {
  return ics::calendar(labels.project + " " + labels.version + " schedule", schedule_events(s, labels), stamp);
}

}  // namespace relplan
