// Version schemes: "4.{minor}" patterns, continuing a version, and the errors.
#include "planner/version_scheme.hpp"

#include <catch2/catch.hpp>

using namespace relplan;

TEST_CASE("A scheme continues the anchor's version by its last number", "[planner][version]") {
  const auto [first, pattern, next] = GENERATE(table<std::string, std::string, std::string>({
      {"4.11", "4.{minor}", "4.12"},
      {"4.9", "4.{minor}", "4.10"},
      {"2024.1", "2024.{minor}", "2024.2"},
      {"7", "{minor}", "8"},
      {"v1.30-lts", "v1.{minor}-lts", "v1.31-lts"},
  }));
  auto scheme = VersionScheme::continuing(first);
  REQUIRE(scheme.ok());
  CHECK(scheme->pattern() == pattern);
  const auto minor = scheme->minor_of(first);
  REQUIRE(minor.has_value());
  CHECK(scheme->format(*minor + 1) == next);
}

TEST_CASE("minor_of recognises only versions of the scheme", "[planner][version]") {
  const auto scheme = VersionScheme::parse("4.{minor}").value();
  CHECK(scheme.minor_of("4.20") == std::optional<int>(20));
  CHECK(scheme.minor_of("4.0") == std::optional<int>(0));
  CHECK_FALSE(scheme.minor_of("5.1").has_value());
  CHECK_FALSE(scheme.minor_of("4.").has_value());
  CHECK_FALSE(scheme.minor_of("4.x").has_value());
  CHECK_FALSE(scheme.minor_of("4.011").has_value());
  CHECK(scheme.require("5.1", "from_version").error().message ==
        "from_version: expected a version such as 4.{minor}, saw '5.1'");
}

TEST_CASE("A pattern round-trips, and formatting round-trips through minor_of", "[planner][version]") {
  for (const std::string pattern : {"4.{minor}", "{minor}", "v1.{minor}-lts", "{minor}.0"}) {
    const auto scheme = VersionScheme::parse(pattern).value();
    CHECK(scheme.pattern() == pattern);
    for (int minor : {0, 9, 10, 123}) CHECK(scheme.minor_of(scheme.format(minor)) == std::optional<int>(minor));
  }
}

TEST_CASE("Bad patterns and versions are errors naming the input", "[planner][version]") {
  CHECK(VersionScheme::parse("4.x").error().message ==
        "version_scheme: expected a pattern with one {minor}, such as 4.{minor}, saw '4.x'");
  CHECK(VersionScheme::parse("{minor}.{minor}").error().message ==
        "version_scheme: expected a pattern with one {minor}, such as 4.{minor}, saw '{minor}.{minor}'");
  CHECK(VersionScheme::continuing("abc").error().message ==
        "first_version: expected a version whose last part is a number, such as 4.11, saw 'abc'");
}

TEST_CASE("{major}.{minor} versions compare by major, then minor, and plan the next major", "[planner][version]") {
  const auto scheme = VersionScheme::parse("{major}.{minor}").value();
  CHECK(scheme.pattern() == "{major}.{minor}");
  CHECK(scheme.major_minor());
  const auto v71 = scheme.minor_of("7.1").value();
  const auto v710 = scheme.minor_of("7.10").value();
  const auto v80 = scheme.minor_of("8.0").value();
  const auto v90 = scheme.minor_of("9.0").value();
  CHECK(v71 < v710);
  CHECK(v710 < v80);
  CHECK(scheme.format(v710) == "7.10");
  CHECK(scheme.format(scheme.advance(v90, 1)) == "10.0");
  CHECK(scheme.format(scheme.advance(v71, 1)) == "8.0");
  CHECK(scheme.format(scheme.advance(v90, 0)) == "9.0");
  CHECK(scheme.steps(v90, scheme.minor_of("11.0").value()) == std::optional<int>(2));
  CHECK_FALSE(scheme.steps(v90, scheme.minor_of("9.1").value()).has_value());
  CHECK(scheme.series(v71) == 7);
  for (const char* bad : {"7", "7.", ".1", "7.01", "07.1", "7.1000", "7.1.2", "v7.1"}) {
    INFO(bad);
    CHECK_FALSE(scheme.minor_of(bad).has_value());
  }
  CHECK(scheme.require("7", "anchor version").error().message ==
        "anchor version: expected a version such as {major}.{minor}, saw '7'");
  CHECK(VersionScheme::parse("v{major}.{minor}-lts").value().format(v71) == "v7.1-lts");
  CHECK(VersionScheme::parse("{major}-{minor}").error().message ==
        "version_scheme: expected a pattern with one {major}.{minor}, such as {major}.{minor}, saw '{major}-{minor}'");
  CHECK(VersionScheme::parse("{major}.{minor}.{minor}").error().message ==
        "version_scheme: expected a pattern with one {major}.{minor}, such as {major}.{minor}, saw "
        "'{major}.{minor}.{minor}'");
}
