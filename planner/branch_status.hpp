#pragma once
// Where a branch stands on a day. A branch is alive on every day from its release through its end
// date, both included (projects write the last supported day):
//   future    day < released
//   general   released <= day <= general_until
//   security  general_until < day <= security_until
//   ended     day > security_until
// An open end (nullopt: "the last N releases" with the Nth newer release beyond the plan) never ends.
#include <string_view>

#include "planner/support_policy.hpp"

namespace relplan {

enum class BranchStatus { future, general, security, ended };

BranchStatus branch_status(const Branch& branch, date::sys_days day) noexcept;
std::string_view to_string(BranchStatus status) noexcept;

}  // namespace relplan
