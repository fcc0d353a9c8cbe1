// A project's branches through the planner's support policies, checked against what the Xen
// Project published in each stable branch's SUPPORT.md.
#include <catch2/catch.hpp>

#include "data/project/project_branches.hpp"
#include "data/project/project_toml.hpp"
#include "data/store/store.hpp"
#include "planner/branch_status.hpp"
#include "tests/support/expected_files.hpp"
#include "tests/support/projects.hpp"

using namespace relplan;

namespace {
Project shipped(const std::string& id) { return test::shipped_project(id); }
std::string line(const Branch& b) {
  auto d = [](const std::optional<date::sys_days>& x) { return x ? format_date(*x) : std::string("open"); };
  return b.version + " " + format_date(b.released) + " " + d(b.general_until) + " " + d(b.security_until);
}
}  // namespace

TEST_CASE("Xen's policies reproduce every support end its branches published", "[data][branches]") {
  const auto xen = shipped("xen");
  std::vector<std::string> published;
  for (const auto& r : xen.releases) {
    if (r.general_until && r.security_until) {
      published.push_back(r.version + " " + format_date(r.released) + " " + format_date(*r.general_until) + " " +
                          format_date(*r.security_until));
    }
  }
  REQUIRE(published.size() == 13);  // 4.10 .. 4.22
  // Every policy known (a day after the last decision), computed only: no published date used.
  const auto computed = project_branches(xen, test::day_of("2100-01-01")).value();
  std::vector<std::string> lines;
  for (const auto& b : computed.branches) {
    if (b.basis != "derived") lines.push_back(line(b));
  }
  CHECK(test::diff_lists(published, lines) == "");
}

TEST_CASE("Xen 4.0 to 4.9 carry ends derived from the maintenance policies of their era", "[data][branches]") {
  const auto xen = shipped("xen");
  const auto now = project_branches(xen, std::nullopt).value();
  std::vector<std::string> derived;
  for (const auto& b : now.branches) {
    if (b.basis == "derived") derived.push_back(line(b) + " " + b.security_policy);
  }
  // Hand-computed: 4.0-4.3 end the day before the second newer release ships (the 2012 wiki rule
  // "the two most recent stable branches"); 4.4-4.9 tag date + 18 and + 36 months (the 2015 rule).
  const std::string two = "two most recent stable branches (2012 wiki policy, derived)";
  const std::string wiki = "18 months general + 36 months security (2015 wiki policy, derived)";
  CHECK(
      test::diff_lists({"4.0 2010-04-07 2012-09-16 2012-09-16 " + two, "4.1 2011-03-25 2013-07-08 2013-07-08 " + two,
                        "4.2 2012-09-17 2014-03-09 2014-03-09 " + two, "4.3 2013-07-09 2015-01-14 2015-01-14 " + two,
                        "4.4 2014-03-10 2015-09-10 2017-03-10 " + wiki, "4.5 2015-01-15 2016-07-15 2018-01-15 " + wiki,
                        "4.6 2015-10-07 2017-04-07 2018-10-07 " + wiki, "4.7 2016-06-20 2017-12-20 2019-06-20 " + wiki,
                        "4.8 2016-12-05 2018-06-05 2019-12-05 " + wiki, "4.9 2017-06-27 2018-12-27 2020-06-27 " + wiki},
                       derived) == "");
  CHECK(now.without_support_data.empty());
  std::vector<std::string> bases;
  for (const auto& b : now.branches) bases.push_back(b.version + " " + b.basis);
  CHECK(bases[9] == "4.9 derived");
  CHECK(bases[10] == "4.10 published");
  // Before the 2015 wiki text, only the 2012 rule is known: 4.4 .. 4.9 have no support data.
  const auto before = project_branches(xen, test::day_of("2015-11-09")).value();
  CHECK(before.without_support_data == std::vector<std::string>{"4.4", "4.5", "4.6", "4.7", "4.8", "4.9", "4.10",
                                                                "4.11", "4.12", "4.13", "4.14", "4.15", "4.16", "4.17",
                                                                "4.18", "4.19", "4.20", "4.21", "4.22"});
  // The policy view: 4.10 computed, so its basis is "policy".
  const auto policy = project_branches(xen, test::day_of("2100-01-01")).value();
  CHECK(policy.branches[10].version == "4.10");
  CHECK(policy.branches[10].basis == "policy");
}

TEST_CASE("As known on a day before the February 2026 extension", "[data][branches]") {
  const auto xen = shipped("xen");
  const auto before = project_branches(xen, test::day_of("2026-01-01")).value();
  std::vector<std::string> lines;
  for (const auto& b : before.branches) {
    if (b.version.size() == 4 && b.version >= "4.17") lines.push_back(line(b) + " " + b.security_policy);
  }
  const std::string old = "18 months general + 36 months security";
  CHECK(
      test::diff_lists({"4.17 2022-12-12 2024-06-12 2025-12-12 " + old, "4.18 2023-11-16 2025-05-16 2026-11-16 " + old,
                        "4.19 2024-07-29 2026-01-29 2027-07-29 " + old, "4.20 2025-03-05 2026-09-05 2028-03-05 " + old,
                        "4.21 2025-11-19 2027-05-19 2028-11-19 " + old, "4.22 2026-07-30 2028-01-30 2029-07-30 " + old},
                       lines) == "");
  const auto after = project_branches(xen, test::day_of("2026-02-12")).value();
  const auto b419 =
      *std::find_if(after.branches.begin(), after.branches.end(), [](const Branch& b) { return b.version == "4.19"; });
  CHECK(line(b419) == "4.19 2024-07-29 2026-01-29 2029-07-29");
  CHECK(b419.security_policy == "security support extended to 5 years");
  CHECK(b419.general_policy == old);
}

TEST_CASE("Branch status on boundary days: the end date still counts", "[data][branches]") {
  const Branch b{"4.19", test::day_of("2024-07-29"), test::day_of("2026-01-29"), test::day_of("2029-07-29"), "", "",
                 ""};
  const auto [day, status] = GENERATE(table<std::string, BranchStatus>({
      {"2024-07-28", BranchStatus::future},
      {"2024-07-29", BranchStatus::general},
      {"2026-01-29", BranchStatus::general},
      {"2026-01-30", BranchStatus::security},
      {"2029-07-29", BranchStatus::security},
      {"2029-07-30", BranchStatus::ended},
  }));
  INFO(day);
  CHECK(branch_status(b, test::day_of(day)) == status);
}

TEST_CASE("Without a policy or published dates a release is listed apart", "[data][branches]") {
  auto xen = shipped("xen");
  xen.policies.erase(xen.policies.begin(), xen.policies.begin() + 2);  // the two derived policies
  const auto now = project_branches(xen, std::nullopt).value();
  CHECK(now.without_support_data ==
        std::vector<std::string>{"4.0", "4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7", "4.8", "4.9"});
  CHECK(now.branches.front().version == "4.10");
  CHECK(now.branches.front().general_policy == "published");
  CHECK(now.branches.front().basis == "published");
}
