// relplan compare: cadence scenarios side by side (issue 4), or continuations of a project of the
// database (--project xen [--at DATE]: its live branches first, then each cadence's plan; issue 11).
//   relplan compare --cadence 6,8,9 --first-release 2018-07-10 --releases 12 --general-months 18
//     --security-months 36 [--calendar US,GB-ENG,DE] [--blackout 12-20..01-05]... [--weekdays tue,wed,thu]
//     [--target-days 1-15] [--first-version 4.11] [--max-shift-days N] [--adjust nearest|earlier|later]
//     [--month-end clamp|reject] [--actual VERSION=DATE... --slip shift_grid|keep_grid]
//     [--format table|json|csv]
// The scenario flags are shared with `relplan chart` (cli/scenario_flags.hpp); every bad value gets
// one kind of message on stderr, naming the flag, the value and the rule:
// "relplan compare: --cadence: expected months 1..36, saw 0".
#include "cli/compare_table.hpp"
#include "cli/scenario_flags.hpp"
#include "data/export/compare_csv.hpp"
#include "data/export/compare_json.hpp"
#include "planner/scenario.hpp"

namespace relplan::cli {

namespace {

struct CompareArgs {
  ScenarioFlags scenario;
  std::string format = "table";
};

// "on 2026-12-03, 8 months: 6 branches in security support (4.17, ..., 4.22), 3 in general support (...)"
std::string supported_on(const std::vector<ScenarioResult>& results, date::sys_days day) {
  std::string out;
  for (const auto& r : results) {
    std::string security, general;
    int s = 0, g = 0;
    for (const auto& b : r.branches) {
      if (b.released > day) continue;
      if (!b.security_until || *b.security_until >= day) security += (s++ ? ", " : "") + b.version;
      if (!b.general_until || *b.general_until >= day) general += (g++ ? ", " : "") + b.version;
    }
    out += "on " + format_date(day) + ", ";
    out += r.name + ": " + std::to_string(s) + " branches in security support (" + security + "), ";
    out += std::to_string(g) + " in general support (" + general + ")\n";
  }
  return out;
}

// A continuation's releases planned before --at have no actual date in the database: the plan is
// stale there ("warning: 12 months: 3.15: planned date 2026-10-01 is already past (on 2026-12-03)").
void warn_past(const std::vector<ScenarioResult>& results, date::sys_days day) {
  for (const auto& r : results) {
    for (const auto& p : r.releases) {
      if (p.actual || p.planned >= day) continue;
      std::cerr << "relplan compare: warning: " << r.name << ": " << p.version << ": planned date "
                << format_date(p.planned) << " is already past (on " << format_date(day)
                << "); record it with relplan release actual\n";
    }
  }
}

int run_compare(const CompareArgs& a) {
  const std::string cmd = "compare";
  auto format = parse_choice<int>(a.format, "--format", {{"table", 0}, {"json", 1}, {"csv", 2}});
  if (!format) return fail(cmd, format.error());
  auto scenarios = scenarios_of(a.scenario);
  if (!scenarios) return fail(cmd, scenarios.error());
  auto results = compare_scenarios(*scenarios);
  if (!results) return fail(cmd, results.error());
  if (!scenarios->front().existing.empty()) warn_past(*results, a.scenario.day().value());
  if (*format == 1) {
    std::cout << compare_json(*results).dump(2) << "\n";
  } else if (*format == 2) {
    std::cout << compare_csv(*results);
  } else {
    std::cout << "relplan compare: " << describe(a.scenario, scenarios->front());
    if (!scenarios->front().existing.empty()) std::cout << supported_on(*results, a.scenario.day().value());
    std::cout << "\n" << compare_table(*results);
  }
  return success;
}

}  // namespace

void add_compare_command(CLI::App& app) {
  auto args = std::make_shared<CompareArgs>();
  auto* sub = app.add_subcommand("compare",
                                 "Compare cadence scenarios side by side: release dates, supported branches, metrics");
  args->scenario.add_to(sub);
  sub->add_option("--format", args->format, "table, json or csv (default: table)");
  args->scenario.calendars.add_to(sub);
  on_run(sub, [args] { return run_compare(*args); });
}

}  // namespace relplan::cli
