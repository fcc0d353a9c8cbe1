#include "cli/compare_table.hpp"

#include <algorithm>

#include <cstdio>
#include <functional>

#include "cli/table.hpp"
#include "data/export/compare_csv.hpp"
#include "data/export/compare_json.hpp"

namespace relplan::cli {

namespace {

std::string fixed(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}
template <class T>
std::string or_na(const std::optional<T>& v) {
  if (!v) return "n/a";
  if constexpr (std::is_same_v<T, double>) {
    return fixed(*v);
  } else {
    return std::to_string(*v);
  }
}

std::string metrics_table(std::span<const ScenarioResult> results) {
  using Cell = std::function<std::string(const ScenarioResult&)>;
  const std::vector<std::pair<std::string, Cell>> metrics{
      {"releases_per_year", [](const ScenarioResult& s) { return fixed(s.metrics.releases_per_year); }},
      {"release_months",
       [](const ScenarioResult& s) {
         std::string out;
         for (auto m : s.metrics.release_months) out += (out.empty() ? "" : ", ") + month_name(m);
         return out;
       }},
      {"distinct_release_months",
       [](const ScenarioResult& s) { return std::to_string(s.metrics.distinct_release_months); }},
      {"steady_state",
       [](const ScenarioResult& s) {
         const auto& w = s.metrics.steady_state;
         return w ? format_date(w->from) + ".." + format_date(w->to) : std::string("empty");
       }},
      {"max_security_supported", [](const ScenarioResult& s) { return or_na(s.metrics.max_security_supported); }},
      {"max_security_supported_days",
       [](const ScenarioResult& s) { return or_na(s.metrics.max_security_supported_days); }},
      {"p95_security_supported", [](const ScenarioResult& s) { return or_na(s.metrics.p95_security_supported); }},
      {"mean_security_supported", [](const ScenarioResult& s) { return or_na(s.metrics.mean_security_supported); }},
      {"max_general_supported", [](const ScenarioResult& s) { return or_na(s.metrics.max_general_supported); }},
      {"max_general_supported_days",
       [](const ScenarioResult& s) { return or_na(s.metrics.max_general_supported_days); }},
      {"mean_general_supported", [](const ScenarioResult& s) { return or_na(s.metrics.mean_general_supported); }},
      {"backports_per_fix", [](const ScenarioResult& s) { return or_na(s.metrics.backports_per_fix); }},
      {"branch_months_per_year", [](const ScenarioResult& s) { return or_na(s.metrics.branch_months_per_year); }},
      {"releases_shifted", [](const ScenarioResult& s) { return std::to_string(s.metrics.releases_shifted); }},
      {"max_shift_days", [](const ScenarioResult& s) { return std::to_string(s.metrics.max_shift_days); }},
      {"last_release",
       [](const ScenarioResult& s) {
         const auto& r = s.releases.back();
         return r.version + " " + format_date(r.planned);
       }},
  };
  std::vector<std::string> header{"metric"};
  for (const auto& s : results) header.push_back(s.name);
  std::vector<std::vector<std::string>> rows;
  for (const auto& [name, cell] : metrics) {
    std::vector<std::string> row{name};
    for (const auto& s : results) row.push_back(cell(s));
    rows.push_back(std::move(row));
  }
  std::string out = render_table(header, rows);
  for (const auto& s : results) {
    for (const auto& note : s.metrics.notes) out += "note (" + s.name + "): " + note + "\n";
  }
  return out;
}

std::string end_text(const std::optional<date::sys_days>& d) { return d ? format_date(*d) : std::string("open"); }

// The releases of the train; an actual date shows in place of the planned one, marked "(actual)".
std::string release_table(const ScenarioResult& s) {
  std::vector<std::vector<std::string>> rows;
  for (const auto& r : s.releases) {
    const auto b =
        std::find_if(s.branches.begin(), s.branches.end(), [&](const Branch& x) { return x.version == r.version; });
    const bool has = b != s.branches.end();
    rows.push_back({r.version, format_date(r.nominal),
                    r.actual ? format_date(*r.actual) + " (actual)" : format_date(r.planned),
                    r.actual ? "" : std::to_string(r.shift_days), has ? end_text(b->general_until) : "",
                    has ? end_text(b->security_until) : "", r.actual ? "" : reasons_text(r.reasons)});
  }
  return s.name + ": releases\n" +
         render_table({"version", "nominal", "planned", "shift", "general_until", "security_until", "reasons"}, rows);
}

// A continuation's branches released before its train (none for other scenarios: empty text).
std::string existing_table(const ScenarioResult& s) {
  std::vector<std::vector<std::string>> rows;
  for (const auto& b : s.branches) {
    const bool planned = std::any_of(s.releases.begin(), s.releases.end(),
                                     [&](const PlannedRelease& r) { return r.version == b.version; });
    if (planned) continue;
    rows.push_back({b.version, format_date(b.released), end_text(b.general_until), end_text(b.security_until),
                    b.security_policy, b.basis});
  }
  if (rows.empty()) return "";
  return s.name + ": existing branches\n" +
         render_table({"version", "released", "general_until", "security_until", "security_policy", "basis"}, rows) +
         "\n";
}

}  // namespace

std::string compare_table(std::span<const ScenarioResult> results) {
  std::string out = metrics_table(results);
  for (const auto& s : results) out += "\n" + existing_table(s) + release_table(s);
  return out;
}

}  // namespace relplan::cli
