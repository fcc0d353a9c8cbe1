// write_template_toml: the inverse of parse_template_toml (template_toml.hpp).
#include "data/templates/schedule_text.hpp"
#include "data/templates/template_toml.hpp"

namespace relplan {

namespace {

std::string str(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out + "\"";
}

std::string strings(const std::vector<std::string>& v) {
  std::string out = "[";
  for (std::size_t i = 0; i < v.size(); ++i) out += (i ? ", " : "") + str(v[i]);
  return out + "]";
}

std::string weekdays(WeekdaySet set) {
  std::vector<std::string> names;
  for (unsigned i = 1; i <= 7; ++i) {
    if (set.contains(date::weekday{i % 7})) names.emplace_back(weekday_name(date::weekday{i % 7}));
  }
  return strings(names);
}

void add_notes(std::string& out, const TemplateNotes& notes, std::string_view key) {
  for (const auto& [k, text] : notes.notes) {
    if (k == key) out += "# " + text + "\n";
  }
}

}  // namespace

std::string write_template_toml(const ScheduleTemplateFile& t, const TemplateNotes& notes) {
  std::string out;
  for (const auto& line : notes.header) out += line.empty() ? "#\n" : "# " + line + "\n";
  const auto& m = t.milestones;
  out += "id = " + str(m.id) + "\n";
  out += "name = " + str(m.name) + "\n";
  out += "adjustment = " + str(schedule::to_string(m.adjustment)) + "\n";
  if (!m.keep_in_blackouts.empty()) {
    std::vector<std::string> kinds;
    for (const auto k : m.keep_in_blackouts) kinds.emplace_back(schedule::to_string(k));
    out += "keep_in_blackouts = " + strings(kinds) + "\n";
  }
  out += "calendars = " + strings(t.calendars) + "\n";
  if (!t.press_calendars.empty()) out += "press_calendars = " + strings(t.press_calendars) + "\n";
  std::vector<std::string> blackouts;
  for (const auto& w : t.blackouts) blackouts.push_back(w.label);
  out += "blackouts = " + strings(blackouts) + "\n";
  for (const auto& rule : m.milestones) {
    out += "\n[[milestone]]\nid = " + str(rule.id) + "\nname = " + str(rule.name) + "\n";
    out += "kind = " + str(schedule::to_string(rule.kind)) + "\n";
    if (!rule.relative_to.empty()) {
      out += "relative_to = " + str(rule.relative_to) + "\n";
      out += "offset = " + str(schedule::to_string(rule.offset)) + "\n";
    }
    if (rule.pin) {
      out += "weekday = " + str(weekday_name(rule.pin->weekday)) + "\n";
      out += "pin = " + str(schedule::to_string(rule.pin->direction)) + "\n";
    }
    if (rule.adjustment) out += "adjustment = " + str(schedule::to_string(*rule.adjustment)) + "\n";
    if (rule.freeze) out += "freeze = true\n";
    if (!rule.source.empty()) out += "source = " + str(rule.source) + "\n";
    add_notes(out, notes, rule.id);
  }
  if (m.rcs) {
    const auto& r = *m.rcs;
    out += "\n[rcs]\nfirst = " + str(r.first) + "\n";
    if (r.offset.amount != 0) out += "offset = " + str(schedule::to_string(r.offset)) + "\n";
    out += "every = " + str(schedule::to_string(r.every)) + "\nuntil = " + str(r.until) + "\n";
    if (r.count) out += "count = " + std::to_string(*r.count) + "\n";
    if (r.prefix != "RC") out += "prefix = " + str(r.prefix) + "\n";
    add_notes(out, notes, "rcs");
  }
  const auto& p = t.policy.press;
  out += "\n[press]\nrelease_weekdays = " + weekdays(p.release_weekdays) + "\n";
  out += "briefing_lead = " + str(schedule::to_string(p.briefing_lead)) + "\n";
  out += "collateral_lead = " + str(schedule::to_string(p.collateral_lead)) + "\n";
  out += "approval_lead = " + str(schedule::to_string(p.approval_lead)) + "\n";
  out += "lift = " + str(format_time_of_day(p.lift.time_of_day) + " " + p.lift.zone) + "\n";
  out += "zones = " + strings(p.zones) + "\n";
  out += "dst_gap = " + str(schedule::to_string(p.gap)) + "\n";
  out += "dst_overlap = " + str(schedule::to_string(p.overlap)) + "\n";
  const auto& d = t.policy.disclosure;
  const auto& e = t.policy.embargo;
  out += "\n[security]\npredisclosure = " + str(schedule::to_string(d.predisclosure)) + "\n";
  out += "public = " + str(schedule::to_string(d.public_after)) + "\n";
  out += "public_time = " + str(format_time_of_day(d.public_time)) + "\n";
  out += "working_hours = " + str(format_time_of_day(e.work_start) + "-" + format_time_of_day(e.work_end)) + "\n";
  out += "rc_soak = " + str(schedule::to_string(e.rc_soak)) + "\n";
  return out;
}

}  // namespace relplan
