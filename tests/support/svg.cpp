#include "tests/support/svg.hpp"

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "tests/support/expected_files.hpp"
#include "tests/support/run_cli.hpp"

namespace relplan::test {

std::vector<std::string> svg_dump_file(const std::string& path, const std::string& mode) {
  const std::string cmd = "/usr/bin/python3 " + data_path("support/svg_dump.py") + " '" + path + "' " + mode + " 2>&1";
  std::string out;
  if (FILE* p = popen(cmd.c_str(), "r")) {
    char buf[4096];
    while (std::size_t n = fread(buf, 1, sizeof buf, p)) out.append(buf, n);
    pclose(p);
  }
  std::vector<std::string> lines;
  for (std::size_t start = 0, end; (end = out.find('\n', start)) != std::string::npos; start = end + 1) {
    lines.push_back(out.substr(start, end - start));
  }
  return lines;
}

std::vector<std::string> svg_dump(const std::string& svg_text, const std::string& mode) {
  const auto dir = temp_dir("svg");
  const auto path = dir + "/chart.svg";
  std::ofstream(path, std::ios::binary) << svg_text;
  auto lines = svg_dump_file(path, mode);
  std::filesystem::remove_all(dir);
  return lines;
}

std::map<std::string, std::string> attributes(const std::string& element_line) {
  std::map<std::string, std::string> out;
  std::size_t start = element_line.find('\t');
  while (start != std::string::npos) {
    const auto end = element_line.find('\t', start + 1);
    const auto item = element_line.substr(start + 1, end == std::string::npos ? std::string::npos : end - start - 1);
    const auto eq = item.find('=');
    if (eq != std::string::npos) out[item.substr(0, eq)] = item.substr(eq + 1);
    start = end;
  }
  return out;
}

}  // namespace relplan::test
