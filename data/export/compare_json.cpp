#include "data/export/compare_json.hpp"

#include "data/export/json_writer.hpp"

namespace relplan {

namespace {

void day_or_null(JsonWriter& w, std::string_view key, const std::optional<date::sys_days>& d) {
  w.key(key);
  if (d) {
    w.value(format_date(*d));
  } else {
    w.null();
  }
}

void release_json(JsonWriter& w, const PlannedRelease& r) {
  w.begin_object();
  w.field("version", r.version);
  w.field("nominal", format_date(r.nominal));
  w.field("planned", format_date(r.planned));
  w.field("shift_days", r.shift_days);
  w.key("reasons");
  w.begin_array();
  for (const auto& why : r.reasons) {
    w.begin_object();
    w.field("date", format_date(why.day));
    w.field("rule", to_string(why.rule));
    w.field("text", why.text);
    w.end_object();
  }
  w.end_array();
  if (r.actual) w.field("actual", format_date(*r.actual));
  w.end_object();
}

void branch_json(JsonWriter& w, const Branch& b) {
  w.begin_object();
  w.field("version", b.version);
  w.field("released", format_date(b.released));
  day_or_null(w, "general_until", b.general_until);
  day_or_null(w, "security_until", b.security_until);
  w.field("general_policy", b.general_policy);
  w.field("security_policy", b.security_policy);
  w.field("basis", b.basis);
  w.end_object();
}

void metrics_json(JsonWriter& w, const Metrics& m) {
  w.begin_object();
  w.field("releases_per_year", m.releases_per_year);
  w.field("distinct_release_months", m.distinct_release_months);
  w.key("release_months");
  w.begin_array();
  for (auto month : m.release_months) w.value(month_name(month));
  w.end_array();
  w.key("steady_state");
  if (m.steady_state) {
    w.begin_object();
    w.field("from", format_date(m.steady_state->from));
    w.field("to", format_date(m.steady_state->to));
    w.end_object();
  } else {
    w.null();
  }
  w.field("max_security_supported", m.max_security_supported);
  w.field("max_security_supported_days", m.max_security_supported_days);
  w.field("p95_security_supported", m.p95_security_supported);
  w.field("mean_security_supported", m.mean_security_supported);
  w.field("max_general_supported", m.max_general_supported);
  w.field("max_general_supported_days", m.max_general_supported_days);
  w.field("mean_general_supported", m.mean_general_supported);
  w.field("releases_shifted", m.releases_shifted);
  w.field("max_shift_days", m.max_shift_days);
  w.field("backports_per_fix", m.backports_per_fix);
  w.field("branch_months_per_year", m.branch_months_per_year);
  w.key("notes");
  w.begin_array();
  for (const auto& n : m.notes) w.value(n);
  w.end_array();
  w.end_object();
}

}  // namespace

std::string month_name(date::month m) {
  static constexpr const char* names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  return names[static_cast<unsigned>(m) - 1];
}

std::string compare_json_text(std::span<const ScenarioResult> results) {
  JsonWriter w;
  w.begin_object();
  w.key("scenarios");
  w.begin_array();
  for (const auto& s : results) {
    w.begin_object();
    w.field("name", s.name);
    if (s.cadence.unit == Cadence::Unit::months) {
      w.field("cadence_months", s.cadence.count);
    } else {
      w.key("cadence_months");
      w.null();
      w.field("cadence_weeks", s.cadence.count);
    }
    w.key("releases");
    w.begin_array();
    for (const auto& r : s.releases) release_json(w, r);
    w.end_array();
    w.key("branches");
    w.begin_array();
    for (const auto& b : s.branches) branch_json(w, b);
    w.end_array();
    w.key("timeline");
    w.begin_array();
    for (const auto& t : s.timeline) {
      w.begin_object();
      w.field("date", format_date(t.date));
      w.field("general_supported", t.general_supported);
      w.field("security_supported", t.security_supported);
      w.end_object();
    }
    w.end_array();
    w.key("metrics");
    metrics_json(w, s.metrics);
    w.end_object();
  }
  w.end_array();
  w.end_object();
  return w.text();
}

nlohmann::ordered_json compare_json(std::span<const ScenarioResult> results) {
  return nlohmann::ordered_json::parse(compare_json_text(results));
}

}  // namespace relplan
