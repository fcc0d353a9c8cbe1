#pragma once
// Version numbers of a release train: a pattern with one "{minor}" placeholder, e.g. "4.{minor}".
// Release k of a train whose anchor is version V has minor(V) + k: anchor "4.11" -> 4.12, 4.13, ...
// Versions compare by their minor number within one scheme; "4.9" < "4.10".
#include <optional>
#include <string>
#include <string_view>

#include "calendars/result.hpp"

namespace relplan {

class VersionScheme {
 public:
  // "4.{minor}", "v1.{minor}", "{minor}"; exactly one placeholder, e.g. the error
  //   version_scheme: expected a pattern with one {minor}, such as 4.{minor}, saw '4.x'
  static Result<VersionScheme> parse(std::string_view pattern);
  // The scheme that continues a version: its last run of digits becomes {minor}.
  //   "4.11" -> "4.{minor}", "2024.1" -> "2024.{minor}", "7" -> "{minor}"; "abc" is an error.
  static Result<VersionScheme> continuing(std::string_view version);

  std::string format(int minor) const;
  // The minor number of a version of this scheme; nullopt if it is not one ("5.1" in "4.{minor}").
  std::optional<int> minor_of(std::string_view version) const;
  // minor_of, or "<field>: expected a version such as 4.{minor}, saw '5.1'".
  Result<int> require(std::string_view version, const std::string& field) const;
  std::string pattern() const { return prefix_ + "{minor}" + suffix_; }

 private:
  VersionScheme(std::string prefix, std::string suffix) : prefix_(std::move(prefix)), suffix_(std::move(suffix)) {}
  std::string prefix_;
  std::string suffix_;
};

}  // namespace relplan
