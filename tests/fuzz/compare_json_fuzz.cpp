// libFuzzer harness 5: a POST /api/v1/compare body, read as web/routes_compare.cpp reads it (parse
// without exceptions, an object, scenarios_from_json), compared, and answered in JSON and CSV.
#include "data/export/compare_csv.hpp"
#include "data/export/compare_json.hpp"
#include "tests/fuzz/fuzz_support.hpp"
#include "web/compare_request.hpp"

using namespace relplan;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto body = nlohmann::json::parse(fuzz::text_of(data, size), nullptr, /*allow_exceptions=*/false);
  if (body.is_discarded() || !body.is_object()) return 0;
  auto scenarios = scenarios_from_json(body, CalendarRegistry::shipped());
  if (!scenarios) return 0;
  auto results = compare_scenarios(*scenarios);
  if (!results) return 0;
  (void)compare_json_text(*results);
  (void)compare_csv(*results);
  return 0;
}
