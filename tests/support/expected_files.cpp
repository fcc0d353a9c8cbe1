#include "tests/support/expected_files.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "calendars/types.hpp"

namespace relplan::test {

std::string data_path(const std::string& relative) { return std::string(RELPLAN_TEST_DATA) + "/" + relative; }

date::sys_days day_of(const std::string& text) {
  auto d = parse_date(text);
  if (!d) throw std::runtime_error("bad date literal " + text);
  return *d;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

namespace {
std::vector<std::string> split_csv_line(const std::string& line) {
  std::vector<std::string> out;
  std::string cur;
  bool quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        cur += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        cur += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      out.push_back(cur);
      cur.clear();
    } else if (c != '\r') {
      cur += c;
    }
  }
  out.push_back(cur);
  return out;
}
}  // namespace

std::vector<std::map<std::string, std::string>> read_csv(const std::string& path) {
  std::istringstream in(read_file(path));
  std::string line;
  std::vector<std::string> header;
  std::vector<std::map<std::string, std::string>> rows;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    auto cells = split_csv_line(line);
    if (header.empty()) {
      header = cells;
      continue;
    }
    if (cells.size() != header.size()) throw std::runtime_error(path + ": bad row: " + line);
    std::map<std::string, std::string> row;
    for (std::size_t i = 0; i < header.size(); ++i) row[header[i]] = cells[i];
    rows.push_back(std::move(row));
  }
  return rows;
}

std::vector<std::string> comment_list(const std::string& path, const std::string& key) {
  std::istringstream in(read_file(path));
  std::string line;
  const std::string prefix = "# " + key + ":";
  while (std::getline(in, line)) {
    if (line.rfind(prefix, 0) != 0) continue;
    std::vector<std::string> out;
    std::istringstream items(line.substr(prefix.size()));
    std::string item;
    while (std::getline(items, item, ',')) {
      item.erase(0, item.find_first_not_of(' '));
      item.erase(item.find_last_not_of(" \r") + 1);
      if (!item.empty()) out.push_back(item);
    }
    return out;
  }
  throw std::runtime_error(path + ": no '" + prefix + "' line");
}

std::string diff_lists(std::vector<std::string> expected, std::vector<std::string> actual) {
  std::sort(expected.begin(), expected.end());
  std::sort(actual.begin(), actual.end());
  std::vector<std::string> missing;
  std::vector<std::string> unexpected;
  std::set_difference(expected.begin(), expected.end(), actual.begin(), actual.end(), std::back_inserter(missing));
  std::set_difference(actual.begin(), actual.end(), expected.begin(), expected.end(), std::back_inserter(unexpected));
  std::string out;
  for (const auto& m : missing) out += "missing:    " + m + "\n";
  for (const auto& u : unexpected) out += "unexpected: " + u + "\n";
  return out;
}

}  // namespace relplan::test
