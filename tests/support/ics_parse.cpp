#include "tests/support/ics_parse.hpp"

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "tests/support/expected_files.hpp"
#include "tests/support/run_cli.hpp"

namespace relplan::test {

std::string parse_ics(const std::string& ics_text) {
  const auto dir = temp_dir("ics");
  const auto path = dir + "/cal.ics";
  std::ofstream(path, std::ios::binary) << ics_text;
  const std::string cmd = "/usr/bin/python3 " + data_path("support/ics_dump.py") + " " + path + " 2>&1";
  std::string out;
  if (FILE* p = popen(cmd.c_str(), "r")) {
    char buf[4096];
    while (std::size_t n = fread(buf, 1, sizeof buf, p)) out.append(buf, n);
    pclose(p);
  }
  std::filesystem::remove_all(dir);
  return out;
}

}  // namespace relplan::test
