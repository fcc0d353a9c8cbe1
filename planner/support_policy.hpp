#pragma once
// Support policies and the stable branches they produce.
//
// A branch (release line) gets general (full) support until one date and security support until a
// later one, both counted from the day it was released (actual date, else planned) and both days
// included:
//   - SupportMonths{m}: released + m months, same day of the month, clamped at month end
//     (Xen 4.10: 2017-12-13 + 18 months = 2019-06-13, + 36 months = 2020-12-13);
//   - SupportLastN{n}: "the last n releases": the branch's support ends the day before the n-th
//     newer release ships, so on that day only the n newest branches are alive. If that release is
//     beyond the horizon, the end is open (nullopt).
// A policy covers the branches that pass all its filters: version range (from/to, inclusive), an
// explicit version list, every n-th release from a version (LTS), even or odd minors, and, with
// reach released_since_decision, only branches released on or after its decision date. A policy may
// set only the general end, only the security end, or both.
//
// Policies change over time. For each branch and each end, the policy that sets it is the last one,
// in order of decision date (undated policies first; same date: the later in the list), that covers
// the branch. A later decision may extend branches already released (reach matching_branches): the
// Xen Project extended 4.17..4.19 security support to 60 months on 2026-02-12. The view "as known on
// DATE" ignores the policies decided after DATE; without it, every policy counts.
#include <optional>
#include <span>
#include <string>
#include <variant>
#include <vector>

#include "planner/release_train.hpp"

namespace relplan {

struct SupportMonths {
  int months = 0;  // 1..max_support_months
};
struct SupportLastN {
  int releases = 0;  // 1..max_last_n
};
using SupportLength = std::variant<SupportMonths, SupportLastN>;
inline constexpr int max_support_months = 240;
inline constexpr int max_last_n = 100;

enum class Parity { even, odd };
struct EveryNth {  // `starting_at`, then every n-th version after it: 4.12, 4.16, 4.20 for {4, "4.12"}
  int n = 1;
  std::string starting_at{};
};
enum class PolicyReach { matching_branches, released_since_decision };

struct SupportPolicy {
  std::string name{};
  std::optional<date::sys_days> decided{};  // nullopt: in force before the plan starts
  PolicyReach reach = PolicyReach::matching_branches;
  std::optional<std::string> from_version{};
  std::optional<std::string> to_version{};
  std::vector<std::string> versions{};  // empty: any
  std::optional<EveryNth> every{};
  std::optional<Parity> parity{};
  std::optional<SupportLength> general{};
  std::optional<SupportLength> security{};
  // What the ends it sets rest on, as outputs show it: "policy" (the project's stated policy) or
  // "derived" (a policy of their era applied by relplan to branches the project gave no dates for).
  std::string basis{"policy"};
};

struct Branch {
  std::string version;
  date::sys_days released;
  std::optional<date::sys_days> general_until;   // nullopt: open (see SupportLastN)
  std::optional<date::sys_days> security_until;  // nullopt: open
  std::string general_policy;                    // the name of the policy that set general_until
  std::string security_policy;                   // the name of the policy that set security_until
  // What the ends rest on: "published" (the project's own dates), "policy" or "derived" (the basis of
  // the policies that set them; when the two ends differ, the one that is not "policy").
  std::string basis;
};

// One branch per release, in release order. Errors name the policy or the branch:
//   support policy 'LTS': every: expected n in 1..100, saw 0
//   branch 4.11: no support policy sets its security support (policies known on 2015-01-01)
Result<std::vector<Branch>> support_branches(std::span<const PlannedRelease> releases,
                                             std::span<const SupportPolicy> policies, const VersionScheme& scheme,
                                             std::optional<date::sys_days> as_known_on = std::nullopt);

}  // namespace relplan
