// relplan chart, through the built binary: exit code 2 and the exact message for bad input, with no
// file written; the files written for good input, read back by a real XML parser.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>

#include "tests/support/expected_files.hpp"
#include "tests/support/run_cli.hpp"
#include "tests/support/svg.hpp"

using relplan::test::run_relplan;

namespace {

// The README example: the 2018 Xen cadence question.
std::vector<std::string> xen_2018(const std::string& chart, const std::string& out) {
  return {"chart",
          chart,
          "--cadence",
          "6,8,9",
          "--first-release",
          "2018-07-10",
          "--releases",
          "12",
          "--general-months",
          "18",
          "--security-months",
          "36",
          "--calendar",
          "US,GB-ENG,DE",
          "--blackout",
          "12-20..01-05",
          "--first-version",
          "4.11",
          "--out",
          out};
}

std::vector<std::string> with(std::vector<std::string> args, const std::vector<std::string>& more) {
  args.insert(args.end(), more.begin(), more.end());
  return args;
}

// args with one flag's value replaced, or the flag and its value removed (value "").
std::vector<std::string> replaced(std::vector<std::string> args, const std::string& flag, const std::string& value) {
  for (std::size_t i = 0; i + 1 < args.size(); ++i) {
    if (args[i] != flag) continue;
    if (value.empty()) {
      args.erase(args.begin() + static_cast<long>(i), args.begin() + static_cast<long>(i) + 2);
    } else {
      args[i + 1] = value;
    }
    break;
  }
  return args;
}

std::vector<std::string> files_in(const std::string& dir) {
  std::vector<std::string> out;
  for (const auto& e : std::filesystem::directory_iterator(dir)) out.push_back(e.path().filename().string());
  std::sort(out.begin(), out.end());
  return out;
}

std::string count_of(const std::vector<std::string>& counts, const std::string& css_class) {
  for (const auto& line : counts) {
    if (line.rfind(css_class + ": ", 0) == 0) return line.substr(css_class.size() + 2);
  }
  return "0";
}

}  // namespace

TEST_CASE("chart: bad input exits 2 naming the argument, the value and the rule, writing nothing", "[cli][chart]") {
  // DIR stands for the test's temporary folder (the table is built once, each row runs in a new one).
  const auto good = xen_2018("concurrency", "DIR/xen.svg");
  auto without_chart = good;
  without_chart.erase(without_chart.begin() + 1);
  const auto [args, message] = GENERATE_COPY(table<std::vector<std::string>, std::string>({
      {without_chart, "relplan chart: CHART: required (lifecycle or concurrency)"},
      {xen_2018("pie", "DIR/xen.svg"), "relplan chart: CHART: expected one of lifecycle, concurrency, saw 'pie'"},
      {replaced(good, "--out", ""), "relplan chart: --out: required (the SVG file to write, e.g. chart.svg)"},
      {replaced(good, "--out", "DIR/xen.png"),
       "relplan chart: --out: expected a file name ending in .svg, saw 'DIR/xen.png'"},
      {replaced(good, "--out", ".svg"), "relplan chart: --out: expected a file name ending in .svg, saw '.svg'"},
      {with(good, {"--width", "100"}), "relplan chart: --width: expected 480..4000 px, saw 100"},
      {with(good, {"--width", "wide"}), "relplan chart: --width: expected 480..4000 px, saw 'wide'"},
      {with(good, {"--today", "2020-13-01"}),
       "relplan chart: --today: expected a date as YYYY-MM-DD, saw '2020-13-01'"},
      {replaced(good, "--cadence", "0"), "relplan chart: --cadence: expected months 1..36, saw 0"},
      {replaced(good, "--calendar", "US,XX"),
       "relplan chart: --calendar: expected a known calendar (CN, DE, FR, GB-ENG, JP, US, US-FED-CLOSINGS), saw 'XX'"},
      {replaced(good, "--general-months", ""), "relplan chart: --general-months: required (months of general support)"},
      {replaced(good, "--out", "DIR/missing/xen.svg"),
       "relplan chart: --out: expected a writable file, saw 'DIR/missing/xen.svg'"},
  }));
  const auto dir = relplan::test::temp_dir("chart");
  auto in_dir = [&](std::string text) {
    for (std::size_t at; (at = text.find("DIR/")) != std::string::npos;) text.replace(at, 3, dir);
    return text;
  };
  std::vector<std::string> run_args;
  for (const auto& a : args) run_args.push_back(in_dir(a));
  const auto r = run_relplan(run_args);
  CHECK(r.exit_code == 2);
  CHECK(r.err == in_dir(message) + "\n");
  CHECK(r.out.empty());
  CHECK(files_in(dir).empty());
  std::filesystem::remove_all(dir);
}

TEST_CASE("chart concurrency: one file with every cadence, the blackouts and today", "[cli][chart]") {
  const auto dir = relplan::test::temp_dir("chart");
  const auto out = dir + "/xen.svg";
  const auto r = run_relplan(with(xen_2018("concurrency", out), {"--today", "2020-06-15"}));
  REQUIRE(r.exit_code == 0);
  CHECK(r.err.empty());
  CHECK(r.out == out + "\n");
  CHECK(files_in(dir) == std::vector<std::string>{"xen.svg"});
  const auto counts = relplan::test::svg_dump_file(out, "counts");
  REQUIRE(!counts.empty());
  CHECK(counts[0].rfind("svg width=960 height=", 0) == 0);
  CHECK(count_of(counts, "scenario") == "3");
  CHECK(count_of(counts, "security-line") == "3");
  CHECK(count_of(counts, "today-line") == "1");
  // 2018..2029 (9 months: 4.22's security support ends 2029-10-08): 12 year-end blackouts, the
  // 2017/18 one clipped at the start.
  CHECK(count_of(counts, "shaded") == "13");
  const auto titles = relplan::test::svg_dump_file(out, "titles");
  CHECK(titles.front() == "title: Supported branches over time: 6 months, 8 months and 9 months");
  // The inputs, as `relplan compare` restates them.
  CHECK(titles[1] ==
        "desc: 12 releases from 4.11 (2018-07-10), 18 months general + 36 months security support\\nrelease days "
        "tue,wed,thu, working days of US+GB-ENG+DE with blackouts 12-20..01-05; nearest allowed day within 14 days");
  CHECK(std::count(titles.begin(), titles.end(), "title: today 2020-06-15") == 1);
  CHECK(std::count(titles.begin(), titles.end(), "title: blackout 12-20..01-05: 2019-12-20..2020-01-05") == 1);
  // Same flags, same bytes.
  const auto first = relplan::test::read_file(out);
  REQUIRE(run_relplan(with(xen_2018("concurrency", out), {"--today", "2020-06-15"})).exit_code == 0);
  CHECK(relplan::test::read_file(out) == first);
  std::filesystem::remove_all(dir);
}

TEST_CASE("chart lifecycle: one file per cadence, FILE-6m.svg and so on", "[cli][chart]") {
  const auto dir = relplan::test::temp_dir("chart");
  const auto r = run_relplan(with(xen_2018("lifecycle", dir + "/xen.svg"), {"--width", "1200"}));
  REQUIRE(r.exit_code == 0);
  CHECK(r.err.empty());
  CHECK(r.out == dir + "/xen-6m.svg\n" + dir + "/xen-8m.svg\n" + dir + "/xen-9m.svg\n");
  CHECK(files_in(dir) == std::vector<std::string>{"xen-6m.svg", "xen-8m.svg", "xen-9m.svg"});
  for (const char* name : {"xen-6m.svg", "xen-8m.svg", "xen-9m.svg"}) {
    INFO(name);
    const auto counts = relplan::test::svg_dump_file(dir + "/" + name, "counts");
    REQUIRE(!counts.empty());
    CHECK(counts[0].rfind("svg width=1200 height=", 0) == 0);
    CHECK(count_of(counts, "branch") == "12");
    CHECK(count_of(counts, "general") == "12");
    CHECK(count_of(counts, "today") == "0");
  }
  const auto titles = relplan::test::svg_dump_file(dir + "/xen-8m.svg", "titles");
  CHECK(titles.front() == "title: Support lifecycle: 8 months cadence");
  CHECK(std::count(titles.begin(), titles.end(),
                   "title: 4.12: released 2019-03-12, general until 2020-09-12, security until 2022-03-12") == 1);
  std::filesystem::remove_all(dir);
}

TEST_CASE("chart lifecycle with one cadence writes exactly --out", "[cli][chart]") {
  const auto dir = relplan::test::temp_dir("chart");
  const auto out = dir + "/eight.svg";
  const auto r = run_relplan(replaced(xen_2018("lifecycle", out), "--cadence", "8"));
  REQUIRE(r.exit_code == 0);
  CHECK(r.out == out + "\n");
  CHECK(files_in(dir) == std::vector<std::string>{"eight.svg"});
  std::filesystem::remove_all(dir);
}
