// The comparison adapters: reasons grouped by day, CSV quoting, JSON nulls and a weeks cadence.
#include <catch2/catch.hpp>

#include "data/export/compare_csv.hpp"
#include "data/export/compare_json.hpp"
#include "tests/support/calendars.hpp"
#include "tests/support/trains.hpp"

using namespace relplan;
using test::day;

TEST_CASE("reasons_text groups the reasons of a day and separates the days", "[data][export][compare]") {
  const std::vector<ShiftReason> reasons{
      {day("2019-11-10"), SkipRule::weekend, "weekend (US)"},
      {day("2019-11-10"), SkipRule::weekday_rule, "weekday rule: sun not in tue,wed,thu"},
      {day("2019-11-11"), SkipRule::holiday, "holiday US Veterans Day"},
  };
  CHECK(reasons_text(reasons) ==
        "2019-11-10 sun: weekend (US); weekday rule: sun not in tue,wed,thu | 2019-11-11 mon: holiday US Veterans Day");
  CHECK(reasons_text({}) == "");
}

TEST_CASE("JSON of a weeks cadence with open ends and an empty window", "[data][export][compare]") {
  Scenario s;
  s.name = "fortnightly";
  s.train = test::arithmetic_train(Cadence::weeks(2), "2021-01-05", "1", 2);
  s.support = {SupportPolicy{.name = "last", .general = SupportLastN{1}, .security = SupportLastN{1}}};
  const auto result = evaluate_scenario(s).value();
  const auto json = compare_json(std::span(&result, 1));
  const auto& item = json.at("scenarios").at(0);
  CHECK(item.at("name") == "fortnightly");
  CHECK(item.at("cadence_months").is_null());
  CHECK(item.at("cadence_weeks") == 2);
  // Branch 1 ends the day before 2 ships; branch 2's end is open.
  CHECK(item.at("branches").at(0).at("security_until") == "2021-01-18");
  CHECK(item.at("branches").at(1).at("security_until").is_null());
  CHECK(item.at("metrics").at("branch_months_per_year").is_null());
  CHECK(item.at("metrics").at("steady_state") ==
        nlohmann::ordered_json({{"from", "2021-01-19"}, {"to", "2021-01-19"}}));
  CHECK(item.at("metrics").at("max_security_supported") == 1);
  CHECK(item.at("metrics").at("notes").size() == 2);
}

TEST_CASE("CSV quotes a scenario name with a comma", "[data][export][compare]") {
  Scenario s;
  s.name = "8 months, US";
  s.train = test::arithmetic_train(Cadence::months(8), "2018-07-10", "4.11", 1);
  s.support = {SupportPolicy{.name = "p", .general = SupportMonths{18}, .security = SupportMonths{36}}};
  const auto result = evaluate_scenario(s).value();
  CHECK(compare_csv(std::span(&result, 1)) ==
        "scenario,cadence,version,nominal,planned,shift_days,reasons\n"
        "\"8 months, US\",8 months,4.11,2018-07-10,2018-07-10,0,\n");
}
