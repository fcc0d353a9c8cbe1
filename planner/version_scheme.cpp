#include "planner/version_scheme.hpp"

#include <cctype>
#include <charconv>
#include <iterator>

namespace relplan {

namespace {
constexpr std::string_view placeholder = "{minor}";
bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }
}  // namespace

Result<VersionScheme> VersionScheme::parse(std::string_view pattern) {
  const auto at = pattern.find(placeholder);
  if (at == std::string_view::npos || pattern.find(placeholder, at + 1) != std::string_view::npos) {
    return Error::expected("version_scheme", "'" + std::string(pattern) + "'",
                           "a pattern with one {minor}, such as 4.{minor}");
  }
  return VersionScheme{std::string(pattern.substr(0, at)), std::string(pattern.substr(at + placeholder.size()))};
}

Result<VersionScheme> VersionScheme::continuing(std::string_view version) {
  std::size_t end = version.size();
  while (end > 0 && !is_digit(version[end - 1])) --end;
  std::size_t begin = end;
  while (begin > 0 && is_digit(version[begin - 1])) --begin;
  if (begin == end || end - begin > 6) {
    return Error::expected("first_version", "'" + std::string(version) + "'",
                           "a version whose last part is a number, such as 4.11");
  }
  return VersionScheme{std::string(version.substr(0, begin)), std::string(version.substr(end))};
}

std::string VersionScheme::format(int minor) const {
  char digits[16];
  auto [end, ec] = std::to_chars(std::begin(digits), std::end(digits), minor);
  std::string out;
  out.reserve(prefix_.size() + static_cast<std::size_t>(end - digits) + suffix_.size());
  return out.append(prefix_).append(digits, end).append(suffix_);
}

std::optional<int> VersionScheme::minor_of(std::string_view version) const {
  if (version.size() <= prefix_.size() + suffix_.size() || !version.starts_with(prefix_) ||
      !version.ends_with(suffix_)) {
    return std::nullopt;
  }
  const auto digits = version.substr(prefix_.size(), version.size() - prefix_.size() - suffix_.size());
  if (digits.size() > 6 || (digits.size() > 1 && digits.front() == '0')) return std::nullopt;
  int minor = 0;
  auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), minor);
  if (ec != std::errc{} || ptr != digits.data() + digits.size()) return std::nullopt;
  return minor;
}

Result<int> VersionScheme::require(std::string_view version, const std::string& field) const {
  if (auto m = minor_of(version)) return *m;
  return Error::expected(field, "'" + std::string(version) + "'", "a version such as " + pattern());
}

}  // namespace relplan
