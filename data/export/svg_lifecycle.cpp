// lifecycle_svg (svg_charts.hpp): one bar per branch, general then security support.
#include <algorithm>
#include <cmath>

#include "data/export/svg_charts.hpp"
#include "data/export/svg_document.hpp"

namespace relplan {

namespace {

using svg::number;

constexpr const char* open_general_fill = "url(#relplan-open-general)";
constexpr const char* open_security_fill = "url(#relplan-open-security)";

// Diagonal stripes in the segment's colour on white: an end that is not known yet.
std::string hatch_patterns() {
  std::string out;
  for (auto [id, colour] : {std::pair{"relplan-open-general", svg::general_colour},
                            std::pair{"relplan-open-security", svg::security_colour}}) {
    out += std::string("<pattern id=\"") + id +
           "\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
           "<rect width=\"6\" height=\"6\" fill=\"#FFFFFF\"/><rect width=\"3\" height=\"6\" fill=\"" +
           colour + "\"/></pattern>\n";
  }
  return out;
}

std::string tooltip(const Branch& b) {
  std::string out = b.version + ": released " + svg::day_text(b.released);
  out += b.general_until ? ", general until " + svg::day_text(*b.general_until) : ", general support open-ended";
  out += b.security_until ? ", security until " + svg::day_text(*b.security_until) : ", security support open-ended";
  return out;
}

// The earliest release.
date::sys_days first_day(std::span<const Branch> branches) {
  date::sys_days first = branches.front().released;
  for (const auto& b : branches) first = std::min(first, b.released);
  return first;
}

// The latest day the axis must show: the last known support end or release.
date::sys_days last_day(std::span<const Branch> branches) {
  date::sys_days last = branches.front().released;
  for (const auto& b : branches) {
    last = std::max({last, b.released, b.general_until.value_or(last), b.security_until.value_or(last)});
  }
  return last;
}

struct Bar {
  const char* css_class;
  const char* fill;
  double x0;
  double x1;
};

// The coloured segments of one branch's row, left to right.
std::vector<Bar> bars_of(const Branch& b, const svg::DateScale& scale) {
  const double start = scale.x(b.released);
  if (!b.general_until) return {{"general open", open_general_fill, start, scale.right()}};
  const auto general_end = *b.general_until + date::days{1};
  std::vector<Bar> out{{"general", svg::general_colour, start, scale.x(general_end)}};
  if (!b.security_until) {
    out.push_back({"security open", open_security_fill, scale.x(general_end), scale.right()});
  } else if (*b.security_until >= general_end) {
    out.push_back({"security", svg::security_colour, scale.x(general_end), scale.x(*b.security_until + date::days{1})});
  }
  return out;
}

const UpstreamBar* upstream_of(const ChartOptions& o, const Branch& b) {
  for (const auto& u : o.upstream) {
    if (u.version == b.version && u.security_until) return &u;
  }
  return nullptr;
}

// Days the downstream branch is supported after its upstream's end; -1: its own end is open (the
// gap runs on).
int gap_days(const Branch& b, const UpstreamBar& u) {
  if (!b.security_until) return -1;
  if (*b.security_until <= *u.security_until) return 0;
  return static_cast<int>((*b.security_until - *u.security_until).count());
}

// The upstream bar and the gap under a branch's bar, and the words its title adds.
std::string upstream_bars(const Branch& b, const UpstreamBar& u, const svg::DateScale& scale, double y, double h) {
  const double x0 = std::max(scale.x(u.released), scale.x(scale.from()));
  const double x1 = scale.x(*u.security_until + date::days{1});
  std::string out;
  const auto rect = [&](const char* css, double from, double to, const char* fill) {
    out += std::string("<rect class=\"") + css + "\" x=\"" + number(from) + "\" y=\"" + number(y) + "\" width=\"" +
           number(to - from) + "\" height=\"" + number(h) + "\" fill=\"" + fill + "\"/>";
  };
  if (x1 > x0) rect("upstream", x0, x1, svg::upstream_colour);
  const int gap = gap_days(b, u);
  if (gap != 0) rect("gap", x1, gap < 0 ? scale.right() : scale.x(*b.security_until + date::days{1}), svg::gap_colour);
  return out;
}

std::string upstream_words(const Branch& b, const UpstreamBar& u) {
  const int gap = gap_days(b, u);
  const auto head = "; ships " + u.label + ", security support until " + svg::day_text(*u.security_until);
  if (gap < 0) return head + ": without it from " + svg::day_text(*u.security_until + date::days{1}) + " on";
  return head + ": " + (gap == 0 ? std::string("none") : std::to_string(gap) + (gap == 1 ? " day" : " days")) +
         " without it";
}

}  // namespace

std::string lifecycle_svg(const ScenarioResult& r, const ChartOptions& o) {
  svg::Document doc(o.width, o.title.empty() ? "Support lifecycle: " + r.name : o.title);
  const auto& branches = r.branches;
  const auto fallback = o.today.value_or(date::sys_days{});
  const auto first = branches.empty() ? fallback : first_day(branches);
  const auto last = branches.empty() ? fallback : last_day(branches);
  double label_width = 24;
  bool any_open = false;
  for (const auto& b : branches) {
    label_width = std::max(label_width, svg::text_width(b.version));
    any_open = any_open || !b.general_until || !b.security_until;
  }
  const double left = std::ceil(svg::margin + label_width + 10);
  const auto scale = svg::DateScale::whole_years(first, last, left, o.width - svg::margin);

  std::vector<svg::LegendItem> legend{{svg::LegendMark::box, svg::general_colour, "general support"},
                                      {svg::LegendMark::box, svg::security_colour, "security support"}};
  if (any_open) legend.push_back({svg::LegendMark::hatch, open_security_fill, "open end"});
  if (svg::shows_today(o.today, scale)) legend.push_back({svg::LegendMark::marker, svg::today_colour, "today"});
  if (svg::any_visible(o.shaded, scale)) legend.push_back({svg::LegendMark::band, svg::shaded_colour, o.shaded_legend});
  bool any_upstream = false;
  bool any_gap = false;
  for (const auto& b : branches) {
    if (const auto* u = upstream_of(o, b)) {
      any_upstream = true;
      any_gap = any_gap || gap_days(b, *u) != 0;
    }
  }
  if (any_upstream) legend.push_back({svg::LegendMark::box, svg::upstream_colour, "upstream security support"});
  if (any_gap) legend.push_back({svg::LegendMark::box, svg::gap_colour, "no upstream security support"});
  const double top = doc.legend(legend, doc.heading(o.subtitle)) + 26;
  const double row = o.row_height;
  const double bottom = top + row * static_cast<double>(branches.size()) + 4;

  if (any_open) doc.defs = hatch_patterns();
  doc.body += svg::shaded_bands(o.shaded, scale, top, bottom);
  doc.body += svg::year_axis(scale, top, bottom);
  const double bar_height = std::round(row * 0.64);
  doc.body += "<g class=\"branches\" font-size=\"" + number(svg::font_size) + "\" fill=\"" + svg::text_colour + "\">\n";
  for (std::size_t i = 0; i < branches.size(); ++i) {
    const auto& b = branches[i];
    const double row_top = top + 2 + row * static_cast<double>(i);
    const double bar_top = row_top + (row - bar_height) / 2;
    const auto* u = upstream_of(o, b);
    const auto title = tooltip(b) + (u ? upstream_words(b, *u) : std::string());
    doc.body += "<g class=\"branch\"><title>" + svg::escape(title) + "</title><text class=\"version\" x=\"" +
                number(left - 8) + "\" y=\"" + number(row_top + row / 2 + 4) + "\" text-anchor=\"end\">" +
                svg::escape(b.version) + "</text>";
    for (const auto& bar : bars_of(b, scale)) {
      doc.body += std::string("<rect class=\"") + bar.css_class + "\" x=\"" + number(bar.x0) + "\" y=\"" +
                  number(bar_top) + "\" width=\"" + number(bar.x1 - bar.x0) + "\" height=\"" + number(bar_height) +
                  "\" fill=\"" + bar.fill + "\"/>";
    }
    if (u) doc.body += upstream_bars(b, *u, scale, bar_top + bar_height + 1, std::max(2.0, (row - bar_height) / 2 - 1));
    doc.body += "</g>\n";
  }
  doc.body += "</g>\n";
  doc.body += svg::today_marker(o.today, scale, top, bottom);
  return doc.finish(bottom + 32);
}

}  // namespace relplan
