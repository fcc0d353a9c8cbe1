#include "planner/branch_status.hpp"

namespace relplan {

BranchStatus branch_status(const Branch& branch, date::sys_days day) noexcept {
  if (day < branch.released) return BranchStatus::future;
  if (!branch.general_until || day <= *branch.general_until) return BranchStatus::general;
  if (!branch.security_until || day <= *branch.security_until) return BranchStatus::security;
  return BranchStatus::ended;
}

std::string_view to_string(BranchStatus status) noexcept {
  switch (status) {
    case BranchStatus::future:
      return "future";
    case BranchStatus::general:
      return "general";
    case BranchStatus::security:
      return "security";
    case BranchStatus::ended:
      return "ended";
  }
  return "ended";
}

}  // namespace relplan
