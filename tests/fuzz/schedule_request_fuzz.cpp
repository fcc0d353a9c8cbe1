// libFuzzer harness 6: one `relplan schedule` request (the CLI flags, GET .../schedule parameters)
// as text fields, one per line, in the order of ScheduleRequest; list fields separate their items
// with '|'. A missing line leaves its field at the default:
//   release | last_posting | project | calendar | press_calendar | blackouts | press_lead_days |
//   advisories | rc_soak_days | zones | lift | dst_gap | dst_overlap | release_weekdays |
//   working_hours | version_name | history_before | history_last | no_fit | strict
// (no_fit and strict: "1" is true). The project "xen" gets the shipped record's recorded schedules
// (use_project_record does this from a store), so the template fit runs too.
// The whole numbers are read as routes_schedule.cpp reads them (std::from_chars, else rejected), and
// dst_gap / dst_overlap keep the front ends' check (CLI::IsMember earlier, later, reject; the HTTP API
// never sets them): plan_schedule_request dereferences their parse without a check.
#include <charconv>

#include "data/project/project_toml.hpp"
#include "data/store/store.hpp"
#include "data/templates/schedule_request.hpp"
#include "tests/fuzz/fuzz_support.hpp"

using namespace relplan;

namespace {

std::vector<std::string> items(std::string_view field) {
  std::vector<std::string> out;
  if (field.empty()) return out;
  for (auto item : fuzz::split(field, '|')) out.emplace_back(item);
  return out;
}

// Empty: not given. Otherwise a whole number, or the front end rejects the request (false).
bool whole_number(std::string_view field, std::optional<int>& out) {
  if (field.empty()) return true;
  int value = 0;
  auto [ptr, ec] = std::from_chars(field.data(), field.data() + field.size(), value);
  if (ec != std::errc{} || ptr != field.data() + field.size()) return false;
  out = value;
  return true;
}

const Project& shipped_xen() {
  static const Project xen = [] {
    for (const auto& file : shipped_project_files()) {
      auto p = parse_project_toml(file.text, file.path);
      if (p && p->id == "xen") return *p;
    }
    return Project{};
  }();
  return xen;
}

bool dst_policy(std::string_view field) {
  return field.empty() || field == "earlier" || field == "later" || field == "reject";
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto f = fuzz::split(fuzz::text_of(data, size), '\n');
  f.resize(std::max<std::size_t>(f.size(), 20));
  ScheduleRequest r;
  r.release = f[0];
  r.last_posting = f[1];
  r.project = f[2];
  r.calendar = f[3];
  r.press_calendar = f[4];
  r.blackouts = items(f[5]);
  if (!whole_number(f[6], r.press_lead_days)) return 0;
  r.advisories = items(f[7]);
  if (!whole_number(f[8], r.rc_soak_days)) return 0;
  r.zones = items(f[9]);
  r.lift = f[10];
  if (!dst_policy(f[11]) || !dst_policy(f[12])) return 0;
  r.dst_gap = f[11];
  r.dst_overlap = f[12];
  r.release_weekdays = f[13];
  r.working_hours = f[14];
  if (!f[15].empty()) r.version_name = f[15];
  r.history_before = f[16];
  if (!whole_number(f[17], r.history_last)) return 0;
  r.no_fit = f[18] == "1";
  r.strict = f[19] == "1";
  if (r.project == "xen") {
    r.history = shipped_xen().schedules;
    r.version_scheme = shipped_xen().version_scheme;
  }

  auto answer = plan_schedule_request(r, std::nullopt, CalendarRegistry::shipped());
  if (!answer) return 0;
  (void)schedule_json(answer->schedule, answer->labels).dump();
  (void)schedule_csv(answer->schedule);
  (void)schedule_ics(answer->schedule, answer->labels, date::sys_days{date::year{2026} / 1 / 1});
  return 0;
}
