// Each shipped calendar against an independent expected list (tests/calendars/expected/<id>.csv,
// transcribed from official lists; the sources are in each file). Whole years, diffed both ways.
#include <catch2/catch.hpp>

#include "calendars/io/registry.hpp"
#include "tests/support/expected_files.hpp"

using namespace relplan;

namespace {

std::string row_text(const std::string& date, const std::string& name, const std::string& kind) {
  return date + " " + name + " [" + kind + "]";
}

}  // namespace

TEST_CASE("Shipped calendars match the official lists, whole years, both ways", "[calendars][data]") {
  const auto [id, file] = GENERATE(table<std::string, std::string>({
      {"US", "us.csv"},
      {"US-FED-CLOSINGS", "us-fed-closings.csv"},
      {"GB-ENG", "gb-eng.csv"},
      {"DE", "de.csv"},
      {"FR", "fr.csv"},
      {"JP", "jp.csv"},
      {"CN", "cn.csv"},
  }));
  const auto path = test::data_path("calendars/expected/" + file);
  const auto years = test::comment_list(path, "years");
  const auto rows = test::read_csv(path);
  const auto cal = CalendarRegistry::shipped().get(id).value();
  REQUIRE(years.size() >= 5);
  for (const auto& year_text : years) {
    const int year = std::stoi(year_text);
    INFO(id << " " << year);
    std::vector<std::string> expected;
    for (const auto& r : rows) {
      if (r.at("date").substr(0, 4) == year_text)
        expected.push_back(row_text(r.at("date"), r.at("name"), r.at("kind")));
    }
    std::vector<std::string> actual;
    const auto list =
        cal.occurrences(date::sys_days{date::year{year} / 1 / 1}, date::sys_days{date::year{year} / 12 / 31});
    REQUIRE(list.ok());
    for (const auto& o : *list) actual.push_back(row_text(format_date(o.date), o.name, std::string(to_string(o.kind))));
    CHECK(test::diff_lists(expected, actual) == "");
  }
}

TEST_CASE("Every shipped calendar covers at least 2000..2050 and cites sources", "[calendars][data]") {
  const auto specs = CalendarRegistry::shipped().specs();
  std::vector<std::string> ids;
  for (const auto& s : specs) {
    ids.push_back(s->id);
    CHECK(s->first_year <= 2000);
    CHECK(s->last_year >= 2050);
    CHECK_FALSE(s->sources.empty());
    for (const auto& rule : s->holidays) {
      INFO(s->id << ": " << rule.name);
      CHECK_FALSE(rule.source.empty());
    }
  }
  CHECK(test::diff_lists({"CN", "DE", "FR", "GB-ENG", "JP", "US", "US-FED-CLOSINGS"}, ids) == "");
}
