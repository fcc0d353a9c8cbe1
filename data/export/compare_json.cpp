#include "data/export/compare_json.hpp"

namespace relplan {

namespace {

using json = nlohmann::ordered_json;

template <class T>
json or_null(const std::optional<T>& v) {
  return v ? json(*v) : json(nullptr);
}
json date_or_null(const std::optional<date::sys_days>& d) { return d ? json(format_date(*d)) : json(nullptr); }

json release_json(const PlannedRelease& r) {
  auto reasons = json::array();
  for (const auto& why : r.reasons) {
    reasons.push_back({{"date", format_date(why.day)}, {"rule", to_string(why.rule)}, {"text", why.text}});
  }
  json out{{"version", r.version},
           {"nominal", format_date(r.nominal)},
           {"planned", format_date(r.planned)},
           {"shift_days", r.shift_days},
           {"reasons", std::move(reasons)}};
  if (r.actual) out["actual"] = format_date(*r.actual);
  return out;
}

json branch_json(const Branch& b) {
  return {{"version", b.version},
          {"released", format_date(b.released)},
          {"general_until", date_or_null(b.general_until)},
          {"security_until", date_or_null(b.security_until)},
          {"general_policy", b.general_policy},
          {"security_policy", b.security_policy}};
}

json metrics_json(const Metrics& m) {
  auto months = json::array();
  for (auto month : m.release_months) months.push_back(month_name(month));
  json steady = m.steady_state
                    ? json{{"from", format_date(m.steady_state->from)}, {"to", format_date(m.steady_state->to)}}
                    : json(nullptr);
  return {{"releases_per_year", m.releases_per_year},
          {"distinct_release_months", m.distinct_release_months},
          {"release_months", std::move(months)},
          {"steady_state", std::move(steady)},
          {"max_security_supported", or_null(m.max_security_supported)},
          {"mean_security_supported", or_null(m.mean_security_supported)},
          {"max_general_supported", or_null(m.max_general_supported)},
          {"mean_general_supported", or_null(m.mean_general_supported)},
          {"releases_shifted", m.releases_shifted},
          {"max_shift_days", m.max_shift_days},
          {"backports_per_fix", or_null(m.backports_per_fix)},
          {"branch_months_per_year", or_null(m.branch_months_per_year)},
          {"notes", m.notes}};
}

}  // namespace

std::string month_name(date::month m) { return date::format("%b", m); }

json compare_json(std::span<const ScenarioResult> results) {
  auto scenarios = json::array();
  for (const auto& s : results) {
    json item{{"name", s.name}};
    if (s.cadence.unit == Cadence::Unit::months) {
      item["cadence_months"] = s.cadence.count;
    } else {
      item["cadence_months"] = nullptr;
      item["cadence_weeks"] = s.cadence.count;
    }
    auto& releases = item["releases"] = json::array();
    for (const auto& r : s.releases) releases.push_back(release_json(r));
    auto& branches = item["branches"] = json::array();
    for (const auto& b : s.branches) branches.push_back(branch_json(b));
    auto& timeline = item["timeline"] = json::array();
    for (const auto& t : s.timeline) {
      timeline.push_back({{"date", format_date(t.date)},
                          {"general_supported", t.general_supported},
                          {"security_supported", t.security_supported}});
    }
    item["metrics"] = metrics_json(s.metrics);
    scenarios.push_back(std::move(item));
  }
  return {{"scenarios", std::move(scenarios)}};
}

}  // namespace relplan
