#pragma once
// Cadence comparisons (planner/scenario.hpp) as standalone SVG documents, for the CLI (`relplan
// chart`) and the web page. An adapter: values in, SVG text out; no I/O, no clock ("today" is an
// option). Same input, same bytes: coordinates are written by svg::number (svg_scale.hpp), nothing
// depends on the locale, the time or addresses.
//
// Each document is UTF-8 with an XML declaration, xmlns, width/height and a matching viewBox; it has
// no script, no external reference and no <style> (colours are presentation attributes, so several
// charts can be inlined in one page; their shared pattern ids have identical definitions). Text is
// XML-escaped (& < > " '). Elements carry a `class` naming what they show, for tests and CSS hooks:
//
// lifecycle_svg: one row per branch, in the order given, its version at the left. The bar runs from
//   `released` through `security_until` (both included, svg_scale.hpp): class "general" (strong
//   blue) through general_until, then class "security" (light blue) from general_until + 1. An open
//   end is drawn to the right edge with a hatched fill and the extra class "open" ("general open",
//   "security open"). Each row is a <g class="branch"> whose <title> reads
//     4.19: released 2024-07-29, general until 2026-01-29, security until 2029-07-29
//   (an open end reads "general support open-ended" / "security support open-ended").
//   Time axis: DateScale::whole_years over the first release .. the last known support end (or last
//   release, if every end is open).
//   Upstream (ChartOptions::upstream, a downstream project's branches): under the bar of the branch
//   it belongs to, a thin bar (class "upstream", dark grey) for the upstream branch's security support
//   (from its release, or the axis start, through its security end), and where the downstream
//   branch is supported longer, a bar of class "gap" (reddish purple) from the day after the
//   upstream's end through the downstream's (to the right edge when the downstream's end is open);
//   the row's <title> adds
//     "; ships xen 4.9, security support until 2020-07-01: 412 days without it"
//   (or "...: none without it", or "...: without it from 2022-04-03 on" for an open end). Legend entries "upstream
//   security support" and "no upstream security support" (only when drawn).
// concurrency_svg: per scenario (a <g class="scenario">), a step line of security_supported (solid,
//   class "security-line") and of general_supported (dashed, class "general-line"), coloured from the
//   Okabe-Ito palette (colour-blind safe; vermillion is kept for "today"; colours repeat after 7
//   scenarios). Scenario i of n is drawn 2*(i - (n-1)/2) px higher, so equal counts stay visible side
//   by side. Each step with a branch alive has an invisible hover line (class "step") whose <title>
//   reads "8 months, 2021-09-01..2022-01-05: 2 branches with security support, 1 with general support".
//   A one-day peak (a release on the day another branch's support ends) shows as a thin spike: it is
//   real (timeline.hpp counts both ends) and is the maximum the metrics report.
//   Time axis: whole years over the first step .. the last step of any scenario.
//   Count axis: CountScale over the largest count.
// Both: the title and subtitle (wrapped to the width; the subtitle is also the <desc>), the legend
//   (only the entries drawn), year gridlines and labels, shaded ranges (class "shaded", light grey,
//   behind the data, clipped to the axis, <title> "label: from..to", the whole range), and a "today"
//   marker (<g class="today">: line "today-line" at the start of the day, text "today-label"
//   "today 2026-02-14") when o.today falls within the axis. With no branches at all, the axis is the
//   year of o.today (else 1970).
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "calendars/calendar.hpp"
#include "planner/scenario.hpp"

namespace relplan {

struct ShadedRange {
  date::sys_days from;  // both days included
  date::sys_days to;
  std::string label;  // "blackout 12-20..01-05"
};

// Preconditions (the front ends check what they let people set): width 480..4000, row_height 12..60,
// plot_height 100..1000.
// The upstream branch a downstream branch ships (data/project/project_branches.hpp gives them).
struct UpstreamBar {
  std::string version;  // the downstream branch's version: "8.0"
  std::string label;    // "xen 4.9"
  date::sys_days released;
  std::optional<date::sys_days> security_until;  // none: not known, no bar
};

struct ChartOptions {
  int width = 960;        // px; the height follows from the content
  int row_height = 22;    // lifecycle: px per branch
  int plot_height = 300;  // concurrency: px of the plot area
  std::optional<date::sys_days> today;
  std::vector<ShadedRange> shaded;         // drawn behind the data
  std::string shaded_legend = "blackout";  // the legend entry for the shaded ranges
  std::string title;                       // empty: "Support lifecycle: 8 months" / "Supported branches over time"
  std::string subtitle;                    // optional, smaller, below the title: the inputs; '\n' breaks a line
  std::vector<UpstreamBar> upstream;       // lifecycle: the upstream branch under each downstream bar
};

std::string lifecycle_svg(const ScenarioResult& r, const ChartOptions& o);
std::string concurrency_svg(std::span<const ScenarioResult> results, const ChartOptions& o);

// The blackout windows of a team calendar (with_blackouts, combine.hpp) that touch [from, to], as
// runs of consecutive days per window, labelled "blackout <window as written>". Days that two
// windows share appear in both. Other layers (holidays, weekends) are not included.
std::vector<ShadedRange> blackout_ranges(const Calendar& team, date::sys_days from, date::sys_days to);

}  // namespace relplan
