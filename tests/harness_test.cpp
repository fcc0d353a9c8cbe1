// The test harness itself. ctest runs each test case by name (catch_discover_tests in
// tests/CMakeLists.txt); CMake's list handling splits a name at ';' and mangles one with '[' or ']',
// and the pieces match no test case, so ctest would report a pass for tests that never ran. A name
// that starts with '-' reaches the test binary as an option, and the run fails.
// tests/CMakeLists.txt also runs every test case in one go, so this guard always runs.
#include <catch2/catch.hpp>

TEST_CASE("Test case names survive ctest discovery", "[harness]") {
  for (const auto& test_case : Catch::getRegistryHub().getTestCaseRegistry().getAllTests()) {
    INFO(test_case.name);
    CHECK(test_case.name.find_first_of(";[]") == std::string::npos);
    CHECK_FALSE(test_case.name.starts_with("-"));
  }
}
