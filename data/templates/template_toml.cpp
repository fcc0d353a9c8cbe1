#include "data/templates/template_toml.hpp"

#include "calendars/io/blackout_text.hpp"
#include "calendars/io/toml_fields.hpp"
#include "data/templates/schedule_text.hpp"

namespace relplan {

namespace {

using schedule::MilestoneRule;
using schedule::Offset;
using Fields = TomlFields;

// An optional field parsed by one of schedule_text's parsers, errors placed at the field's line.
template <class T, class Parse>
Result<std::optional<T>> parsed(Fields& f, std::string_view key, Parse parse) {
  RELPLAN_TRY(text, f.string(key, false));
  if (text.empty()) return std::optional<T>{};
  auto v = parse(text, key);
  if (!v) return f.at(key, v.error());
  return std::optional<T>(std::move(v).value());
}

Result<MilestoneRule> milestone(const toml::table& table, std::size_t index) {
  const auto* id_node = table.get("id");
  const auto id_text = id_node ? id_node->value_exact<std::string>() : std::nullopt;
  Fields f(table, id_text ? "milestone '" + *id_text + "'" : "milestone " + std::to_string(index + 1));
  MilestoneRule m;
  RELPLAN_TRY(id, f.string("id", true));
  RELPLAN_TRY(name, f.string("name", true));
  RELPLAN_TRY(kind, f.string("kind", true));
  auto k = schedule::parse_milestone_kind(kind);
  if (!k) return f.error("kind", "'" + kind + "'", "one of posting, freeze, branch, release, other");
  RELPLAN_TRY(relative_to, f.string("relative_to", false));
  RELPLAN_TRY(offset, parsed<Offset>(f, "offset", parse_offset));
  if (!relative_to.empty() && !offset) return f.missing("offset");
  if (relative_to.empty() && offset)
    return f.error("offset", "'" + to_string(*offset) + "'", "no offset on a milestone without relative_to");
  RELPLAN_TRY(weekday, f.string("weekday", false));
  RELPLAN_TRY(pin, f.string("pin", false));
  if (!weekday.empty() || !pin.empty()) {
    auto wd = parse_weekday(weekday);
    if (!wd) return f.error("weekday", "'" + weekday + "'", "a weekday mon..sun (with pin)");
    auto dir = schedule::parse_pin_direction(pin);
    if (!dir) return f.error("pin", "'" + pin + "'", "one of on_or_before, before, on_or_after, after (with weekday)");
    m.pin = schedule::WeekdayPin{*wd, *dir};
  }
  RELPLAN_TRY(adjustment, f.string("adjustment", false));
  if (!adjustment.empty()) {
    m.adjustment = schedule::parse_adjustment(adjustment);
    if (!m.adjustment)
      return f.error("adjustment", "'" + adjustment + "'", "one of following, preceding, modified_following, nearest");
  }
  RELPLAN_TRY(freeze, f.boolean("freeze", false));
  RELPLAN_TRY(source, f.string("source", false));
  if (auto s = f.no_unknown_keys(); !s) return s.error();
  m.id = id;
  m.name = name;
  m.kind = *k;
  m.relative_to = relative_to;
  m.offset = offset.value_or(Offset{});
  m.freeze = freeze;
  m.source = source;
  return m;
}

Result<schedule::RcSeries> rc_series(const toml::table& table) {
  Fields f(table, "rcs");
  schedule::RcSeries rcs;
  RELPLAN_TRY(first, f.string("first", true));
  RELPLAN_TRY(until, f.string("until", true));
  RELPLAN_TRY(every, parsed<Offset>(f, "every", parse_offset));
  if (!every) return f.missing("every");
  RELPLAN_TRY(prefix, f.string("prefix", false));
  RELPLAN_TRY(offset, parsed<Offset>(f, "offset", parse_offset));
  RELPLAN_TRY(count, f.integer("count", 1, schedule::max_template_rcs));
  if (auto s = f.no_unknown_keys(); !s) return s.error();
  if (offset) rcs.offset = *offset;
  rcs.count = count;
  rcs.first = first;
  rcs.until = until;
  rcs.every = *every;
  if (!prefix.empty()) rcs.prefix = prefix;
  return rcs;
}

Status press_policy(const toml::table& table, schedule::PressPolicy& p) {
  Fields f(table, "press");
  if (const auto* n = f.node("release_weekdays")) {
    const auto* arr = n->as_array();
    if (!arr || arr->empty()) return f.error("release_weekdays", show(*n), "a non-empty array of weekdays (mon..sun)");
    WeekdaySet set;
    for (const auto& item : *arr) {
      auto s = item.value_exact<std::string>();
      auto wd = s ? parse_weekday(*s) : std::nullopt;
      if (!wd) return f.error("release_weekdays", show(item), "weekdays mon, tue, wed, thu, fri, sat, sun");
      set.insert(*wd);
    }
    p.release_weekdays = set;
  }
  RELPLAN_TRY(briefing, parsed<Offset>(f, "briefing_lead", parse_offset));
  RELPLAN_TRY(collateral, parsed<Offset>(f, "collateral_lead", parse_offset));
  RELPLAN_TRY(approval, parsed<Offset>(f, "approval_lead", parse_offset));
  RELPLAN_TRY(lift, parsed<schedule::LocalTime>(f, "lift", parse_local_time));
  RELPLAN_TRY(zones, f.strings("zones"));
  for (const auto& z : zones) {
    if (auto found = schedule::find_zone(z, "zones"); !found) return f.at("zones", found.error());
  }
  RELPLAN_TRY(gap, f.string("dst_gap", false));
  RELPLAN_TRY(overlap, f.string("dst_overlap", false));
  if (!gap.empty()) {
    auto g = schedule::parse_dst_gap(gap);
    if (!g) return f.error("dst_gap", "'" + gap + "'", "one of earlier, later, reject");
    p.gap = *g;
  }
  if (!overlap.empty()) {
    auto o = schedule::parse_dst_overlap(overlap);
    if (!o) return f.error("dst_overlap", "'" + overlap + "'", "one of earlier, later, reject");
    p.overlap = *o;
  }
  if (auto s = f.no_unknown_keys(); !s) return s.error();
  if (briefing) p.briefing_lead = *briefing;
  if (collateral) p.collateral_lead = *collateral;
  if (approval) p.approval_lead = *approval;
  if (lift) p.lift = *lift;
  p.zones = zones;
  return Ok{};
}

Status security_policy(const toml::table& table, schedule::DisclosurePolicy& d, schedule::EmbargoRules& r) {
  Fields f(table, "security");
  RELPLAN_TRY(pre, parsed<Offset>(f, "predisclosure", parse_offset));
  RELPLAN_TRY(pub, parsed<Offset>(f, "public", parse_offset));
  RELPLAN_TRY(time, parsed<std::chrono::minutes>(f, "public_time", parse_time_of_day));
  RELPLAN_TRY(hours, (parsed<std::pair<std::chrono::minutes, std::chrono::minutes>>(f, "working_hours", parse_hours)));
  RELPLAN_TRY(soak, parsed<Offset>(f, "rc_soak", parse_offset));
  if (auto s = f.no_unknown_keys(); !s) return s.error();
  if (pre) d.predisclosure = *pre;
  if (pub) d.public_after = *pub;
  if (time) d.public_time = *time;
  if (hours) std::tie(r.work_start, r.work_end) = *hours;
  if (soak) r.rc_soak = *soak;
  return Ok{};
}

const toml::table* subtable(const toml::table& root, std::string_view key) {
  const auto* n = root.get(key);
  return n ? n->as_table() : nullptr;
}

// Calendar ids as plan_schedule_request() joins them: known to `registry`, one per string.
Result<Calendar> joined_ids(Fields& f, std::string_view key, const std::vector<std::string>& ids,
                            const CalendarRegistry& registry) {
  std::string joined;
  for (const auto& id : ids) {
    if (id.find(',') != std::string::npos) return f.error(key, quoted(id), "one calendar id per string");
    joined += (joined.empty() ? "" : ",") + id;
  }
  auto calendar = registry.joined(joined, key);
  if (!calendar) return f.at(key, calendar.error());
  return calendar;
}

Result<ScheduleTemplateFile> read(const toml::table& root, const CalendarRegistry& registry) {
  Fields f(root, "");
  ScheduleTemplateFile out;
  RELPLAN_TRY(id, f.string("id", true));
  RELPLAN_TRY(name, f.string("name", true));
  RELPLAN_TRY(adjustment, f.string("adjustment", false));
  if (!adjustment.empty()) {
    auto a = schedule::parse_adjustment(adjustment);
    if (!a)
      return f.error("adjustment", "'" + adjustment + "'", "one of following, preceding, modified_following, nearest");
    out.milestones.adjustment = *a;
  }
  RELPLAN_TRY(keep, f.strings("keep_in_blackouts"));
  for (const auto& text : keep) {
    auto kind = schedule::parse_milestone_kind(text);
    if (!kind || *kind == schedule::MilestoneKind::release) {
      return f.error("keep_in_blackouts", "'" + text + "'", "kinds of milestones: posting, freeze, branch, other");
    }
    out.milestones.keep_in_blackouts.push_back(*kind);
  }
  RELPLAN_TRY(calendars, f.strings("calendars"));
  RELPLAN_TRY(press_calendars, f.strings("press_calendars"));
  RELPLAN_TRY(blackouts, f.strings("blackouts"));
  if (calendars.empty()) return f.missing("calendars");
  RELPLAN_TRY(team, joined_ids(f, "calendars", calendars, registry));
  if (!press_calendars.empty()) {
    if (auto press = joined_ids(f, "press_calendars", press_calendars, registry); !press) return press.error();
  }
  for (const auto& text : blackouts) {
    auto w = parse_blackout(text, "blackouts");
    if (!w) return f.at("blackouts", w.error());
    out.blackouts.push_back(std::move(w).value());
  }
  if (auto working = registry.with_blackouts(team, out.blackouts); !working) return f.at("blackouts", working.error());
  out.milestones.id = id;
  out.milestones.name = name;
  out.calendars = calendars;
  out.press_calendars = press_calendars;

  const auto* list = f.node("milestone");
  const auto* arr = list ? list->as_array() : nullptr;
  if (!arr || arr->empty())
    return f.error("milestone", list ? show(*list) : "none", "an array of [[milestone]] tables");
  for (std::size_t i = 0; i < arr->size(); ++i) {
    const auto* table = (*arr)[i].as_table();
    if (!table) return f.error("milestone", show((*arr)[i]), "[[milestone]] tables");
    RELPLAN_TRY(m, milestone(*table, i));
    out.milestones.milestones.push_back(std::move(m));
  }
  f.node("rcs");
  f.node("press");
  f.node("security");
  if (const auto* t = subtable(root, "rcs")) {
    RELPLAN_TRY(rcs, rc_series(*t));
    out.milestones.rcs = std::move(rcs);
  }
  if (const auto* t = subtable(root, "press")) {
    if (auto s = press_policy(*t, out.policy.press); !s) return s.error();
  }
  if (const auto* t = subtable(root, "security")) {
    if (auto s = security_policy(*t, out.policy.disclosure, out.policy.embargo); !s) return s.error();
  }
  if (auto s = f.no_unknown_keys(); !s) return s.error();
  return out;
}

}  // namespace

Result<ScheduleTemplateFile> parse_template_toml(std::string_view text, std::string_view file,
                                                 const CalendarRegistry& registry) {
  const std::string where(file);
  RELPLAN_TRY(root, parse_toml(text, file));
  auto out = read(root, registry);
  if (!out) {
    Error e = out.error();
    e.message = where + ":" + e.message;  // messages from Fields begin with the line number
    return e;
  }
  if (auto s = schedule::validate(out->milestones); !s) return s.error().in(where);
  if (auto s = schedule::validate(out->policy); !s) return s.error().in(where);
  return out;
}

Result<ScheduleTemplateFile> shipped_template(std::string_view id, std::string_view field) {
  std::string known;
  for (const auto& f : shipped_template_files()) {
    const auto name = f.path.substr(f.path.rfind('/') + 1);
    const auto stem = name.substr(0, name.size() - 5);  // without ".toml"
    if (stem == id) return parse_template_toml(f.text, name);
    known += (known.empty() ? "" : ", ") + std::string(stem);
  }
  return Error::expected(std::string(field), "'" + std::string(id) + "'", "a shipped template (" + known + ")");
}

}  // namespace relplan
