#include "planner/version_scheme.hpp"

#include <cctype>
#include <charconv>
#include <iterator>

namespace relplan {

namespace {
constexpr std::string_view placeholder = "{minor}";
constexpr std::string_view major_placeholder = "{major}";
constexpr std::string_view major_minor_placeholder = "{major}.{minor}";
constexpr std::size_t max_digits = 6;
bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

// A run of 1..max_digits digits without a leading zero, as a number.
std::optional<int> number_of(std::string_view digits) {
  if (digits.empty() || digits.size() > max_digits || (digits.size() > 1 && digits.front() == '0')) return std::nullopt;
  int n = 0;
  auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
  if (ec != std::errc{} || ptr != digits.data() + digits.size()) return std::nullopt;
  return n;
}

std::string digits_of(int n) {
  char digits[16];
  auto [end, ec] = std::to_chars(std::begin(digits), std::end(digits), n);
  return std::string(digits, end);
}
}  // namespace

Result<VersionScheme> VersionScheme::parse(std::string_view pattern) {
  if (pattern.find(major_placeholder) != std::string_view::npos) {
    const auto at = pattern.find(major_minor_placeholder);
    if (at == std::string_view::npos ||
        pattern.find(placeholder, at + major_minor_placeholder.size()) != std::string_view::npos ||
        pattern.find(major_placeholder, at + 1) != std::string_view::npos ||
        pattern.substr(0, at).find(placeholder) != std::string_view::npos) {
      return Error::expected("version_scheme", "'" + std::string(pattern) + "'",
                             "a pattern with one {major}.{minor}, such as {major}.{minor}");
    }
    return VersionScheme{std::string(pattern.substr(0, at)),
                         std::string(pattern.substr(at + major_minor_placeholder.size())), true};
  }
  const auto at = pattern.find(placeholder);
  if (at == std::string_view::npos || pattern.find(placeholder, at + 1) != std::string_view::npos) {
    return Error::expected("version_scheme", "'" + std::string(pattern) + "'",
                           "a pattern with one {minor}, such as 4.{minor}");
  }
  return VersionScheme{std::string(pattern.substr(0, at)), std::string(pattern.substr(at + placeholder.size())), false};
}

Result<VersionScheme> VersionScheme::continuing(std::string_view version) {
  std::size_t end = version.size();
  while (end > 0 && !is_digit(version[end - 1])) --end;
  std::size_t begin = end;
  while (begin > 0 && is_digit(version[begin - 1])) --begin;
  if (begin == end || end - begin > max_digits) {
    return Error::expected("first_version", "'" + std::string(version) + "'",
                           "a version whose last part is a number, such as 4.11");
  }
  return VersionScheme{std::string(version.substr(0, begin)), std::string(version.substr(end)), false};
}

std::string VersionScheme::pattern() const {
  return prefix_ + std::string(major_minor_ ? major_minor_placeholder : placeholder) + suffix_;
}

std::string VersionScheme::format(int number) const {
  std::string out = prefix_;
  if (major_minor_) {
    out += digits_of(number / major_factor) + "." + digits_of(number % major_factor);
  } else {
    out += digits_of(number);
  }
  return out + suffix_;
}

std::optional<int> VersionScheme::minor_of(std::string_view version) const {
  if (version.size() <= prefix_.size() + suffix_.size() || !version.starts_with(prefix_) ||
      !version.ends_with(suffix_)) {
    return std::nullopt;
  }
  const auto digits = version.substr(prefix_.size(), version.size() - prefix_.size() - suffix_.size());
  if (!major_minor_) return number_of(digits);
  const auto dot = digits.find('.');
  if (dot == std::string_view::npos) return std::nullopt;
  const auto major = number_of(digits.substr(0, dot));
  const auto minor = number_of(digits.substr(dot + 1));
  if (!major || !minor || *minor >= major_factor || *major > max_major) return std::nullopt;
  return *major * major_factor + *minor;
}

Result<int> VersionScheme::require(std::string_view version, const std::string& field) const {
  if (auto m = minor_of(version)) return *m;
  return Error::expected(field, "'" + std::string(version) + "'", "a version such as " + pattern());
}

int VersionScheme::advance(int number, int k) const {
  if (!major_minor_) return number + k;
  if (k == 0) return number;
  return (number / major_factor + k) * major_factor;
}

std::optional<int> VersionScheme::steps(int first, int number) const {
  if (!major_minor_) return number >= first ? std::optional<int>(number - first) : std::nullopt;
  if (number == first) return 0;
  const int k = number / major_factor - first / major_factor;
  if (k <= 0 || number % major_factor != 0) return std::nullopt;
  return k;
}

}  // namespace relplan
