#pragma once
// The calendars relplan knows: the shipped files compiled into the binary, plus files given at run
// time (--calendars-dir), which add calendars or replace a shipped one with the same id.
// Built once, then read-only: every calendar is evaluated when the registry is built.
#include <map>
#include <string>
#include <vector>

#include "calendars/calendar.hpp"
#include "calendars/rules.hpp"
#include "data/embedded.hpp"

namespace relplan {

struct CalendarFile {
  std::string path;  // shown in errors
  std::string text;
};

class CalendarRegistry {
 public:
  // Parses every file; the first bad file is the error. Later files replace earlier ones by id.
  static Result<CalendarRegistry> load(std::span<const EmbeddedFile> shipped, std::span<const CalendarFile> extra = {});
  // The registry of the files compiled into this binary.
  static const CalendarRegistry& shipped();

  std::vector<std::shared_ptr<const CalendarSpec>> specs() const;  // sorted by id
  Result<Calendar> get(std::string_view id) const;
  // "US,GB-ENG,DE" -> the joined calendar; ids are case-insensitive; empty or unknown ids are errors
  // naming the field.
  Result<Calendar> joined(std::string_view ids, std::string_view field = "calendar") const;

 private:
  struct Entry {
    std::shared_ptr<const CalendarSpec> spec;
    Calendar calendar;
  };
  std::map<std::string, Entry, std::less<>> entries_;
};

// The shipped calendar files (generated from calendars/data/*.toml).
std::span<const EmbeddedFile> shipped_calendar_files();

}  // namespace relplan
