#include "data/export/project_json.hpp"

namespace relplan {

namespace {
nlohmann::json optional_date(const std::optional<date::sys_days>& d) {
  return d ? nlohmann::json(format_date(*d)) : nlohmann::json(nullptr);
}
template <class T>
nlohmann::json optional_value(const std::optional<T>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}
}  // namespace

nlohmann::json project_json(const Project& p) {
  const auto& c = p.cadence;
  nlohmann::json cadence{
      {"months", c.months},
      {"anchor_months", c.anchor_months},
      {"target_days",
       c.target_first_day ? nlohmann::json::array({*c.target_first_day, *c.target_last_day}) : nlohmann::json(nullptr)},
      {"weekdays", c.weekdays.to_string()},
      {"slip_policy", c.slip_policy},
      {"calendars", c.calendars},
      {"blackouts", c.blackouts},
      {"source", c.source}};
  auto policies = nlohmann::json::array();
  for (const auto& pol : p.policies) {
    policies.push_back({{"name", pol.name},
                        {"from_version", optional_value(pol.from_version)},
                        {"versions", pol.versions},
                        {"general_months", optional_value(pol.general_months)},
                        {"security_months", optional_value(pol.security_months)},
                        {"decided", format_date(pol.decided)},
                        {"source", pol.source}});
  }
  auto releases = nlohmann::json::array();
  for (const auto& r : p.releases) {
    releases.push_back({{"version", r.version},
                        {"released", format_date(r.released)},
                        {"general_until", optional_date(r.general_until)},
                        {"security_until", optional_date(r.security_until)},
                        {"source", r.source}});
  }
  return {{"id", p.id},           {"name", p.name},     {"version_scheme", p.version_scheme},
          {"sources", p.sources}, {"cadence", cadence}, {"support_policies", policies},
          {"releases", releases}};
}

nlohmann::json advisory_json(const Advisory& a) {
  nlohmann::json out{{"id", a.id},
                     {"public_utc", a.public_utc},
                     {"report_date", optional_value(a.report_date)},
                     {"fix_in_release", a.fix_in_release}};
  if (a.details) out["details"] = *a.details;
  return out;
}

}  // namespace relplan
