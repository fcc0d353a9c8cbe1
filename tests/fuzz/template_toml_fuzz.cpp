// libFuzzer harness 3: one schedule template file (relplan schedule --template FILE), read; then a
// schedule planned from it backward from a release date and forward from a last posting date, and
// exported, as `relplan schedule --template FILE --format json|csv|ics` does.
#include "data/templates/schedule_request.hpp"
#include "data/templates/template_toml.hpp"
#include "tests/fuzz/fuzz_support.hpp"

using namespace relplan;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto parsed = parse_template_toml(fuzz::text_of(data, size), "fuzz.toml");
  if (!parsed) return 0;
  const std::optional<ScheduleTemplateFile> tmpl = std::move(parsed).value();
  ScheduleRequest backward;
  backward.release = "2026-10-06";
  ScheduleRequest forward;
  forward.last_posting = "2026-02-27";
  for (const auto& request : {backward, forward}) {
    auto answer = plan_schedule_request(request, tmpl, CalendarRegistry::shipped());
    if (!answer) continue;
    (void)schedule_json(answer->schedule, answer->labels).dump();
    (void)schedule_csv(answer->schedule);
    (void)schedule_ics(answer->schedule, answer->labels, date::sys_days{date::year{2026} / 1 / 1});
  }
  return 0;
}
