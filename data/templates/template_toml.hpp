#pragma once
// Reads one project's schedule template file (data/templates/README.md) from its text: milestones, the
// RC series, the press and security policy, and the default team calendars and blackout windows.
// An adapter: it parses and validates; it opens no file. Errors name the file, the line and the field:
//   xen.toml:23: milestone 'feature_freeze': offset: expected a whole number and a unit (days, weeks,
//   working days), such as '3 weeks' or '-2 working days', saw '3 wekes'
// Structural errors (anchors, the release) come from schedule::validate with the file name:
//   xen.toml: milestone 'code_freeze': relative_to: expected a milestone declared above (...), saw '...'
// The calendars are checked as plan_schedule_request() uses them, so a template that reads is one a
// schedule can be planned with: calendars and press_calendars known to `registry` (one id per
// string, ranges overlapping), blackouts that apply to the team calendar:
//   mini.toml:3: calendars: expected a known calendar (CN, DE, ...), saw 'XX'
//   mini.toml:4: blackouts: blackout 'CN:Moon Day-1..+1': calendar CN has no holiday named 'Moon Day'
#include <span>
#include <string>
#include <vector>

#include "calendars/combine.hpp"
#include "calendars/embedded.hpp"
#include "calendars/io/registry.hpp"
#include "planner/schedule/schedule.hpp"

namespace relplan {

struct ScheduleTemplateFile {
  schedule::MilestoneTemplate milestones;
  schedule::SchedulePolicy policy;
  std::vector<std::string> calendars;        // team calendar ids: ["US", "GB-ENG", "DE"]
  std::vector<std::string> press_calendars;  // empty: the team's
  std::vector<BlackoutWindow> blackouts;
};

// `registry`: the calendars schedules are planned with (relplan schedule --calendars-dir: its registry).
Result<ScheduleTemplateFile> parse_template_toml(std::string_view text, std::string_view file,
                                                 const CalendarRegistry& registry = CalendarRegistry::shipped());

// Notes written as comments by write_template_toml: a header (each line becomes a comment), and one
// comment line per milestone (by id) or for the RC series (key "rcs"), after the values it explains.
struct TemplateNotes {
  std::vector<std::string> header;
  std::vector<std::pair<std::string, std::string>> notes;
};

// The template in the form parse_template_toml reads back equal (tests/data/templates).
std::string write_template_toml(const ScheduleTemplateFile& t, const TemplateNotes& notes = {});

// The template files compiled into the binary (data/templates/*.toml).
std::span<const EmbeddedFile> shipped_template_files();
// The shipped template with this id ("xen"), parsed; an unknown id is an error listing the known ones.
Result<ScheduleTemplateFile> shipped_template(std::string_view id, std::string_view field = "template");

}  // namespace relplan
