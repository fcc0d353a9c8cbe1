// concurrency_svg (svg_charts.hpp): supported branches over time, one step line per scenario.
#include <algorithm>
#include <iterator>

#include "data/export/svg_charts.hpp"
#include "data/export/svg_document.hpp"

namespace relplan {

namespace {

using svg::number;

// "1 branch", "3 branches".
std::string branches(int n) { return std::to_string(n) + (n == 1 ? " branch" : " branches"); }

struct Plot {
  svg::DateScale x;
  svg::CountScale y;
};

// The step line of one count: 0 before the first step, then each step's count from its day on.
std::string step_path(std::span<const TimelineStep> timeline, int TimelineStep::*count, const Plot& p, double lift) {
  std::string d = "M" + number(p.x.left()) + " " + number(p.y.y(0) - lift);
  int previous = 0;
  for (const auto& step : timeline) {
    if (step.*count == previous) continue;
    d += "H" + number(p.x.x(p.x.clip(step.date))) + "V" + number(p.y.y(step.*count) - lift);
    previous = step.*count;
  }
  return d + "H" + number(p.x.right());
}

// Invisible hover targets along the security line, one per step with branches alive.
std::string step_tooltips(const ScenarioResult& r, const Plot& p, double lift) {
  std::string out;
  for (std::size_t i = 0; i < r.timeline.size(); ++i) {
    const auto& s = r.timeline[i];
    if (s.security_supported == 0 && s.general_supported == 0) continue;
    const bool last = i + 1 == r.timeline.size();
    const auto end = last ? p.x.to() : r.timeline[i + 1].date;
    const std::string when = last ? "from " + svg::day_text(s.date) + " on"
                                  : svg::day_text(s.date) + ".." + svg::day_text(end - date::days{1});
    const double y = p.y.y(s.security_supported) - lift;
    out += "<line class=\"step\" x1=\"" + number(p.x.x(p.x.clip(s.date))) + "\" y1=\"" + number(y) + "\" x2=\"" +
           number(p.x.x(p.x.clip(end))) + "\" y2=\"" + number(y) +
           "\" stroke=\"#000000\" stroke-opacity=\"0\" stroke-width=\"10\"><title>" +
           svg::escape(r.name + ", " + when + ": " + branches(s.security_supported) + " with security support, " +
                       std::to_string(s.general_supported) + " with general support") +
           "</title></line>\n";
  }
  return out;
}

std::string count_axis(const Plot& p) {
  std::string out = "<g class=\"count-axis\" font-size=\"" + number(svg::font_size) + "\" fill=\"" +
                    svg::axis_text_colour + "\" text-anchor=\"end\">\n";
  for (int v : p.y.ticks()) {
    const double y = p.y.y(v);
    out += "<line class=\"count-tick\" x1=\"" + number(p.x.left() - 4) + "\" y1=\"" + number(y) + "\" x2=\"" +
           number(p.x.right()) + "\" y2=\"" + number(y) + "\" stroke=\"" + svg::grid_colour + "\"/>";
    out += "<text class=\"count-label\" x=\"" + number(p.x.left() - 8) + "\" y=\"" + number(y + 4) + "\">" +
           std::to_string(v) + "</text>\n";
  }
  const double mid_y = (p.y.y(0) + p.y.y(p.y.top())) / 2;
  const double title_x = svg::margin + svg::font_size;
  out += "<text class=\"axis-title\" x=\"" + number(title_x) + "\" y=\"" + number(mid_y) +
         "\" text-anchor=\"middle\" transform=\"rotate(-90 " + number(title_x) + " " + number(mid_y) +
         ")\">branches supported</text>\n";
  out += "</g>\n";
  return out;
}

}  // namespace

std::string concurrency_svg(std::span<const ScenarioResult> results, const ChartOptions& o) {
  svg::Document doc(o.width, o.title.empty() ? "Supported branches over time" : o.title);
  std::optional<date::sys_days> first, last;
  int max_count = 0;
  for (const auto& r : results) {
    if (r.timeline.empty()) continue;
    first = std::min(first.value_or(r.timeline.front().date), r.timeline.front().date);
    last = std::max(last.value_or(r.timeline.back().date), r.timeline.back().date);
    for (const auto& s : r.timeline) max_count = std::max({max_count, s.security_supported, s.general_supported});
  }
  const auto fallback = o.today.value_or(date::sys_days{});
  const double left = svg::margin + 2 * svg::font_size + 20;
  const auto x =
      svg::DateScale::whole_years(first.value_or(fallback), last.value_or(fallback), left, o.width - svg::margin);

  std::vector<svg::LegendItem> legend;
  const auto colours = std::size(svg::scenario_colours);
  for (std::size_t i = 0; i < results.size(); ++i) {
    legend.push_back({svg::LegendMark::line, svg::scenario_colours[i % colours], results[i].name});
  }
  legend.push_back({svg::LegendMark::line, svg::axis_text_colour, "security support"});
  legend.push_back({svg::LegendMark::dashed_line, svg::axis_text_colour, "general support"});
  if (svg::shows_today(o.today, x)) legend.push_back({svg::LegendMark::marker, svg::today_colour, "today"});
  if (svg::any_visible(o.shaded, x)) legend.push_back({svg::LegendMark::band, svg::shaded_colour, o.shaded_legend});
  const double top = doc.legend(legend, doc.heading(o.subtitle)) + 26;
  const double bottom = top + o.plot_height;
  const Plot plot{x, svg::CountScale(max_count, bottom, top)};

  doc.body += svg::shaded_bands(o.shaded, x, top, bottom);
  doc.body += count_axis(plot);
  doc.body += svg::year_axis(x, top, bottom);
  for (std::size_t i = 0; i < results.size(); ++i) {
    const auto& r = results[i];
    const std::string colour = svg::scenario_colours[i % colours];
    const double lift = 2.0 * (static_cast<double>(i) - static_cast<double>(results.size() - 1) / 2);
    int max_security = 0, max_general = 0;
    for (const auto& s : r.timeline) {
      max_security = std::max(max_security, s.security_supported);
      max_general = std::max(max_general, s.general_supported);
    }
    doc.body += "<g class=\"scenario\"><title>" +
                svg::escape(r.name + ": up to " + branches(max_security) + " with security support, " +
                            std::to_string(max_general) + " with general support") +
                "</title>\n";
    doc.body += "<path class=\"general-line\" d=\"" +
                step_path(r.timeline, &TimelineStep::general_supported, plot, lift) + "\" fill=\"none\" stroke=\"" +
                colour + "\" stroke-width=\"1.5\" stroke-dasharray=\"5 3\"/>\n";
    doc.body += "<path class=\"security-line\" d=\"" +
                step_path(r.timeline, &TimelineStep::security_supported, plot, lift) + "\" fill=\"none\" stroke=\"" +
                colour + "\" stroke-width=\"2.25\"/>\n";
    doc.body += step_tooltips(r, plot, lift);
    doc.body += "</g>\n";
  }
  doc.body += svg::today_marker(o.today, x, top, bottom);
  return doc.finish(bottom + 32);
}

}  // namespace relplan
