// concurrency_svg (data/export/svg_charts.hpp): step lines on the drawn axes, colours, tooltips; and
// blackout_ranges, the shaded ranges of a team calendar.
#include <catch2/catch.hpp>

#include "data/export/svg_charts.hpp"
#include "data/export/svg_scale.hpp"
#include "planner/timeline.hpp"
#include "tests/support/calendars.hpp"
#include "tests/support/expected_files.hpp"
#include "tests/support/svg.hpp"
#include "tests/support/trains.hpp"

using namespace relplan;
using svg::number;
using test::day;

namespace {

ScenarioResult scenario(const std::string& name, std::vector<Branch> branches) {
  ScenarioResult r;
  r.name = name;
  r.cadence = Cadence::months(6);
  r.branches = std::move(branches);
  r.timeline = concurrency_timeline(r.branches);
  return r;
}

// A: one branch (timeline.hpp's example); B: that branch and one more, overlapping it.
std::vector<ScenarioResult> two_scenarios() {
  const Branch b411{"4.11", day("2021-01-05"), day("2021-07-05"), day("2022-01-05"), "p", "p", "policy"};
  const Branch b412{"4.12", day("2021-09-01"), day("2022-03-01"), day("2022-09-01"), "p", "p", "policy"};
  return {scenario("6 months", {b411}), scenario("8 <months> & co", {b411, b412})};
}

std::vector<std::map<std::string, std::string>> elements(const std::string& svg_text, const std::string& css_class) {
  std::vector<std::map<std::string, std::string>> out;
  for (const auto& line : test::svg_dump(svg_text, "elements '" + css_class + "'")) {
    if (line.rfind("| ", 0) != 0) out.push_back(test::attributes(line));
  }
  return out;
}

}  // namespace

TEST_CASE("concurrency: one solid and one dashed step line per scenario, well-formed", "[data][svg]") {
  ChartOptions o;
  o.today = day("2021-10-01");
  const auto results = two_scenarios();
  const auto counts = test::svg_dump(concurrency_svg(results, o), "counts");
  REQUIRE(!counts.empty());
  CHECK(counts[0].rfind("svg width=960 height=", 0) == 0);
  // Counts 0..2: three ticks; years 2021..2022: three ticks, two labels; 2 + 5 step tooltips.
  const std::vector<std::string> expected{"axis: 1",        "axis-title: 1", "background: 1",    "count-axis: 1",
                                          "count-label: 3", "count-tick: 3", "general-line: 2",  "legend: 1",
                                          "legend-item: 5", "scenario: 2",   "security-line: 2", "step: 7",
                                          "time-axis: 1",   "title: 1",      "today: 1",         "today-label: 1",
                                          "today-line: 1",  "year-label: 2", "year-tick: 3"};
  CHECK(test::diff_lists(expected, {counts.begin() + 1, counts.end()}) == "");
}

TEST_CASE("concurrency: the step lines follow the timeline on the drawn axes", "[data][svg]") {
  const auto results = two_scenarios();
  const auto text = concurrency_svg(results, ChartOptions{});
  const auto axis = elements(text, "axis");
  REQUIRE(axis.size() == 1);
  // 2021-01-05 .. 2022-09-02 (B's last change): the years 2021 and 2022.
  const svg::DateScale x(day("2021-01-01"), day("2023-01-01"), std::stod(axis[0].at("x1")),
                         std::stod(axis[0].at("x2")));
  const auto ticks = elements(text, "count-tick");
  REQUIRE(ticks.size() == 3);
  const svg::CountScale y(2, std::stod(ticks[0].at("y1")), std::stod(ticks[2].at("y1")));
  CHECK(y.y(1) == Approx(std::stod(ticks[1].at("y1"))));
  auto x_at = [&](const std::string& d) { return number(x.x(day(d))); };
  // Scenario 0 of 2 is drawn 1 px lower, scenario 1 1 px higher, so the equal parts stay visible.
  auto y_at = [&](int count, double lift) { return number(y.y(count) - lift); };
  const std::string left = number(x.left()), right = number(x.right());
  const auto security = elements(text, "security-line");
  const auto general = elements(text, "general-line");
  REQUIRE(security.size() == 2);
  REQUIRE(general.size() == 2);
  CHECK(security[0].at("d") == "M" + left + " " + y_at(0, -1) + "H" + x_at("2021-01-05") + "V" + y_at(1, -1) + "H" +
                                   x_at("2022-01-06") + "V" + y_at(0, -1) + "H" + right);
  CHECK(general[0].at("d") == "M" + left + " " + y_at(0, -1) + "H" + x_at("2021-01-05") + "V" + y_at(1, -1) + "H" +
                                  x_at("2021-07-06") + "V" + y_at(0, -1) + "H" + right);
  CHECK(security[1].at("d") == "M" + left + " " + y_at(0, 1) + "H" + x_at("2021-01-05") + "V" + y_at(1, 1) + "H" +
                                   x_at("2021-09-01") + "V" + y_at(2, 1) + "H" + x_at("2022-01-06") + "V" + y_at(1, 1) +
                                   "H" + x_at("2022-09-02") + "V" + y_at(0, 1) + "H" + right);
  // Okabe-Ito blue, then orange; the general line dashed.
  CHECK(security[0].at("stroke") == "#0072B2");
  CHECK(security[1].at("stroke") == "#E69F00");
  CHECK(general[1].at("stroke") == "#E69F00");
  CHECK(general[1].at("stroke-dasharray") == "5 3");
  CHECK_FALSE(security[1].count("stroke-dasharray"));
}

TEST_CASE("concurrency: tooltips give each step's days and counts, names are escaped", "[data][svg]") {
  const auto text = concurrency_svg(two_scenarios(), ChartOptions{});
  CHECK(text.find("8 &lt;months&gt; &amp; co") != std::string::npos);
  const std::vector<std::string> expected{
      "title: Supported branches over time",
      "title: 6 months: up to 1 branch with security support, 1 with general support",
      "title: 6 months, 2021-01-05..2021-07-05: 1 branch with security support, 1 with general support",
      "title: 6 months, 2021-07-06..2022-01-05: 1 branch with security support, 0 with general support",
      "title: 8 <months> & co: up to 2 branches with security support, 1 with general support",
      "title: 8 <months> & co, 2021-01-05..2021-07-05: 1 branch with security support, 1 with general support",
      "title: 8 <months> & co, 2021-07-06..2021-08-31: 1 branch with security support, 0 with general support",
      "title: 8 <months> & co, 2021-09-01..2022-01-05: 2 branches with security support, 1 with general support",
      "title: 8 <months> & co, 2022-01-06..2022-03-01: 1 branch with security support, 1 with general support",
      "title: 8 <months> & co, 2022-03-02..2022-09-01: 1 branch with security support, 0 with general support",
  };
  CHECK(test::svg_dump(text, "titles") == expected);
}

TEST_CASE("concurrency: shaded ranges are drawn behind the lines, clipped to the axis", "[data][svg]") {
  ChartOptions o;
  o.shaded = {{day("2021-12-20"), day("2022-01-05"), "blackout 12-20..01-05"}};
  const auto text = concurrency_svg(two_scenarios(), o);
  const auto shaded = elements(text, "shaded");
  REQUIRE(shaded.size() == 1);
  CHECK(text.find("class=\"shaded\"") < text.find("class=\"scenario\""));
  const auto axis = elements(text, "axis");
  const svg::DateScale x(day("2021-01-01"), day("2023-01-01"), std::stod(axis[0].at("x1")),
                         std::stod(axis[0].at("x2")));
  CHECK(shaded[0].at("x") == number(x.x(day("2021-12-20"))));
  CHECK(std::stod(shaded[0].at("width")) == Approx(x.x(day("2022-01-06")) - x.x(day("2021-12-20"))).margin(0.006));
  CHECK(shaded[0].at("fill") == "#E3E3E3");
}

TEST_CASE("blackout_ranges: the windows of the team calendar that touch the period", "[data][svg]") {
  const auto team = test::xen_team();  // US+GB-ENG+DE with the 12-20..01-05 blackout
  std::vector<std::string> found;
  for (const auto& r : blackout_ranges(team, day("2019-06-01"), day("2021-01-02"))) {
    found.push_back(format_date(r.from) + ".." + format_date(r.to) + " " + r.label);
  }
  const std::vector<std::string> expected{"2019-12-20..2020-01-05 blackout 12-20..01-05",
                                          "2020-12-20..2021-01-05 blackout 12-20..01-05"};
  CHECK(test::diff_lists(expected, found) == "");
  CHECK(blackout_ranges(test::shipped("US"), day("2019-06-01"), day("2021-01-02")).empty());
}
