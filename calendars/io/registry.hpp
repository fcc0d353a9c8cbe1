#pragma once
// The calendars relplan knows: the shipped files compiled into the binary, plus files given at run
// time (--calendars-dir), which add calendars or replace a shipped one with the same id.
// Built once, then read-only: every calendar is evaluated when the registry is built.
//
// Replacing is allowed but never silent when it looks like a mistake: the load keeps a warning
// (warnings()) for a given file that replaces a shipped calendar with fewer rules ([[holiday]] +
// [[workday]] + [bridge]), e.g. a truncated copy of jp.toml:
//   team/jp.toml: replaces the shipped calendar JP (27 rules) with fewer rules (1)
// and for two given files with the same id:
//   team/b.toml: replaces calendar X of team/a.toml
// Front ends show them ("relplan: warning: ..." on stderr).
#include <map>
#include <string>
#include <vector>

#include "calendars/calendar.hpp"
#include "calendars/combine.hpp"
#include "calendars/embedded.hpp"
#include "calendars/rules.hpp"

namespace relplan {

struct CalendarFile {
  std::string path;  // shown in errors
  std::string text;
};

class CalendarRegistry {
 public:
  // Parses and evaluates every file; the first bad file is the error, prefixed with its path. Later
  // files replace earlier ones by id (see the header comment for the warnings this keeps).
  static Result<CalendarRegistry> load(std::span<const EmbeddedFile> shipped, std::span<const CalendarFile> extra = {});
  // The registry of the files compiled into this binary.
  static const CalendarRegistry& shipped();

  std::vector<std::shared_ptr<const CalendarSpec>> specs() const;  // sorted by id
  Result<Calendar> get(std::string_view id) const;
  // "US,GB-ENG,DE" -> the joined calendar; ids are case-insensitive; empty or unknown ids and more
  // than max_joined_calendars ids are errors naming the field.
  Result<Calendar> joined(std::string_view ids, std::string_view field = "calendar") const;
  // A team calendar's blackout windows applied to `calendar` (usually joined()): relative windows
  // ("CN:Spring Festival-1..+6") find their holiday in any calendar of the registry. Errors are
  // with_blackouts()'s (combine.hpp): "blackout 'CN:X-1..+1': calendar CN has no holiday named 'X'".
  Result<Calendar> with_blackouts(const Calendar& calendar, std::span<const BlackoutWindow> windows) const;
  // What load() found suspicious but accepted, one sentence each, in file order.
  const std::vector<std::string>& warnings() const noexcept { return warnings_; }

  static constexpr std::size_t max_joined_calendars = 64;

 private:
  Result<Calendar> find(std::string_view id, std::string_view field) const;
  struct Entry {
    std::shared_ptr<const CalendarSpec> spec;
    Calendar calendar;
  };
  std::map<std::string, Entry, std::less<>> entries_;
  std::vector<std::string> warnings_;
};

// The shipped calendar files (generated from calendars/data/*.toml).
std::span<const EmbeddedFile> shipped_calendar_files();

}  // namespace relplan
