#pragma once
// The parts the SVG charts share (svg_charts.hpp): escaping, the document frame, the title, the
// legend, the time axis, shaded bands and the "today" marker. Internal to data/export.
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "data/export/svg_charts.hpp"
#include "data/export/svg_scale.hpp"

namespace relplan::svg {

// Palette: Okabe & Ito (2008), "Color Universal Design", colour-blind safe.
inline constexpr const char* general_colour = "#0072B2";   // blue
inline constexpr const char* security_colour = "#A6CEE8";  // the same blue, lighter
inline constexpr const char* today_colour = "#D55E00";     // vermillion
inline constexpr const char* shaded_colour = "#E3E3E3";
inline constexpr const char* upstream_colour = "#555555";  // an upstream branch's security support
inline constexpr const char* gap_colour = "#CC79A7";       // reddish purple: no upstream support
inline constexpr const char* grid_colour = "#D4D4D4";
inline constexpr const char* text_colour = "#222222";
inline constexpr const char* axis_text_colour = "#555555";
// The scenario colours: Okabe-Ito without vermillion (today's colour).
inline constexpr const char* scenario_colours[] = {"#0072B2", "#E69F00", "#009E73", "#CC79A7",
                                                   "#56B4E9", "#000000", "#F0E442"};

inline constexpr double margin = 16;
inline constexpr double font_size = 12;
inline constexpr double title_size = 16;

// Text for element content and attribute values: & < > " ' escaped; characters XML 1.0 forbids
// (controls other than tab, line feed, carriage return) and invalid UTF-8 bytes become U+FFFD.
std::string escape(std::string_view text);
// An estimate of the rendered width of `text` in px (0.6 em per character), for the layout.
double text_width(std::string_view text, double size = font_size);
// Lines of at most `width` px (estimated), broken at spaces; '\n' breaks a line. A word wider than
// the width gets a line of its own.
std::vector<std::string> wrap(std::string_view text, double size, double width);
// "2024-07-29"
std::string day_text(date::sys_days d);

enum class LegendMark { box, hatch, line, dashed_line, marker, band };
struct LegendItem {
  LegendMark mark;
  std::string colour;
  std::string text;
};

// A document under construction: add elements to `body`, then finish() with the final height.
class Document {
 public:
  Document(int width, std::string title) : width_(width), title_(std::move(title)) {}
  std::string defs;  // <defs> content (patterns), if any
  std::string body;
  // The title at the top, then the subtitle in smaller grey type (also the document's <desc>), both
  // wrapped to the width; returns the y below them.
  double heading(const std::string& subtitle);
  // The legend items in rows from y, wrapping at the right margin; returns the y below them.
  double legend(std::span<const LegendItem> items, double y);
  // The whole document: declaration, <svg> with width, height and viewBox, <title>, defs, body.
  std::string finish(double height) const;
  int width() const { return width_; }

 private:
  int width_;
  std::string title_;
  std::string subtitle_;
};

// Shaded ranges within the scale, as light grey bands from top to bottom.
std::string shaded_bands(std::span<const ShadedRange> ranges, const DateScale& scale, double top, double bottom);
// Whether any of the ranges shows on the scale.
bool any_visible(std::span<const ShadedRange> ranges, const DateScale& scale);
// Year gridlines from top to bottom and year labels centred in each year below `bottom`.
std::string year_axis(const DateScale& scale, double top, double bottom);
// A vertical marker at the start of day `today` (x(today)), labelled "today YYYY-MM-DD" above `top`;
// empty when today is outside the scale.
std::string today_marker(std::optional<date::sys_days> today, const DateScale& scale, double top, double bottom);
bool shows_today(std::optional<date::sys_days> today, const DateScale& scale);

}  // namespace relplan::svg
