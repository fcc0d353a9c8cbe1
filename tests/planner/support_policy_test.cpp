// Support policies: months from the release date, LTS variants, "the last N releases", policies that
// change by version and by decision date, the retroactive Xen extension of 2026-02-12 and the
// "as known on" view. Xen dates are the SUPPORT.md values transcribed in data/projects/xen.toml.
#include <catch2/catch.hpp>

#include "planner/support_policy.hpp"
#include "tests/support/calendars.hpp"
#include "tests/support/expected_files.hpp"
#include "tests/support/trains.hpp"

using namespace relplan;
using test::day;

namespace {

std::string end_text(const std::optional<date::sys_days>& d) { return d ? format_date(*d) : "open"; }

// "4.17 2022-12-12 general 2024-06-12 [18/36] security 2027-12-12 [ext]"
std::vector<std::string> lines(const std::vector<Branch>& branches) {
  std::vector<std::string> out;
  for (const auto& b : branches) {
    out.push_back(b.version + " " + format_date(b.released) + " general " + end_text(b.general_until) + " [" +
                  b.general_policy + "] security " + end_text(b.security_until) + " [" + b.security_policy + "]");
  }
  return out;
}

// Xen 4.10 .. 4.22 as released (xen.toml, SUPPORT.md Initial-Release).
std::vector<PlannedRelease> xen_history() {
  auto t = test::arithmetic_train(Cadence::months(8), "2017-12-13", "4.10", 13);
  t.anchor.kind = AnchorKind::last_actual_release;
  const char* released[] = {"2018-07-10", "2019-04-02", "2019-12-18", "2020-07-24", "2021-04-08", "2021-12-02",
                            "2022-12-12", "2023-11-16", "2024-07-29", "2025-03-05", "2025-11-19", "2026-07-30"};
  for (int i = 0; i < 12; ++i) t.actuals.push_back({"4." + std::to_string(11 + i), day(released[i])});
  return plan_releases(t).value();
}

std::vector<SupportPolicy> xen_policies() {
  SupportPolicy base{.name = "18/36",
                     .decided = day("2015-11-10"),
                     .from_version = "4.10",
                     .general = SupportMonths{18},
                     .security = SupportMonths{36}};
  SupportPolicy longer{.name = "3y/5y",
                       .decided = day("2026-02-12"),
                       .from_version = "4.20",
                       .general = SupportMonths{36},
                       .security = SupportMonths{60}};
  SupportPolicy extension{
      .name = "ext", .decided = day("2026-02-12"), .versions = {"4.17", "4.18", "4.19"}, .security = SupportMonths{60}};
  return {base, longer, extension};
}

const VersionScheme four = VersionScheme::parse("4.{minor}").value();

}  // namespace

TEST_CASE("Xen's policies reproduce every SUPPORT.md date, extension included", "[planner][support]") {
  const auto branches = support_branches(xen_history(), xen_policies(), four).value();
  const std::vector<std::string> expected{
      "4.10 2017-12-13 general 2019-06-13 [18/36] security 2020-12-13 [18/36]",
      "4.11 2018-07-10 general 2020-01-10 [18/36] security 2021-07-10 [18/36]",
      "4.12 2019-04-02 general 2020-10-02 [18/36] security 2022-04-02 [18/36]",
      "4.13 2019-12-18 general 2021-06-18 [18/36] security 2022-12-18 [18/36]",
      "4.14 2020-07-24 general 2022-01-24 [18/36] security 2023-07-24 [18/36]",
      "4.15 2021-04-08 general 2022-10-08 [18/36] security 2024-04-08 [18/36]",
      "4.16 2021-12-02 general 2023-06-02 [18/36] security 2024-12-02 [18/36]",
      "4.17 2022-12-12 general 2024-06-12 [18/36] security 2027-12-12 [ext]",
      "4.18 2023-11-16 general 2025-05-16 [18/36] security 2028-11-16 [ext]",
      "4.19 2024-07-29 general 2026-01-29 [18/36] security 2029-07-29 [ext]",
      "4.20 2025-03-05 general 2028-03-05 [3y/5y] security 2030-03-05 [3y/5y]",
      "4.21 2025-11-19 general 2028-11-19 [3y/5y] security 2030-11-19 [3y/5y]",
      "4.22 2026-07-30 general 2029-07-30 [3y/5y] security 2031-07-30 [3y/5y]",
  };
  CHECK(test::diff_lists(expected, lines(branches)) == "");
}

TEST_CASE("As known on a date: only the policies decided by then", "[planner][support]") {
  const auto releases = xen_history();
  // On 2026-02-11 the extension was not decided: 4.17's security support had ended on 2025-12-12, and
  // 4.20 and 4.21 had 18/36 (their original SUPPORT.md dates).
  const auto before = lines(support_branches(releases, xen_policies(), four, day("2026-02-11")).value());
  CHECK(std::find(before.begin(), before.end(),
                  "4.17 2022-12-12 general 2024-06-12 [18/36] security 2025-12-12 [18/36]") != before.end());
  CHECK(std::find(before.begin(), before.end(),
                  "4.20 2025-03-05 general 2026-09-05 [18/36] security 2028-03-05 [18/36]") != before.end());
  CHECK(std::find(before.begin(), before.end(),
                  "4.21 2025-11-19 general 2027-05-19 [18/36] security 2028-11-19 [18/36]") != before.end());
  // On the decision day itself the decision counts.
  const auto on = lines(support_branches(releases, xen_policies(), four, day("2026-02-12")).value());
  CHECK(std::find(on.begin(), on.end(), "4.17 2022-12-12 general 2024-06-12 [18/36] security 2027-12-12 [ext]") !=
        on.end());
  // Before any policy was decided, nothing sets the support: an error naming the branch and the date.
  auto none = support_branches(releases, xen_policies(), four, day("2015-01-01"));
  REQUIRE_FALSE(none.ok());
  CHECK(none.error().message ==
        "branch 4.10: no support policy sets its general support (policies known on 2015-01-01)");
}

TEST_CASE(
    "A policy decided later wins over an earlier one whatever the list order, on the same date the later in the list",
    "[planner][support]") {
  auto policies = xen_policies();
  std::reverse(policies.begin(), policies.end());  // ext, 3y/5y, 18/36: decision dates still order them
  const auto branches = lines(support_branches(xen_history(), policies, four).value());
  CHECK(branches[7] == "4.17 2022-12-12 general 2024-06-12 [18/36] security 2027-12-12 [ext]");
  // Two undated policies: the later in the list wins.
  const auto releases = support_branches(xen_history(),
                                         std::vector<SupportPolicy>{
                                             {.name = "a", .general = SupportMonths{12}, .security = SupportMonths{24}},
                                             {.name = "b", .security = SupportMonths{30}}},
                                         four)
                            .value();
  CHECK(lines(releases)[0] == "4.10 2017-12-13 general 2018-12-13 [a] security 2020-06-13 [b]");
}

TEST_CASE("LTS every n-th release and even/odd variants have their own lengths", "[planner][support]") {
  const auto releases = plan_releases(test::arithmetic_train(Cadence::months(6), "2021-01-05", "4.10", 6)).value();
  const SupportPolicy base{.name = "regular", .general = SupportMonths{6}, .security = SupportMonths{12}};
  const SupportPolicy lts{
      .name = "LTS", .every = EveryNth{4, "4.12"}, .general = SupportMonths{24}, .security = SupportMonths{48}};
  const std::vector<std::string> every_fourth{
      "4.10 2021-01-05 general 2021-07-05 [regular] security 2022-01-05 [regular]",
      "4.11 2021-07-05 general 2022-01-05 [regular] security 2022-07-05 [regular]",
      "4.12 2022-01-05 general 2024-01-05 [LTS] security 2026-01-05 [LTS]",
      "4.13 2022-07-05 general 2023-01-05 [regular] security 2023-07-05 [regular]",
      "4.14 2023-01-05 general 2023-07-05 [regular] security 2024-01-05 [regular]",
      "4.15 2023-07-05 general 2024-01-05 [regular] security 2024-07-05 [regular]",
  };
  CHECK(test::diff_lists(every_fourth, lines(support_branches(releases, std::vector{base, lts}, four).value())) == "");
  const SupportPolicy even{.name = "even", .parity = Parity::even, .security = SupportMonths{36}};
  const std::vector<std::string> even_longer{
      "4.10 2021-01-05 general 2021-07-05 [regular] security 2024-01-05 [even]",
      "4.11 2021-07-05 general 2022-01-05 [regular] security 2022-07-05 [regular]",
      "4.12 2022-01-05 general 2022-07-05 [regular] security 2025-01-05 [even]",
      "4.13 2022-07-05 general 2023-01-05 [regular] security 2023-07-05 [regular]",
      "4.14 2023-01-05 general 2023-07-05 [regular] security 2026-01-05 [even]",
      "4.15 2023-07-05 general 2024-01-05 [regular] security 2024-07-05 [regular]",
  };
  CHECK(test::diff_lists(even_longer, lines(support_branches(releases, std::vector{base, even}, four).value())) == "");
}

TEST_CASE("The last N releases: support ends the day before the N-th newer release ships", "[planner][support]") {
  // Releases 2021-01-05, 2021-07-05, 2022-01-05, 2022-07-05, 2023-01-05.
  const auto releases = plan_releases(test::arithmetic_train(Cadence::months(6), "2021-01-05", "4.10", 5)).value();
  const SupportPolicy last{.name = "last 1 / last 2", .general = SupportLastN{1}, .security = SupportLastN{2}};
  const std::vector<std::string> expected{
      "4.10 2021-01-05 general 2021-07-04 [last 1 / last 2] security 2022-01-04 [last 1 / last 2]",
      "4.11 2021-07-05 general 2022-01-04 [last 1 / last 2] security 2022-07-04 [last 1 / last 2]",
      "4.12 2022-01-05 general 2022-07-04 [last 1 / last 2] security 2023-01-04 [last 1 / last 2]",
      "4.13 2022-07-05 general 2023-01-04 [last 1 / last 2] security open [last 1 / last 2]",
      "4.14 2023-01-05 general open [last 1 / last 2] security open [last 1 / last 2]",
  };
  CHECK(test::diff_lists(expected, lines(support_branches(releases, std::vector{last}, four).value())) == "");
}

TEST_CASE("A policy by decision date covers only the branches released on or after it", "[planner][support]") {
  const auto releases = plan_releases(test::arithmetic_train(Cadence::months(6), "2021-01-05", "4.10", 3)).value();
  const SupportPolicy old_policy{.name = "old", .general = SupportMonths{6}, .security = SupportMonths{12}};
  const SupportPolicy new_policy{.name = "new",
                                 .decided = day("2021-07-05"),
                                 .reach = PolicyReach::released_since_decision,
                                 .security = SupportMonths{24}};
  const std::vector<std::string> expected{
      "4.10 2021-01-05 general 2021-07-05 [old] security 2022-01-05 [old]",
      "4.11 2021-07-05 general 2022-01-05 [old] security 2023-07-05 [new]",  // released on the decision day
      "4.12 2022-01-05 general 2022-07-05 [old] security 2024-01-05 [new]",
  };
  CHECK(test::diff_lists(expected,
                         lines(support_branches(releases, std::vector{old_policy, new_policy}, four).value())) == "");
}

TEST_CASE("Bad policies are errors naming the policy, the field and the rule", "[planner][support]") {
  const auto releases = plan_releases(test::arithmetic_train(Cadence::months(6), "2021-01-05", "4.10", 2)).value();
  const auto [policy, message] = GENERATE(table<SupportPolicy, std::string>({
      {SupportPolicy{.name = "p", .general = SupportMonths{0}, .security = SupportMonths{12}},
       "support policy 'p': general months: expected 1..240, saw 0"},
      {SupportPolicy{.name = "p", .general = SupportMonths{6}, .security = SupportLastN{0}},
       "support policy 'p': security last releases: expected 1..100, saw 0"},
      {SupportPolicy{.name = "p", .from_version = "5.0", .general = SupportMonths{6}, .security = SupportMonths{12}},
       "support policy 'p': from_version: expected a version such as 4.{minor}, saw '5.0'"},
      {SupportPolicy{.name = "p", .every = EveryNth{0, "4.10"}, .security = SupportMonths{12}},
       "support policy 'p': every: expected n in 1..100, saw 0"},
      {SupportPolicy{.name = "p"}, "support policy 'p': sets neither general nor security support"},
      {SupportPolicy{.name = "p", .reach = PolicyReach::released_since_decision, .security = SupportMonths{12}},
       "support policy 'p': reach released_since_decision needs a decision date"},
      {SupportPolicy{.name = "p", .from_version = "4.11", .general = SupportMonths{6}, .security = SupportMonths{12}},
       "branch 4.10: no support policy sets its general support"},
  }));
  auto r = support_branches(releases, std::vector{policy}, four);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().message == message);
}
