#include "cli/schedule_table.hpp"

#include <algorithm>

#include "cli/table.hpp"

namespace relplan::cli {

namespace {

using schedule::day_label;

// render_table pads every cell but the last; an empty last cell leaves trailing blanks.
std::string table(const std::vector<std::string>& head, const std::vector<std::vector<std::string>>& rows) {
  std::string out;
  for (char c : render_table(head, rows)) {
    if (c == '\n') {
      while (!out.empty() && out.back() == ' ') out.pop_back();
    }
    out += c;
  }
  return out;
}

std::string day_name(date::sys_days d) { return std::string(weekday_name(date::weekday{d})); }
std::string count(int n) { return std::to_string(n); }
std::string plural(int n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); }

std::string header(const schedule::Schedule& s, const ScheduleLabels& l) {
  std::string from = "from " + l.planned_from;
  for (const auto& m : s.plan.milestones) {
    if (m.given)
      from = (m.kind == schedule::MilestoneKind::release ? "backward from the " : "forward from the ") +
             std::string(1, static_cast<char>(std::tolower(m.name.front()))) + m.name.substr(1) + ", " +
             day_label(m.date);
  }
  std::string blackouts;
  for (const auto& b : l.blackouts) blackouts += (blackouts.empty() ? "" : ", ") + b;
  std::string fitted;  // only a fitted template is said: the shipped one is the default
  for (const auto& v : l.fitted_to)
    fitted += (fitted.empty() ? "phases and RCs fitted to the schedules of " : ", ") + v;
  if (!fitted.empty()) fitted += "\n";
  return l.project_name + " " + l.version + ": planned " + from + "\ncalendars " + l.calendars + "; blackouts " +
         (blackouts.empty() ? "none" : blackouts) + "; press calendars " + l.press_calendars + "\n" + fitted;
}

std::string milestones(const schedule::Schedule& s) {
  std::vector<std::vector<std::string>> rows;
  for (const auto& m : s.plan.milestones) {
    std::string note = m.given ? "given" : "";
    if (m.extended_by > 0)
      note += (note.empty() ? "" : "; ") + ("extended by " + plural(m.extended_by, "working day", "working days"));
    rows.push_back({m.name, format_date(m.date), day_name(m.date), std::string(to_string(m.kind)), note});
  }
  return table({"milestone", "date", "day", "kind", "note"}, rows);
}

std::string phases(const schedule::Schedule& s) {
  std::vector<std::vector<std::string>> rows;
  for (const auto& p : s.plan.phases) {
    rows.push_back({p.from + " -> " + p.to, count(p.working_days), count(p.blackout_days), count(p.extended_by)});
  }
  return table({"phase", "working days", "blackout days", "extended by"}, rows);
}

// The series after the embargo; the note column only when the embargo touched it.
std::string rcs(const schedule::Schedule& s) {
  const bool notes = std::any_of(s.plan.rcs.begin(), s.plan.rcs.end(), [](const auto& rc) { return !rc.note.empty(); });
  std::vector<std::vector<std::string>> rows;
  for (const auto& rc : s.plan.rcs) {
    rows.push_back({rc.name, format_date(rc.date), day_name(rc.date)});
    if (notes) rows.back().push_back(rc.note);
  }
  std::string out = notes ? table({"rc", "date", "day", "note"}, rows) : table({"rc", "date", "day"}, rows);
  out += plural(static_cast<int>(s.plan.rcs.size()), "RC", "RCs") + "\n";
  for (const auto& rc : s.dropped_rcs)
    out += "planned " + rc.name + " " + day_label(rc.date) + " dropped: " + rc.note + "\n";
  return out;
}

std::string press(const schedule::PressDates& p) {
  const auto zoned = [](const schedule::ZonedInstant& z) {
    return std::vector<std::string>{"  in " + z.zone, date::format("%F", z.local),
                                    day_name(date::sys_days{date::floor<date::days>(z.local).time_since_epoch()}),
                                    clock_label(z)};
  };
  const auto lift_day = date::floor<date::days>(p.lift_utc);
  std::vector<std::vector<std::string>> rows{
      {"board approval", format_date(p.approval), day_name(p.approval), ""},
      {"briefings", format_date(p.briefings), day_name(p.briefings), ""},
      {"collateral", format_date(p.collateral), day_name(p.collateral), "go/no-go deadline"},
      {"embargo lift", format_date(lift_day), day_name(lift_day),
       date::format("%H:%M UTC = ", p.lift_utc) + clock_label(p.lift_local) + " " + p.lift_local.zone}};
  for (const auto& z : p.stakeholders) rows.push_back(zoned(z));
  return table({"press", "date", "day", "time"}, rows);
}

std::string advisories(const schedule::Schedule& s, const schedule::SchedulePolicy& policy) {
  if (s.embargo.advisories.empty()) return "advisories: none\n";
  std::vector<std::vector<std::string>> rows;
  const auto optional_day = [](const std::optional<date::sys_days>& d) { return d ? format_date(*d) : "-"; };
  for (const auto& a : s.embargo.advisories) {
    rows.push_back({a.id, date::format("%F %H:%M UTC", a.public_at), optional_day(a.reported),
                    optional_day(a.predisclosure), a.fix_in_release ? "yes" : "no"});
  }
  std::string out = table({"advisory", "public", "reported", "predisclosure", "fix in release"}, rows);
  if (const auto& post = s.embargo.post) {
    out += "\n";
    std::vector<std::vector<std::string>> steps{
        {"post-embargo RC", schedule::instant_label(post->rc_at) + " (after " + post->after + ")"},
        {"testing ends", day_label(post->testing_ends) + " (RC soak: " + to_string(policy.embargo.rc_soak) + ")"},
        {"tarballs", day_label(post->tarballs)},
    };
    for (const auto& row : steps) out += row[0] + std::string(18 - row[0].size(), ' ') + row[1] + "\n";
  }
  return out;
}

}  // namespace

std::string render_schedule(const schedule::Schedule& s, const ScheduleLabels& labels,
                            const schedule::SchedulePolicy& policy) {
  std::string out = header(s, labels) + "\n" + milestones(s) + "\n" + phases(s) + "\n" + rcs(s) + "\n" +
                    press(s.press) + "\n" + advisories(s, policy) + "\n";
  out += "earliest release  " + day_label(s.earliest_release) + " (planned " + day_label(s.planned_release) +
         "; slip " + plural(s.slip_days, "day", "days") + ")\n";
  if (const auto& free = s.conflict_free) {
    const auto& post = *s.embargo.post;
    out += "conflict-free     " + day_label(free->release) +
           (free->release == s.earliest_release ? " (the earliest release: its" : " (the first release day whose") +
           " press collateral " + day_label(free->collateral) + " is not before testing ends " +
           day_label(post.testing_ends) + ")\n";
  } else if (s.embargo.post) {
    out += "conflict-free     none within " + std::to_string(schedule::conflict_free_search_days) + " days after " +
           day_label(s.earliest_release) + "\n";
  }
  out += "\n";
  if (s.conflicts.empty()) {
    out += "conflicts: none\n";
  } else {
    out += "conflicts:\n";
    for (const auto& c : s.conflicts) out += "  - " + c + "\n";
  }
  if (!s.warnings.empty()) {
    out += "\nwarnings:\n";
    for (const auto& w : s.warnings) out += "  - " + w + "\n";
  }
  return out;
}

}  // namespace relplan::cli
