#pragma once
// Test support: runs the built relplan binary (RELPLAN_BINARY) and captures what it printed.
#include <string>
#include <vector>

namespace relplan::test {

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs RELPLAN_BINARY with `args` (each passed as one argument, shell-quoted).
RunResult run_relplan(const std::vector<std::string>& args);

}  // namespace relplan::test
