// relplan chart: cadence scenarios as SVG charts (data/export/svg_charts.hpp).
//   relplan chart lifecycle|concurrency <the scenario flags of relplan compare> [--today YYYY-MM-DD]
//     [--width PX] --out FILE.svg
// concurrency: one chart with every cadence, written to FILE.svg.
// lifecycle: one chart per cadence. With one cadence it is FILE.svg; with several, one file per
//   cadence named after it: --cadence 6,8,9 --out xen.svg writes xen-6m.svg, xen-8m.svg, xen-9m.svg.
// The charts shade the --blackout windows of the team calendar. Without --today there is no "today"
// marker: the command never reads the clock, so the same flags give the same bytes. It prints the
// files it wrote, one a line. Errors exit 2 with "relplan chart: <message>" on stderr, before any
// file is written (except a file that cannot be written).
#include <fstream>

#include "cli/scenario_flags.hpp"
#include "data/export/svg_charts.hpp"

namespace relplan::cli {

namespace {

struct ChartArgs {
  std::string chart;
  ScenarioFlags scenario;
  std::string today;
  std::string width = "960";
  std::string out;
};

enum class ChartKind { lifecycle, concurrency };

struct OutputFile {
  std::string path;
  std::string svg;
};

// "xen.svg" for cadence 8 months -> "xen-8m.svg".
std::string path_for(const std::string& out, const Cadence& c) {
  const std::string unit = c.unit == Cadence::Unit::months ? "m" : "w";
  return out.substr(0, out.size() - 4) + "-" + std::to_string(c.count) + unit + ".svg";
}

std::vector<OutputFile> render(ChartKind kind, const std::vector<ScenarioResult>& results, ChartOptions options,
                               const std::string& out) {
  if (kind == ChartKind::concurrency) {
    std::string names;
    for (std::size_t i = 0; i < results.size(); ++i) {
      names += (i == 0 ? "" : i + 1 == results.size() ? " and " : ", ") + results[i].name;
    }
    options.title = "Supported branches over time: " + names;
    return {{out, concurrency_svg(results, options)}};
  }
  std::vector<OutputFile> files;
  for (const auto& r : results) {
    options.title = "Support lifecycle: " + r.name + " cadence";
    files.push_back({results.size() == 1 ? out : path_for(out, r.cadence), lifecycle_svg(r, options)});
  }
  return files;
}

// Given as '' (CHART, --out, --today), a value is checked like any other: no default, no "required".
int run_chart(const CLI::App* sub, const ChartArgs& a) {
  const std::string cmd = "chart";
  auto chart_text = given(sub, "CHART") ? a.chart : require(a.chart, "CHART", "lifecycle or concurrency");
  if (!chart_text) return fail(cmd, chart_text.error());
  auto kind = parse_choice<ChartKind>(*chart_text, "CHART",
                                      {{"lifecycle", ChartKind::lifecycle}, {"concurrency", ChartKind::concurrency}});
  if (!kind) return fail(cmd, kind.error());
  auto out = given(sub, "--out") ? a.out : require(a.out, "--out", "the SVG file to write, e.g. chart.svg");
  if (!out) return fail(cmd, out.error());
  if (out->size() <= 4 || !out->ends_with(".svg")) {
    return fail(cmd, Error::expected("--out", "'" + *out + "'", "a file name ending in .svg"));
  }
  auto width = parse_int(a.width, "--width", 480, 4000, "480..4000 px");
  if (!width) return fail(cmd, width.error());
  ChartOptions options;
  options.width = *width;
  auto today = optional_date_option(sub, "--today", a.today);
  if (!today) return fail(cmd, today.error());
  options.today = *today;
  auto scenarios = scenarios_of(a.scenario);
  if (!scenarios) return fail(cmd, scenarios.error());
  auto results = compare_scenarios(*scenarios);
  if (!results) return fail(cmd, results.error());
  if (const auto& team = scenarios->front().train.calendar) {
    options.shaded = blackout_ranges(*team, team->first_day(), team->last_day());  // clipped to the chart's years
  }
  options.subtitle = describe(a.scenario, scenarios->front());
  options.subtitle.pop_back();  // the last '\n'
  for (const auto& file : render(*kind, *results, options, *out)) {
    std::ofstream stream(file.path, std::ios::binary);
    stream << file.svg;
    stream.close();
    if (!stream) return fail(cmd, Error::expected("--out", "'" + file.path + "'", "a writable file"));
    std::cout << file.path << "\n";
  }
  return success;
}

}  // namespace

void add_chart_command(CLI::App& app) {
  auto args = std::make_shared<ChartArgs>();
  auto* sub = app.add_subcommand(
      "chart", "Draw cadence scenarios as SVG: branch support lifecycles, or supported branches over time");
  sub->add_option("CHART", args->chart,
                  "lifecycle (one file per cadence: FILE-6m.svg, ... when several) or concurrency (one file) "
                  "(required)");
  args->scenario.add_to(sub);
  sub->add_option("--today", args->today, "Mark this day on the chart, YYYY-MM-DD (default: no marker)");
  sub->add_option("--width", args->width, "Chart width in px, 480..4000 (default: 960)");
  sub->add_option("--out", args->out, "The SVG file to write, e.g. chart.svg (required)");
  args->scenario.calendars.add_to(sub);
  on_run(sub, [sub, args] { return run_chart(sub, *args); });
}

}  // namespace relplan::cli
