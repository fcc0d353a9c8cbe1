#pragma once
// Version numbers of a release train. Two forms of pattern:
//   - one "{minor}" placeholder, e.g. "4.{minor}": release k of a train whose anchor is version V
//     has minor(V) + k (anchor "4.11" -> 4.12, 4.13, ...); versions compare by their minor number,
//     "4.9" < "4.10";
//   - "{major}.{minor}" (with an optional fixed prefix and suffix, "v{major}.{minor}"): versions
//     such as OpenXT's 7.1 or 8.2 compare numerically by major, then minor ("7.1" < "7.10" < "8.0");
//     planning the next release increments the major and sets the minor to 0 (9.0 -> 10.0, and 7.1
//     -> 8.0): point releases such as 7.1 happen, but the train plans majors.
// A version's `number` (minor_of) is its place in that order: the minor for the first form, major *
// 1000 + minor for the second (minor 0..999). Arithmetic on numbers goes through advance() and
// steps(), which know the form; `series` is the number that LTS rules ("every n-th", even/odd) count:
// the minor, or the major.
#include <optional>
#include <string>
#include <string_view>

#include "calendars/result.hpp"

namespace relplan {

class VersionScheme {
 public:
  // "4.{minor}", "v1.{minor}", "{minor}", "{major}.{minor}"; exactly one {minor}, e.g. the errors
  //   version_scheme: expected a pattern with one {minor}, such as 4.{minor}, saw '4.x'
  //   version_scheme: expected a pattern with one {major}.{minor}, such as {major}.{minor}, saw '{major}-{minor}'
  static Result<VersionScheme> parse(std::string_view pattern);
  // The scheme that continues a version: its last run of digits becomes {minor}.
  //   "4.11" -> "4.{minor}", "2024.1" -> "2024.{minor}", "7" -> "{minor}"; "abc" is an error.
  static Result<VersionScheme> continuing(std::string_view version);

  // The version of a number (as minor_of gives it).
  std::string format(int number) const;
  // The number of a version of this scheme; nullopt if it is not one ("5.1" in "4.{minor}", "7" or
  // "7.1000" in "{major}.{minor}").
  std::optional<int> minor_of(std::string_view version) const;
  // minor_of, or "<field>: expected a version such as 4.{minor}, saw '5.1'".
  Result<int> require(std::string_view version, const std::string& field) const;
  // The number of the k-th release after `number` (k >= 0) on a train: number + k, or for
  // {major}.{minor} the major + k with minor 0 (k > 0).
  int advance(int number, int k) const;
  // The k >= 0 with advance(first, k) == number; nullopt when `number` is not on the train from `first`.
  std::optional<int> steps(int first, int number) const;
  // The number LTS rules count: the minor, or the major of a {major}.{minor} scheme.
  int series(int number) const { return major_minor_ ? number / major_factor : number; }
  bool major_minor() const { return major_minor_; }
  std::string pattern() const;

 private:
  static constexpr int major_factor = 1000;
  static constexpr int max_major = 999999;  // major * 1000 + 999 fits an int
  VersionScheme(std::string prefix, std::string suffix, bool major_minor)
      : prefix_(std::move(prefix)), suffix_(std::move(suffix)), major_minor_(major_minor) {}
  std::string prefix_;
  std::string suffix_;
  bool major_minor_ = false;
};

}  // namespace relplan
