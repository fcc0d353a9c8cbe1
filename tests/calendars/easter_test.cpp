// Easter 1990..2050 against a published table (tests/calendars/expected/easter.csv, sources there).
#include <catch2/catch.hpp>

#include "calendars/easter.hpp"
#include "calendars/types.hpp"
#include "tests/support/expected_files.hpp"

using namespace relplan;

TEST_CASE("Western and Orthodox Easter match the published table for 1990..2050", "[calendars][easter]") {
  const auto rows = test::read_csv(test::data_path("calendars/expected/easter.csv"));
  REQUIRE(rows.size() == 2051 - 1990);
  int year = 1990;
  for (const auto& row : rows) {
    REQUIRE(row.at("year") == std::to_string(year));
    const date::year y{year};
    CHECK(format_date(western_easter(y)) == row.at("western"));
    CHECK(format_date(orthodox_easter(y)) == row.at("orthodox"));
    ++year;
  }
}
