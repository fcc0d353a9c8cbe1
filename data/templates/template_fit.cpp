// fitted_template_toml (schedule_request.hpp): a fitted template with the evidence for each value.
#include "data/templates/schedule_request.hpp"

namespace relplan {

namespace {

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& s : items) out += (out.empty() ? "" : ", ") + s;
  return out;
}

std::string signed_days(int d) { return (d >= 0 ? "+" : "") + std::to_string(d); }

// "4.19 +14, 4.20 +28, 4.21 +28 days (spread 14..28)"
std::string per_version(const std::vector<std::string>& versions, const std::vector<int>& days) {
  std::string out;
  int lo = days.front();
  int hi = days.front();
  for (std::size_t i = 0; i < versions.size(); ++i) {
    out += (i ? ", " : "") + versions[i] + " " + signed_days(days[i]);
    lo = std::min(lo, days[i]);
    hi = std::max(hi, days[i]);
  }
  return out + " days (spread " + std::to_string(lo) + ".." + std::to_string(hi) + ")";
}

std::string spread(const std::vector<int>& values) {
  const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
  return std::to_string(*lo) + ".." + std::to_string(*hi);
}

std::string series(const schedule::RcSeries& r) {
  std::string out = "RC1 " + (r.offset.amount == 0 ? "at " : schedule::to_string(r.offset) + " from ") + r.first +
                    ", every " + schedule::to_string(r.every) + " until " + r.until;
  return out + (r.count ? ", at most " + std::to_string(*r.count) : std::string());
}

}  // namespace

std::string fitted_template_toml(const FittedTemplate& f, const std::string& command) {
  TemplateNotes notes;
  const auto& t = f.fitted.milestones;
  notes.header = {"Template " + t.id + " fitted to the published schedules of " + joined(f.fit.versions) + ",",
                  "recorded with their sources in the project's [[schedule]] tables (data/projects/" + t.id + ".toml).",
                  "Each offset is the whole number of the template's unit that best reproduces the recorded dates",
                  "(planner/schedule/fit.hpp); the comment under it gives the recorded gaps per release.",
                  "Command: " + command,
                  ""};
  for (const auto& p : f.fit.phases) {
    if (p.versions.empty()) {
      notes.notes.emplace_back(p.milestone, "not fitted: no recorded schedule has both " + p.anchor + " and " +
                                                p.milestone + "; as shipped");
      continue;
    }
    notes.notes.emplace_back(p.milestone, "fitted on " + p.anchor + " -> " + p.milestone + ": " +
                                              per_version(p.versions, p.gaps) + "; total error " +
                                              std::to_string(p.total_error) + " days; shipped " +
                                              schedule::to_string(p.was));
  }
  if (const auto& r = f.fit.rcs) {
    notes.notes.emplace_back(
        "rcs", "fitted on RC tags: RC1 after " + r->fitted.first + " " + per_version(r->versions, r->rc1_days));
    notes.notes.emplace_back("rcs", "RCs per release " + joined([&] {
                                      std::vector<std::string> out;
                                      for (std::size_t i = 0; i < r->versions.size(); ++i)
                                        out.push_back(r->versions[i] + " " + std::to_string(r->counts[i]));
                                      return out;
                                    }()) +
                                        (r->gaps.empty() ? "" : "; days between RCs " + spread(r->gaps)));
    notes.notes.emplace_back("rcs", "fitted: " + series(r->fitted) + "; shipped: " + series(r->was));
  } else if (t.rcs) {
    notes.notes.emplace_back("rcs",
                             "not fitted: no recorded schedule has both RC days and " + t.rcs->first + "; as shipped");
  }
  return write_template_toml(f.fitted, notes);
}

}  // namespace relplan
