// Rule evaluation on small calendars written for the test: each rule kind, observed policies,
// except_years, bridge days, and occurrences that cross a year end.
#include <catch2/catch.hpp>

#include "tests/support/calendars.hpp"
#include "tests/support/expected_files.hpp"

using namespace relplan;
using test::day;

namespace {

std::vector<std::string> listed(const Calendar& cal, const std::string& from, const std::string& to) {
  std::vector<std::string> out;
  for (const auto& o : cal.occurrences(day(from), day(to)).value()) {
    out.push_back(format_date(o.date) + " " + o.name + " [" + std::string(to_string(o.kind)) + "]");
  }
  return out;
}

const std::string header = R"(
id = "T"
name = "Test"
first_year = 2019
last_year = 2023
weekend = ["sat", "sun"]
)";

}  // namespace

TEST_CASE("Each rule kind yields its dates", "[calendars][evaluate]") {
  const auto cal = test::calendar_from_toml(header + R"(
[[holiday]]
name = "Fixed"
rule = "fixed"
month = 7
day = 4
source = "test"
[[holiday]]
name = "Third Monday"
rule = "nth_weekday"
month = 1
weekday = "mon"
nth = 3
source = "test"
[[holiday]]
name = "Last Monday"
rule = "nth_weekday"
month = 5
weekday = "mon"
nth = -1
source = "test"
[[holiday]]
name = "Fifth Friday"
rule = "nth_weekday"
month = 3
weekday = "fri"
nth = 5
source = "test"
[[holiday]]
name = "Monday before 24 May"
rule = "weekday_on_or_before"
month = 5
day = 24
weekday = "mon"
source = "test"
[[holiday]]
name = "Saturday after 20 June"
rule = "weekday_on_or_after"
month = 6
day = 20
weekday = "sat"
source = "test"
[[holiday]]
name = "Good Friday"
rule = "easter"
offset = -2
source = "test"
[[holiday]]
name = "Orthodox Easter Monday"
rule = "orthodox_easter"
offset = 1
source = "test"
[[holiday]]
name = "Table"
rule = "table"
dates = ["2021-02-12", "2021-02-13"]
source = "test"
[[holiday]]
name = "One-off"
rule = "one_off"
date = "2021-11-30"
kind = "special"
source = "test"
)");
  const std::vector<std::string> expected{
      "2021-01-18 Third Monday [holiday]",
      "2021-02-12 Table [holiday]",
      "2021-02-13 Table [holiday]",
      "2021-04-02 Good Friday [holiday]",
      "2021-05-03 Orthodox Easter Monday [holiday]",  // Orthodox Easter 2021: 2 May
      "2021-05-24 Monday before 24 May [holiday]",    // 24 May 2021 is a Monday
      "2021-05-31 Last Monday [holiday]",
      "2021-06-26 Saturday after 20 June [holiday]",
      "2021-07-04 Fixed [holiday]",
      "2021-11-30 One-off [special]",
  };
  CHECK(test::diff_lists(expected, listed(cal, "2021-01-01", "2021-12-31")) == "");
  // March 2019 has five Fridays (29th); March 2021 has four.
  CHECK(test::diff_lists({"2019-03-29 Fifth Friday [holiday]"}, listed(cal, "2019-03-01", "2019-03-31")) == "");
}

TEST_CASE("Observed policies, in date order, across the year end", "[calendars][evaluate]") {
  const auto cal = test::calendar_from_toml(header + R"(
[[holiday]]
name = "New Year"
rule = "fixed"
month = 1
day = 1
observed_saturday = "preceding_friday"
observed_sunday = "following_monday"
source = "test"
[[holiday]]
name = "Christmas"
rule = "fixed"
month = 12
day = 25
observed_saturday = "next_working_day"
observed_sunday = "next_working_day"
source = "test"
[[holiday]]
name = "Boxing"
rule = "fixed"
month = 12
day = 26
observed_saturday = "next_working_day"
observed_sunday = "next_working_day"
observed_kind = "substitute"
observed_since = 2021
source = "test"
)");
  // 2021: Christmas Sat -> Mon 27, Boxing Sun -> Tue 28; New Year 2022 Sat -> Fri 31 Dec 2021.
  CHECK(test::diff_lists(
            {
                "2021-01-01 New Year [holiday]",
                "2021-12-25 Christmas [holiday]",
                "2021-12-26 Boxing [holiday]",
                "2021-12-27 Christmas [observed]",
                "2021-12-28 Boxing [substitute]",
                "2021-12-31 New Year [observed]",
            },
            listed(cal, "2021-01-01", "2021-12-31")) == "");
  // 2020: Boxing Sat 26 Dec but observed only since 2021.
  CHECK(test::diff_lists(
            {"2020-01-01 New Year [holiday]", "2020-12-25 Christmas [holiday]", "2020-12-26 Boxing [holiday]"},
            listed(cal, "2020-01-01", "2020-12-31")) == "");
  // 2023: New Year Sun -> Mon 2 Jan.
  CHECK(test::diff_lists({"2023-01-01 New Year [holiday]", "2023-01-02 New Year [observed]"},
                         listed(cal, "2023-01-01", "2023-01-02")) == "");
}

TEST_CASE("since, until and except_years bound a rule, bridge days fill a gap", "[calendars][evaluate]") {
  const auto cal = test::calendar_from_toml(header + R"(
[bridge]
name = "Bridge"
since = 2020
except_weekdays = ["sun"]
source = "test"

[[holiday]]
name = "A"
rule = "fixed"
month = 5
day = 3
source = "test"
[[holiday]]
name = "C"
rule = "fixed"
month = 5
day = 5
since = 2020
until = 2022
except_years = [2021]
source = "test"
)");
  // 2019: no C, so no bridge. 2020: A Sun 3, C Tue 5 -> Mon 4 bridge. 2021: C excepted.
  // 2022: A Tue 3, C Thu 5 -> Wed 4 bridge. 2023: C ended.
  CHECK(test::diff_lists(
            {
                "2019-05-03 A [holiday]",
                "2020-05-03 A [holiday]",
                "2020-05-04 Bridge [holiday]",
                "2020-05-05 C [holiday]",
                "2021-05-03 A [holiday]",
                "2022-05-03 A [holiday]",
                "2022-05-04 Bridge [holiday]",
                "2022-05-05 C [holiday]",
                "2023-05-03 A [holiday]",
            },
            listed(cal, "2019-01-01", "2023-12-31")) == "");
}
