#pragma once
// Test support: runs the built relplan binary and captures its exit code, stdout and stderr.
#include <string>
#include <vector>

namespace relplan::test {

struct CliRun {
  int exit_code;
  std::string out;
  std::string err;
};

// Arguments are passed without a shell; `env` entries are NAME=VALUE added to the environment.
CliRun run_relplan(const std::vector<std::string>& args, const std::vector<std::string>& env = {});

// A fresh temporary directory for one test (removed by the caller if it cares).
std::string temp_dir(const std::string& tag);

}  // namespace relplan::test
