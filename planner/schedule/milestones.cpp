#include "planner/schedule/milestones.hpp"

#include <algorithm>

#include "planner/schedule/rcs.hpp"
#include "planner/schedule/rule_step.hpp"

namespace relplan::schedule {

namespace {

using date::days;
using date::sys_days;

struct Node {
  sys_days nominal;
  sys_days date;
  int extended_by = 0;
};

struct Forced {
  std::size_t index;
  sys_days date;
};

class Evaluator {
 public:
  Evaluator(const MilestoneTemplate& t, const ScheduleCalendars& cals) : t_(t), cals_(cals) {
    for (const auto& m : t.milestones)
      anchors_.push_back(m.relative_to.empty() ? 0 : *find_milestone(t, m.relative_to));
  }

  std::size_t anchor(std::size_t i) const { return anchors_[i]; }

  // The next candidate root from r in direction dir (+1, -1): on the root's pin and a working day, so
  // that the root's date is its nominal date and planning forward from that date repeats the evaluation
  // (Fri 2022-11-11 is Veterans Day: as a root it would be held Mon 11-14, whose chain differs).
  Result<sys_days> next_root(sys_days r, int dir) const {
    for (int i = 0; i < 60; ++i) {
      r += dir * root_step();
      auto working = cals_.working.is_working_day(r);
      if (!working) return working.error();
      if (*working) return r;
    }
    return Error{
        t_.milestones.front().id, format_date(r),
        "template " + t_.id + ": no working day for " + t_.milestones.front().name + " near " + format_date(r)};
  }

  // Blackouts can map several roots onto one date of g; planning backward takes the latest of them.
  template <class Value>
  Result<sys_days> latest_exact(sys_days r, sys_days d, const Value& value) const {
    for (int i = 0; i < 16; ++i) {
      auto next = next_root(r, +1);
      if (!next) return next;
      auto v = value(*next);
      if (!v) return v.error();
      if (*v != d) return r;
      r = *next;
    }
    return r;
  }

  // The root's nominal date for a candidate day r: its weekday pin, if any.
  sys_days snap_root(sys_days r) const {
    const auto& root = t_.milestones.front();
    return root.pin ? pin(r, *root.pin) : r;
  }
  days root_step() const { return t_.milestones.front().pin ? days{7} : days{1}; }

  Result<std::vector<Node>> run(sys_days root_nominal, std::optional<Forced> forced) const {
    std::vector<Node> nodes(t_.milestones.size());
    for (std::size_t i = 0; i < nodes.size(); ++i) {
      if (forced && forced->index == i) {
        nodes[i] = {forced->date, forced->date, 0};
        continue;
      }
      if (i == 0) {
        auto adjusted = adjust_milestone(t_, 0, root_nominal, cals_);
        if (!adjusted) return adjusted.error();
        nodes[0] = {root_nominal, *adjusted, 0};
        continue;
      }
      auto d = evaluate_rule(t_, i, nodes[anchors_[i]].nominal, cals_);
      if (!d) return d.error();
      nodes[i] = {d->nominal, d->date, d->extended_by};
    }
    return nodes;
  }

  // The root nominal whose evaluation puts milestone g on d (the latest such root), else nearest to d
  // (a tie between one below and one above goes to the one below).
  Result<sys_days> search_root(std::size_t g, sys_days d) const {
    auto value = [&](sys_days r) -> Result<sys_days> {
      auto nodes = run(r, std::nullopt);
      if (!nodes) return nodes.error();
      return (*nodes)[g].date;
    };
    auto start = next_root(snap_root(d) + root_step(), -1);
    if (!start) return start.error();
    auto first = value(*start);
    if (!first) return first.error();
    // One correction by the template's span from the root to g.
    auto corrected = next_root(snap_root(*start + (d - *first)) + root_step(), -1);
    if (!corrected) return corrected.error();
    sys_days r = *corrected;
    struct Seen {
      sys_days root;
      sys_days value;
    };
    std::optional<Seen> below, above;
    for (int i = 0; i < 64 && !(below && above); ++i) {
      auto v = value(r);
      if (!v) return v.error();
      if (*v == d) return latest_exact(r, d, value);
      if (*v < d) {
        below = Seen{r, *v};
      } else {
        above = Seen{r, *v};
      }
      auto next = next_root(r, *v < d ? +1 : -1);
      if (!next) return next.error();
      r = *next;
    }
    if (!below || !above) {
      const auto& m = t_.milestones[g];
      return Error{m.id, format_date(d),
                   "template " + t_.id + ": no date of " + t_.milestones.front().name + " puts " + m.name + " near " +
                       format_date(d)};
    }
    return (d - below->value) <= (above->value - d) ? below->root : above->root;
  }

 private:
  const MilestoneTemplate& t_;
  const ScheduleCalendars& cals_;
  std::vector<std::size_t> anchors_;
};

// "Christmas Day (US), weekend": why a day is not a working day.
std::string reasons(const Calendar& cal, sys_days d) {
  std::vector<std::string> parts;
  for (const auto& o : cal.reasons_off(d)) {
    std::string part = o.kind == DayKind::weekend ? "weekend" : o.name + " (" + o.calendar + ")";
    if (std::find(parts.begin(), parts.end(), part) == parts.end()) parts.push_back(std::move(part));
  }
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : ", ") + p;
  return out;
}

std::vector<Phase> phases_of(const std::vector<PlannedMilestone>& ms, const ScheduleCalendars& cals,
                             const Evaluator& ev, Status& status) {
  std::vector<Phase> out;
  for (std::size_t i = 1; i < ms.size(); ++i) {
    const auto& a = ms[i - 1];
    const auto& b = ms[i];
    Phase p{a.name, b.name, a.date, b.date};
    auto wd = working_days_between(cals.working, a.date, b.date);
    auto lost = blackout_days_lost(cals.team, cals.working, a.date, b.date);
    if (!wd || !lost) {
      status = !wd ? wd.error() : lost.error();
      return out;
    }
    p.working_days = *wd;
    p.blackout_days = *lost;
    if (b.rule != 0 && ev.anchor(b.rule) == a.rule) p.extended_by = b.extended_by;
    if (a.rule != 0 && ev.anchor(a.rule) == b.rule) p.extended_by = a.extended_by;
    out.push_back(std::move(p));
  }
  return out;
}

}  // namespace

Result<MilestonePlan> plan_milestones(const MilestoneTemplate& t, const ScheduleCalendars& cals,
                                      std::string_view given_id, sys_days given_date, GivenDayOff day_off) {
  if (auto s = validate(t); !s) return s.error();
  const auto given = find_milestone(t, given_id);
  if (!given) {
    std::string ids;
    for (const auto& m : t.milestones) ids += (ids.empty() ? "" : ", ") + m.id;
    return Error::expected("milestone", "'" + std::string(given_id) + "'",
                           "a milestone of template " + t.id + " (" + ids + ")");
  }
  const auto& given_rule = t.milestones[*given];
  auto working = cals.working.is_working_day(given_date);
  if (!working) return working.error();
  if (!*working && day_off == GivenDayOff::refuse) {
    return Error::expected(given_rule.id, day_label(given_date) + " (" + reasons(cals.working, given_date) + ")",
                           "a working day of " + cals.working.id());
  }

  const Evaluator ev(t, cals);
  sys_days root = given_date;
  if (*given != 0) {
    auto found = ev.search_root(*given, given_date);
    if (!found) return found.error();
    root = *found;
  }
  auto nodes = ev.run(root, Forced{*given, given_date});
  if (!nodes) return nodes.error();

  MilestonePlan plan;
  for (std::size_t i = 0; i < t.milestones.size(); ++i) {
    const auto& rule = t.milestones[i];
    const auto& n = (*nodes)[i];
    plan.milestones.push_back({rule.id, rule.name, rule.kind, n.date, n.nominal, n.extended_by, i == *given, i});
  }
  std::stable_sort(plan.milestones.begin(), plan.milestones.end(),
                   [](const auto& a, const auto& b) { return a.date < b.date; });
  for (std::size_t i = 0; i < plan.milestones.size(); ++i) {
    if (plan.milestones[i].kind == MilestoneKind::release) plan.release = i;
  }
  Status status = Ok{};
  plan.phases = phases_of(plan.milestones, cals, ev, status);
  if (!status) return status.error();
  if (t.rcs) {
    const auto first = (*nodes)[*find_milestone(t, t.rcs->first)].date;
    const auto until = (*nodes)[*find_milestone(t, t.rcs->until)].date;
    auto rcs = plan_rcs(*t.rcs, first, until, cals.working, t.adjustment);
    if (!rcs) return rcs.error();
    plan.rcs = std::move(rcs).value();
  }
  return plan;
}

}  // namespace relplan::schedule
