// The concurrency timeline: a branch counts from its release date through its end date, both
// included; the count drops the day after. Boundary days are checked one by one.
#include <catch2/catch.hpp>

#include "planner/timeline.hpp"
#include "tests/support/calendars.hpp"
#include "tests/support/expected_files.hpp"

using namespace relplan;
using test::day;

namespace {

Branch branch(const std::string& version, const std::string& released, const std::string& general,
              const std::string& security) {
  return Branch{version, day(released), day(general), day(security), "p", "p", "policy"};
}

// Four releases every 6 months, 6 months general and 12 months security support.
std::vector<Branch> four_branches() {
  return {branch("1", "2021-01-05", "2021-07-05", "2022-01-05"), branch("2", "2021-07-05", "2022-01-05", "2022-07-05"),
          branch("3", "2022-01-05", "2022-07-05", "2023-01-05"), branch("4", "2022-07-05", "2023-01-05", "2023-07-05")};
}

std::vector<std::string> lines(const std::vector<TimelineStep>& steps) {
  std::vector<std::string> out;
  for (const auto& s : steps) {
    out.push_back(format_date(s.date) + " g" + std::to_string(s.general_supported) + " s" +
                  std::to_string(s.security_supported));
  }
  return out;
}

}  // namespace

TEST_CASE("Steps of the concurrency timeline, by hand", "[planner][timeline]") {
  // 2021-01-05  1 released                                   g1 s1
  // 2021-07-05  2 released; 1's general end day (still in)    g2 s2
  // 2021-07-06  1's general support over                     g1 s2
  // 2022-01-05  3 released; 1's security, 2's general end day g2 s3
  // 2022-01-06  both over                                    g1 s2
  // 2022-07-05  4 released; 2's security, 3's general end day g2 s3
  // 2022-07-06                                               g1 s2
  // 2023-01-05  3's security and 4's general end day: no release, no change
  // 2023-01-06                                               g0 s1
  // 2023-07-06  4's security over                            g0 s0
  const std::vector<std::string> expected{"2021-01-05 g1 s1", "2021-07-05 g2 s2", "2021-07-06 g1 s2",
                                          "2022-01-05 g2 s3", "2022-01-06 g1 s2", "2022-07-05 g2 s3",
                                          "2022-07-06 g1 s2", "2023-01-06 g0 s1", "2023-07-06 g0 s0"};
  CHECK(test::diff_lists(expected, lines(concurrency_timeline(four_branches()))) == "");
}

TEST_CASE("The end date counts, the day after does not", "[planner][timeline]") {
  const auto timeline = concurrency_timeline(four_branches());
  const auto [from, to, max_security, max_general] = GENERATE(table<std::string, std::string, int, int>({
      {"2022-01-05", "2022-01-05", 3, 2},  // 1's last security day, 2's last general day, 3's first day
      {"2022-01-06", "2022-01-06", 2, 1},
      {"2021-07-05", "2021-07-05", 2, 2},
      {"2021-07-06", "2021-07-06", 2, 1},
      {"2023-07-05", "2023-07-05", 1, 0},  // 4's last day
      {"2023-07-06", "2023-07-06", 0, 0},
      {"2020-12-31", "2021-01-04", 0, 0},  // before the first release
  }));
  INFO(from << ".." << to);
  const auto c = counts_over(timeline, day(from), day(to));
  CHECK(c.max_security == max_security);
  CHECK(c.max_general == max_general);
  CHECK(c.mean_security == Approx(max_security));  // one-day windows (or constant ones)
}

TEST_CASE("Means weigh every day of the window the same", "[planner][timeline]") {
  const auto timeline = concurrency_timeline(four_branches());
  // 2022-01-01..2022-01-10, 10 days.
  //   security: 01-01..01-04 branches 1, 2 (4 days x 2 = 8); 01-05 branches 1, 2, 3 (1 x 3 = 3);
  //             01-06..01-10 branches 2, 3 (5 x 2 = 10). (8 + 3 + 10) / 10 = 2.1
  //   general:  01-01..01-04 branch 2 (4 x 1 = 4); 01-05 branches 2, 3 (1 x 2 = 2);
  //             01-06..01-10 branch 3 (5 x 1 = 5). (4 + 2 + 5) / 10 = 1.1
  const auto c = counts_over(timeline, day("2022-01-01"), day("2022-01-10"));
  CHECK(c.mean_security == Approx(2.1));
  CHECK(c.mean_general == Approx(1.1));
  CHECK(c.max_security == 3);
  CHECK(c.max_general == 2);
}

TEST_CASE("An open end never drops", "[planner][timeline]") {
  std::vector<Branch> branches{branch("1", "2021-01-05", "2021-07-05", "2022-01-05")};
  branches.push_back(Branch{"2", day("2021-07-05"), std::nullopt, std::nullopt, "p", "p", "policy"});
  const std::vector<std::string> expected{"2021-01-05 g1 s1", "2021-07-05 g2 s2", "2021-07-06 g1 s2",
                                          "2022-01-06 g1 s1"};
  CHECK(test::diff_lists(expected, lines(concurrency_timeline(branches))) == "");
}
