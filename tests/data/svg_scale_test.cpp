// Chart geometry (data/export/svg_scale.hpp): days and counts to px, axis ticks, number format.
#include <catch2/catch.hpp>

#include "data/export/svg_scale.hpp"
#include "tests/support/calendars.hpp"

using namespace relplan;
using test::day;

TEST_CASE("DateScale: a day covers x(d) to x(d + 1), no clamping outside the domain", "[data][svg]") {
  const svg::DateScale scale(day("2018-01-01"), day("2019-01-01"), 100, 465);  // 365 days, 1 px each
  const auto [text, x] = GENERATE(table<std::string, double>({
      {"2018-01-01", 100},
      {"2018-01-02", 101},
      {"2018-07-02", 282},
      {"2018-12-20", 453},
      {"2018-12-31", 464},
      {"2019-01-01", 465},
      {"2017-12-31", 99},
      {"2019-01-11", 475},
  }));
  INFO(text);
  CHECK(scale.x(day(text)) == Approx(x));
}

TEST_CASE("DateScale: contains is the half-open domain, clip moves a day into the closed one", "[data][svg]") {
  const svg::DateScale scale(day("2018-01-01"), day("2019-01-01"), 0, 365);
  CHECK(scale.contains(day("2018-01-01")));
  CHECK(scale.contains(day("2018-12-31")));
  CHECK_FALSE(scale.contains(day("2019-01-01")));
  CHECK_FALSE(scale.contains(day("2017-12-31")));
  CHECK(scale.clip(day("2017-06-01")) == day("2018-01-01"));
  CHECK(scale.clip(day("2018-06-01")) == day("2018-06-01"));
  CHECK(scale.clip(day("2020-06-01")) == day("2019-01-01"));
}

TEST_CASE("DateScale::whole_years spans the January 1st before to the one after", "[data][svg]") {
  const auto [first, last, from, to] = GENERATE(table<std::string, std::string, std::string, std::string>({
      {"2018-07-10", "2029-10-08", "2018-01-01", "2030-01-01"},
      {"2018-01-01", "2018-01-01", "2018-01-01", "2019-01-01"},
      {"2018-12-31", "2019-01-01", "2018-01-01", "2020-01-01"},
      {"2020-02-29", "2020-12-31", "2020-01-01", "2021-01-01"},
  }));
  INFO(first << ".." << last);
  const auto scale = svg::DateScale::whole_years(day(first), day(last), 10, 20);
  CHECK(scale.from() == day(from));
  CHECK(scale.to() == day(to));
  CHECK(scale.left() == 10);
  CHECK(scale.right() == 20);
}

TEST_CASE("DateScale::year_ticks lists every January 1st within the domain, both ends", "[data][svg]") {
  const auto [from, to, expected] = GENERATE(table<std::string, std::string, std::vector<std::string>>({
      {"2018-01-01", "2021-01-01", {"2018-01-01", "2019-01-01", "2020-01-01", "2021-01-01"}},
      {"2018-07-01", "2020-03-01", {"2019-01-01", "2020-01-01"}},
      {"2018-07-01", "2018-12-31", {}},
  }));
  INFO(from << ".." << to);
  std::vector<date::sys_days> want;
  for (const auto& t : expected) want.push_back(day(t));
  CHECK(svg::DateScale(day(from), day(to), 0, 100).year_ticks() == want);
}

TEST_CASE("CountScale: nice steps of 1, 2, 5 times a power of ten, at most 10 of them", "[data][svg]") {
  const auto [max, step, top] = GENERATE(table<int, int, int>({
      {0, 1, 1},
      {1, 1, 1},
      {7, 1, 7},
      {10, 1, 10},
      {11, 2, 12},
      {13, 2, 14},
      {20, 2, 20},
      {21, 5, 25},
      {50, 5, 50},
      {51, 10, 60},
      {101, 20, 120},
      {1000, 100, 1000},
      {1001, 200, 1200},
  }));
  INFO("max " << max);
  const svg::CountScale scale(max, 400, 50);
  CHECK(scale.step() == step);
  CHECK(scale.top() == top);
  const auto ticks = scale.ticks();
  REQUIRE(!ticks.empty());
  CHECK(ticks.front() == 0);
  CHECK(ticks.back() == top);
  CHECK(ticks.size() == static_cast<std::size_t>(top / step + 1));
  CHECK(ticks.size() <= 11);
}

TEST_CASE("CountScale: 0 at the bottom, the top count at the top", "[data][svg]") {
  const svg::CountScale scale(7, 400, 50);
  CHECK(scale.y(0) == Approx(400));
  CHECK(scale.y(7) == Approx(50));
  CHECK(scale.y(3.5) == Approx(225));
  CHECK(scale.y(1) == Approx(350));
}

TEST_CASE("svg::number: at most 2 decimals, no trailing zeros, no minus zero", "[data][svg]") {
  const auto [value, text] = GENERATE(table<double, std::string>({
      {12.5, "12.5"},
      {3.14159, "3.14"},
      {100.0, "100"},
      {0.0, "0"},
      {-0.001, "0"},
      {-7.25, "-7.25"},
      {2.999, "3"},
      {0.1 + 0.2, "0.3"},
      {1e6, "1000000"},
      {944.0 - 55.0, "889"},
  }));
  CHECK(svg::number(value) == text);
}
