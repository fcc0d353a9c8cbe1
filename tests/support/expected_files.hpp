#pragma once
// Test support: reading the independent expected lists in tests/**/expected/ and diffing lists.
#include <map>
#include <string>
#include <vector>

#include <date/date.h>

namespace relplan::test {

std::string data_path(const std::string& relative);  // relative to tests/
// "2019-12-11" -> sys_days; throws on a bad literal (a bug in the test).
date::sys_days day_of(const std::string& text);
std::string read_file(const std::string& path);

// A CSV file with '#' comment lines and a header row; each row maps column -> value.
std::vector<std::map<std::string, std::string>> read_csv(const std::string& path);
// The values of a "# key: a,b,c" comment line.
std::vector<std::string> comment_list(const std::string& path, const std::string& key);

// Both directions of a list difference, for a failure message that shows what is missing and what
// is unexpected: "missing: ...\nunexpected: ...". Empty when the lists are equal as multisets.
std::string diff_lists(std::vector<std::string> expected, std::vector<std::string> actual);

}  // namespace relplan::test
