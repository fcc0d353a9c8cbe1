// SVG charts (data/export/svg_charts.hpp), read back by a real XML parser (tests/support/svg_dump.py):
// the elements drawn, their positions on the scale of the drawn axis, tooltips, escaping, bytes.
#include <catch2/catch.hpp>

#include "data/export/svg_charts.hpp"
#include "data/export/svg_document.hpp"
#include "data/export/svg_scale.hpp"
#include "planner/timeline.hpp"
#include "tests/support/calendars.hpp"
#include "tests/support/expected_files.hpp"
#include "tests/support/svg.hpp"
#include "tests/support/trains.hpp"

using namespace relplan;
using test::day;

namespace {

ScenarioResult scenario(const std::string& name, std::vector<Branch> branches) {
  ScenarioResult r;
  r.name = name;
  r.cadence = Cadence::months(8);
  r.branches = std::move(branches);
  r.timeline = concurrency_timeline(r.branches);
  return r;
}

// Three 8-month branches; the last one's security end is open.
ScenarioResult eight_months() {
  return scenario("8 months", {{"4.11", day("2018-07-10"), day("2020-01-10"), day("2021-07-10"), "p", "p", "policy"},
                               {"4.12", day("2019-03-12"), day("2020-09-12"), day("2022-03-12"), "p", "p", "policy"},
                               {"4.13", day("2019-11-12"), day("2021-05-12"), std::nullopt, "p", "p", "policy"}});
}

ChartOptions options() {
  ChartOptions o;
  o.today = day("2020-06-15");
  o.shaded = {{day("2017-12-20"), day("2018-01-05"), "blackout 12-20..01-05"},
              {day("2019-12-20"), day("2020-01-05"), "blackout 12-20..01-05"},
              {day("2030-12-20"), day("2031-01-05"), "blackout 12-20..01-05"}};
  return o;
}

std::vector<std::map<std::string, std::string>> elements(const std::string& svg_text, const std::string& css_class) {
  std::vector<std::map<std::string, std::string>> out;
  for (const auto& line : test::svg_dump(svg_text, "elements '" + css_class + "'")) {
    if (line.rfind("| ", 0) != 0) out.push_back(test::attributes(line));
  }
  return out;
}

double num(const std::map<std::string, std::string>& e, const std::string& key) { return std::stod(e.at(key)); }

// The time scale of the drawn axis: its line runs from the scale's left to its right.
svg::DateScale drawn_scale(const std::string& svg_text, date::sys_days from, date::sys_days to) {
  const auto axis = elements(svg_text, "axis");
  REQUIRE(axis.size() == 1);
  return svg::DateScale(from, to, num(axis[0], "x1"), num(axis[0], "x2"));
}

// The root line of svg_dump.py: "svg width=W height=H viewBox=0 0 W H", the viewBox the whole size.
bool root_fits(const std::string& line, int width) {
  const std::string head = "svg width=" + std::to_string(width) + " height=";
  if (line.rfind(head, 0) != 0) return false;
  const auto height = line.substr(head.size(), line.find(' ', head.size()) - head.size());
  return std::stod(height) > 0 && line == head + height + " viewBox=0 0 " + std::to_string(width) + " " + height;
}

struct Span {
  double x;
  double width;
};

// The x and width of every element with the class, in document order, against the expected spans.
void check_spans(const std::string& svg_text, const std::string& css_class, const std::vector<Span>& expected) {
  const auto found = elements(svg_text, css_class);
  INFO(css_class);
  REQUIRE(found.size() == expected.size());
  for (std::size_t i = 0; i < found.size(); ++i) {
    INFO("element " << i);
    CHECK(num(found[i], "x") == Approx(expected[i].x).margin(0.006));
    CHECK(num(found[i], "width") == Approx(expected[i].width).margin(0.006));
  }
}

}  // namespace

TEST_CASE("lifecycle: a standalone SVG with one row per branch, well-formed for a real parser", "[data][svg]") {
  const auto text = lifecycle_svg(eight_months(), options());
  CHECK(text.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"", 0) == 0);
  const auto counts = test::svg_dump(text, "counts");
  REQUIRE(!counts.empty());
  CHECK(root_fits(counts[0], 960));
  const std::vector<std::string> expected{
      "axis: 1",        "background: 1",  "branch: 3",     "branches: 1", "general: 3",    "legend: 1",
      "legend-item: 5", "open: 1",        "security: 3",   "shaded: 2",   "time-axis: 1",  "title: 1",
      "today: 1",       "today-label: 1", "today-line: 1", "version: 3",  "year-label: 5", "year-tick: 6"};
  CHECK(test::diff_lists(expected, {counts.begin() + 1, counts.end()}) == "");
}

TEST_CASE("lifecycle: bars, blackout bands and today sit on the scale of the drawn axis", "[data][svg]") {
  const auto text = lifecycle_svg(eight_months(), options());
  // First release 2018-07-10, last known end 2022-03-12: the years 2018..2022.
  const auto s = drawn_scale(text, day("2018-01-01"), day("2023-01-01"));
  CHECK(s.right() == 944);  // 960 wide, 16 px margin
  auto span = [&](const std::string& from, const std::string& to_excluded) {
    return Span{s.x(day(from)), s.x(day(to_excluded)) - s.x(day(from))};
  };
  // Both ends of each support period are included: a bar ends where the day after its end begins.
  check_spans(text, "general",
              {span("2018-07-10", "2020-01-11"), span("2019-03-12", "2020-09-13"), span("2019-11-12", "2021-05-13")});
  check_spans(text, "security", {span("2020-01-11", "2021-07-11"), span("2020-09-13", "2022-03-13")});
  check_spans(text, "security open", {Span{s.x(day("2021-05-13")), s.right() - s.x(day("2021-05-13"))}});
  // The 2017/18 window is clipped at the axis start; the 2030 one is outside and not drawn.
  check_spans(text, "shaded", {span("2018-01-01", "2018-01-06"), span("2019-12-20", "2020-01-06")});
  const auto today = elements(text, "today-line");
  REQUIRE(today.size() == 1);
  CHECK(num(today[0], "x1") == Approx(s.x(day("2020-06-15"))).margin(0.006));
  CHECK(num(today[0], "x2") == num(today[0], "x1"));
  CHECK(test::svg_dump(text, "elements today-label").back() == "| today 2020-06-15");
  // One row per branch, evenly spaced, the general and security parts of a row at the same height.
  const auto general = elements(text, "general");
  const auto security = elements(text, "security");
  CHECK(num(general[1], "y") - num(general[0], "y") == Approx(22));
  CHECK(num(general[2], "y") - num(general[1], "y") == Approx(22));
  CHECK(security[0].at("y") == general[0].at("y"));
  CHECK(general[0].at("fill") == "#0072B2");
  CHECK(security[0].at("fill") == "#A6CEE8");
  // Year ticks on every January 1st of the axis.
  const auto ticks = elements(text, "year-tick");
  REQUIRE(ticks.size() == 6);
  for (int i = 0; i < 6; ++i) {
    CHECK(num(ticks[i], "x1") == Approx(s.x(date::sys_days{date::year{2018 + i} / 1 / 1})).margin(0.006));
  }
}

TEST_CASE("lifecycle: tooltips name each branch's dates, the blackout windows and today", "[data][svg]") {
  const auto titles = test::svg_dump(lifecycle_svg(eight_months(), options()), "titles");
  const std::vector<std::string> expected{
      "title: Support lifecycle: 8 months",
      "title: blackout 12-20..01-05: 2017-12-20..2018-01-05",
      "title: blackout 12-20..01-05: 2019-12-20..2020-01-05",
      "title: 4.11: released 2018-07-10, general until 2020-01-10, security until 2021-07-10",
      "title: 4.12: released 2019-03-12, general until 2020-09-12, security until 2022-03-12",
      "title: 4.13: released 2019-11-12, general until 2021-05-12, security support open-ended",
      "title: today 2020-06-15",
  };
  CHECK(titles == expected);
}

TEST_CASE("lifecycle: without today, shaded ranges or open ends, their legend entries go too", "[data][svg]") {
  auto r = eight_months();
  r.branches.pop_back();
  ChartOptions o;
  o.today = day("2030-06-01");  // outside the axis (2018..2022)
  o.title = "Xen";
  const auto text = lifecycle_svg(r, o);
  const auto counts = test::svg_dump(text, "counts");
  for (const char* absent : {"today: 1", "shaded: 1", "open: 1"}) {
    CHECK(std::find(counts.begin(), counts.end(), absent) == counts.end());
  }
  CHECK(std::find(counts.begin(), counts.end(), "legend-item: 2") != counts.end());
  CHECK(test::svg_dump(text, "titles").front() == "title: Xen");
  CHECK(text.find("<defs>") == std::string::npos);
}

TEST_CASE("SVG text escapes the five XML characters and replaces what XML cannot hold", "[data][svg]") {
  const auto [raw, escaped] = GENERATE(table<std::string, std::string>({
      {"a<b", "a&lt;b"},
      {"R&D > ops", "R&amp;D &gt; ops"},
      {"\"q\" 'a'", "&quot;q&quot; &apos;a&apos;"},
      {"Fête nationale", "Fête nationale"},
      {"春节", "春节"},
      {"a\x01z", "a\xEF\xBF\xBDz"},
      {"tab\tok", "tab\tok"},
      {"cut \xC3", "cut \xEF\xBF\xBD"},
      {"\xED\xA0\x80", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},  // a UTF-16 surrogate
  }));
  CHECK(svg::escape(raw) == escaped);
}

TEST_CASE("lifecycle: names with < & > survive the round trip through the parser", "[data][svg]") {
  auto r = eight_months();
  r.name = "a<b & c>d \"q\" 'x'";
  r.branches[0].version = "4.11<&>";
  const auto text = lifecycle_svg(r, ChartOptions{});
  CHECK(text.find("4.11&lt;&amp;&gt;") != std::string::npos);
  CHECK(text.find("4.11<&>") == std::string::npos);
  const auto titles = test::svg_dump(text, "titles");
  REQUIRE(titles.size() == 4);
  CHECK(titles[0] == "title: Support lifecycle: a<b & c>d \"q\" 'x'");
  CHECK(titles[1] == "title: 4.11<&>: released 2018-07-10, general until 2020-01-10, security until 2021-07-10");
  CHECK(test::svg_dump(text, "elements version")[1] == "| 4.11<&>");
}

TEST_CASE("charts are deterministic: the same input gives the same bytes", "[data][svg]") {
  const auto first = lifecycle_svg(eight_months(), options());
  CHECK(lifecycle_svg(eight_months(), options()) == first);
  const std::vector<ScenarioResult> results{eight_months(), eight_months()};
  CHECK(concurrency_svg(results, options()) == concurrency_svg(std::vector<ScenarioResult>(results), options()));
}

TEST_CASE("lifecycle and concurrency with no branches are still well-formed", "[data][svg]") {
  const auto empty = scenario("empty", {});
  CHECK(root_fits(test::svg_dump(lifecycle_svg(empty, ChartOptions{}), "counts").at(0), 960));
  const std::vector<ScenarioResult> none;
  ChartOptions narrow;
  narrow.width = 480;
  CHECK(root_fits(test::svg_dump(concurrency_svg(none, narrow), "counts").at(0), 480));
}

TEST_CASE("titles wrap at spaces to the width, and at line breaks", "[data][svg]") {
  // At size 10 a character is estimated at 6 px.
  const auto [text, width, lines] = GENERATE(table<std::string, double, std::vector<std::string>>({
      {"a bb ccc", 30, {"a bb", "ccc"}},
      {"a bb ccc", 48, {"a bb ccc"}},
      {"one\ntwo", 1000, {"one", "two"}},
      {"averyverylongword x", 30, {"averyverylongword", "x"}},
      {"", 30, {}},
  }));
  INFO(text);
  CHECK(svg::wrap(text, 10, width) == lines);
}

TEST_CASE("lifecycle: a downstream branch shows its upstream's security support and the gap", "[data][svg][upstream]") {
  auto o = options();
  o.today.reset();
  o.shaded.clear();
  // 4.11 ships up 1.0 whose support ends first (gap 184 days), 4.12 one that outlives it (no gap),
  // 4.13 (open end) one that ends 2022-04-02; 4.14 is not in the chart.
  o.upstream = {{"4.11", "up 1.0", day("2017-01-10"), day("2021-01-07")},
                {"4.12", "up 2.0", day("2018-01-10"), day("2023-01-10")},
                {"4.13", "up 3.0", day("2019-04-02"), day("2022-04-02")},
                {"4.14", "up 4.0", day("2020-01-01"), day("2024-01-01")}};
  const auto text = lifecycle_svg(eight_months(), o);
  const auto titles = test::svg_dump(text, "titles");
  CHECK(test::diff_lists(
            {"title: Support lifecycle: 8 months",
             "title: 4.11: released 2018-07-10, general until 2020-01-10, security until 2021-07-10; ships up 1.0, "
             "security support until 2021-01-07: 184 days without it",
             "title: 4.12: released 2019-03-12, general until 2020-09-12, security until 2022-03-12; ships up 2.0, "
             "security support until 2023-01-10: none without it",
             "title: 4.13: released 2019-11-12, general until 2021-05-12, security support open-ended; ships up 3.0, "
             "security support until 2022-04-02: without it from 2022-04-03 on"},
            titles) == "");
  // The axis starts with the first downstream release's year: up 1.0's bar is cut there.
  const auto scale = drawn_scale(text, day("2018-01-01"), day("2023-01-01"));
  check_spans(text, "upstream",
              {{scale.x(day("2018-01-01")), scale.x(day("2021-01-08")) - scale.x(day("2018-01-01"))},
               {scale.x(day("2018-01-10")), scale.x(day("2023-01-11")) - scale.x(day("2018-01-10"))},
               {scale.x(day("2019-04-02")), scale.x(day("2022-04-03")) - scale.x(day("2019-04-02"))}});
  const auto gaps = elements(text, "gap");
  REQUIRE(gaps.size() == 2);
  CHECK(num(gaps[0], "x") == Approx(scale.x(day("2021-01-08"))).margin(0.006));
  CHECK(num(gaps[0], "width") == Approx(scale.x(day("2021-07-11")) - scale.x(day("2021-01-08"))).margin(0.006));
  CHECK(num(gaps[1], "x") == Approx(scale.x(day("2022-04-03"))).margin(0.006));
  CHECK(text.find(">upstream security support</text>") != std::string::npos);
  CHECK(text.find(">no upstream security support</text>") != std::string::npos);
}
