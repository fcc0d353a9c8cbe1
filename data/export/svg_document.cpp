#include "data/export/svg_document.hpp"

#include <algorithm>

#include "calendars/types.hpp"

namespace relplan::svg {

namespace {

const std::string replacement = "\xEF\xBF\xBD";  // U+FFFD

// The length of the valid UTF-8 sequence of a non-ASCII character starting at s[i], or 0. Rejects
// overlong forms, surrogates, code points above U+10FFFF and U+FFFE/U+FFFF (not XML characters).
std::size_t utf8_length(std::string_view s, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
  const unsigned char c = byte(0);
  std::size_t n = 0;
  unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (c >= 0xC2 && c <= 0xDF) {
    n = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    n = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  }
  if (n == 0 || i + n > s.size() || byte(1) < lo || byte(1) > hi) return 0;
  for (std::size_t k = 2; k < n; ++k) {
    if (byte(k) < 0x80 || byte(k) > 0xBF) return 0;
  }
  if (n == 3 && c == 0xEF && byte(1) == 0xBF && byte(2) >= 0xBE) return 0;
  return n;
}

std::string attr(const char* name, double v) { return std::string(" ") + name + "=\"" + number(v) + "\""; }

std::string legend_mark(const LegendItem& item, double x, double y) {
  switch (item.mark) {
    case LegendMark::box:
      return "<rect" + attr("x", x) + attr("y", y - 5) + " width=\"18\" height=\"10\" fill=\"" + item.colour + "\"/>";
    case LegendMark::hatch:
      return "<rect" + attr("x", x) + attr("y", y - 5) + " width=\"18\" height=\"10\" fill=\"" + item.colour +
             "\" stroke=\"" + security_colour + "\"/>";
    case LegendMark::line:
    case LegendMark::dashed_line:
      return "<line" + attr("x1", x) + attr("y1", y) + attr("x2", x + 18) + attr("y2", y) + " stroke=\"" + item.colour +
             "\" stroke-width=\"2.25\"" + (item.mark == LegendMark::dashed_line ? " stroke-dasharray=\"5 3\"" : "") +
             "/>";
    case LegendMark::marker:
      return "<line" + attr("x1", x + 9) + attr("y1", y - 7) + attr("x2", x + 9) + attr("y2", y + 7) + " stroke=\"" +
             item.colour + "\" stroke-width=\"2\"/>";
    case LegendMark::band:
      return "<rect" + attr("x", x + 4) + attr("y", y - 7) + " width=\"10\" height=\"14\" fill=\"" + item.colour +
             "\"/>";
  }
  return {};
}

}  // namespace

std::string escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const char c = text[i];
    if (static_cast<unsigned char>(c) >= 0x80) {
      const std::size_t n = utf8_length(text, i);
      out += n == 0 ? replacement : std::string(text.substr(i, n));
      i += std::max<std::size_t>(n, 1);
      continue;
    }
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') {
          out += replacement;
        } else {
          out += c;
        }
    }
    ++i;
  }
  return out;
}

double text_width(std::string_view text, double size) {
  const auto chars = std::count_if(text.begin(), text.end(), [](char c) { return (c & 0xC0) != 0x80; });
  return 0.6 * size * static_cast<double>(chars);
}

std::string day_text(date::sys_days d) { return format_date(d); }

std::vector<std::string> wrap(std::string_view text, double size, double width) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto end = std::min(text.find('\n', start), text.size());
    std::string line;
    for (std::size_t word = start; word < end;) {
      const auto space = std::min(text.find(' ', word), end);
      const auto next = text.substr(word, space - word);
      if (!line.empty() && text_width(line, size) + text_width(" ", size) + text_width(next, size) > width) {
        lines.push_back(line);
        line.clear();
      }
      if (!line.empty()) line += ' ';
      line += next;
      word = space + 1;
    }
    if (!line.empty()) lines.push_back(line);
    start = end + 1;
  }
  return lines;
}

double Document::heading(const std::string& subtitle) {
  subtitle_ = subtitle;
  const double width = width_ - 2 * margin;
  double y = margin;
  for (const auto& line : wrap(title_, title_size * 1.05, width)) {  // bold: a little wider
    y += title_size + 2;
    body += "<text class=\"title\"" + attr("x", margin) + attr("y", y) + " font-size=\"" + number(title_size) +
            "\" font-weight=\"600\" fill=\"" + text_colour + "\">" + escape(line) + "</text>\n";
  }
  for (const auto& line : wrap(subtitle, font_size, width)) {
    y += font_size + 5;
    body += "<text class=\"subtitle\"" + attr("x", margin) + attr("y", y) + " font-size=\"" + number(font_size) +
            "\" fill=\"" + axis_text_colour + "\">" + escape(line) + "</text>\n";
  }
  return y + 10;
}

double Document::legend(std::span<const LegendItem> items, double y) {
  if (items.empty()) return y;
  const double row = 20;
  double x = margin;
  y += row / 2;
  body += "<g class=\"legend\" font-size=\"" + number(font_size) + "\" fill=\"" + text_colour + "\">\n";
  for (const auto& item : items) {
    const double w = 18 + 6 + text_width(item.text) + 20;
    if (x > margin && x + w > width_ - margin) {
      x = margin;
      y += row;
    }
    body += "<g class=\"legend-item\">" + legend_mark(item, x, y) + "<text" + attr("x", x + 24) + attr("y", y + 4) +
            ">" + escape(item.text) + "</text></g>\n";
    x += w;
  }
  body += "</g>\n";
  return y + row / 2;
}

std::string Document::finish(double height) const {
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + std::to_string(width_) + "\" height=\"" +
         number(height) + "\" viewBox=\"0 0 " + std::to_string(width_) + " " + number(height) +
         "\" font-family=\"system-ui, sans-serif\" role=\"img\">\n";
  out += "<title>" + escape(title_) + "</title>\n";
  if (!subtitle_.empty()) out += "<desc>" + escape(subtitle_) + "</desc>\n";
  if (!defs.empty()) out += "<defs>\n" + defs + "</defs>\n";
  out += "<rect class=\"background\" width=\"100%\" height=\"100%\" fill=\"#FFFFFF\"/>\n";
  out += body;
  out += "</svg>\n";
  return out;
}

bool any_visible(std::span<const ShadedRange> ranges, const DateScale& scale) {
  return std::any_of(ranges.begin(), ranges.end(), [&](const ShadedRange& r) {
    return r.from < scale.to() && r.to >= scale.from() && r.from <= r.to;
  });
}

std::string shaded_bands(std::span<const ShadedRange> ranges, const DateScale& scale, double top, double bottom) {
  std::string out;
  for (const auto& r : ranges) {
    if (r.from > r.to || r.from >= scale.to() || r.to < scale.from()) continue;
    const double x0 = scale.x(scale.clip(r.from));
    const double x1 = scale.x(scale.clip(r.to + date::days{1}));
    out += "<rect class=\"shaded\"" + attr("x", x0) + attr("y", top) + attr("width", x1 - x0) +
           attr("height", bottom - top) + " fill=\"" + shaded_colour + "\"><title>" +
           escape(r.label + ": " + day_text(r.from) + ".." + day_text(r.to)) + "</title></rect>\n";
  }
  return out;
}

std::string year_axis(const DateScale& scale, double top, double bottom) {
  const auto ticks = scale.year_ticks();
  std::string out = "<g class=\"time-axis\" font-size=\"" + number(font_size) + "\" fill=\"" + axis_text_colour +
                    "\" text-anchor=\"middle\">\n";
  for (auto t : ticks) {
    out += "<line class=\"year-tick\"" + attr("x1", scale.x(t)) + attr("y1", top) + attr("x2", scale.x(t)) +
           attr("y2", bottom + 4) + " stroke=\"" + grid_colour + "\"/>\n";
  }
  // Every k-th year is labelled, k the smallest of 1, 2, 5, 10, 20, 50 that leaves >= 44 px per label.
  double per_year = ticks.size() >= 2 ? scale.x(ticks[1]) - scale.x(ticks[0]) : scale.right() - scale.left();
  int every = 1;
  for (int k : {1, 2, 5, 10, 20, 50}) {
    every = k;
    if (per_year * k >= 44) break;
  }
  for (std::size_t i = 0; i + 1 < ticks.size(); ++i) {
    const int year = static_cast<int>(date::year_month_day{ticks[i]}.year());
    if (year % every != 0) continue;
    const double mid = (scale.x(ticks[i]) + scale.x(ticks[i + 1])) / 2;
    out += "<text class=\"year-label\"" + attr("x", mid) + attr("y", bottom + 17) + ">" + std::to_string(year) +
           "</text>\n";
  }
  out += "<line class=\"axis\"" + attr("x1", scale.left()) + attr("y1", bottom) + attr("x2", scale.right()) +
         attr("y2", bottom) + " stroke=\"" + axis_text_colour + "\"/>\n";
  out += "</g>\n";
  return out;
}

bool shows_today(std::optional<date::sys_days> today, const DateScale& scale) {
  return today && scale.contains(*today);
}

std::string today_marker(std::optional<date::sys_days> today, const DateScale& scale, double top, double bottom) {
  if (!shows_today(today, scale)) return {};
  const std::string label = "today " + day_text(*today);
  const double x = scale.x(*today);
  const double half = text_width(label) / 2;
  const char* anchor = x + half > scale.right() ? "end" : x - half < scale.left() ? "start" : "middle";
  return "<g class=\"today\"><title>" + label + "</title><line class=\"today-line\"" + attr("x1", x) +
         attr("y1", top - 4) + attr("x2", x) + attr("y2", bottom) + " stroke=\"" + today_colour +
         "\" stroke-width=\"1.5\"/><text class=\"today-label\"" + attr("x", x) + attr("y", top - 8) + " font-size=\"" +
         number(font_size) + "\" font-weight=\"600\" fill=\"" + today_colour + "\" text-anchor=\"" + anchor + "\">" +
         label + "</text></g>\n";
}

}  // namespace relplan::svg
