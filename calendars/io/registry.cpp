#include "calendars/io/registry.hpp"

#include <algorithm>
#include <stdexcept>

#include "calendars/combine.hpp"
#include "calendars/evaluate.hpp"
#include "calendars/io/calendar_toml.hpp"

namespace relplan {

Result<CalendarRegistry> CalendarRegistry::load(std::span<const EmbeddedFile> shipped, std::span<const CalendarFile> extra) {
  CalendarRegistry registry;
  auto add = [&](std::string_view text, std::string_view path) -> Status {
    auto spec = parse_calendar_toml(text, path);
    if (!spec) return spec.error();
    const auto id = (*spec)->id;
    registry.entries_.insert_or_assign(id, Entry{*spec, evaluate(*spec)});
    return Ok{};
  };
  for (const auto& f : shipped) {
    if (auto s = add(f.text, f.path); !s) return s.error();
  }
  for (const auto& f : extra) {
    if (auto s = add(f.text, f.path); !s) return s.error();
  }
  return registry;
}

const CalendarRegistry& CalendarRegistry::shipped() {
  static const CalendarRegistry registry = [] {
    auto r = load(shipped_calendar_files());
    // A shipped file that does not parse is a bug of the build, caught by the tests.
    if (!r) throw std::logic_error("shipped calendars: " + r.error().message);
    return std::move(r).value();
  }();
  return registry;
}

std::vector<std::shared_ptr<const CalendarSpec>> CalendarRegistry::specs() const {
  std::vector<std::shared_ptr<const CalendarSpec>> out;
  for (const auto& [id, entry] : entries_) out.push_back(entry.spec);
  return out;
}

Result<Calendar> CalendarRegistry::get(std::string_view id) const {
  std::string upper(id);
  std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char c) { return std::toupper(c); });
  auto it = entries_.find(upper);
  if (it == entries_.end()) {
    std::string known;
    for (const auto& [key, entry] : entries_) known += (known.empty() ? "" : ", ") + key;
    return Error::expected("calendar", "'" + std::string(id) + "'", "a known calendar (" + known + ")");
  }
  return it->second.calendar;
}

Result<Calendar> CalendarRegistry::joined(std::string_view ids, std::string_view field) const {
  std::vector<Calendar> calendars;
  std::size_t start = 0;
  while (start <= ids.size()) {
    const auto comma = std::min(ids.find(',', start), ids.size());
    auto id = ids.substr(start, comma - start);
    while (!id.empty() && id.front() == ' ') id.remove_prefix(1);
    while (!id.empty() && id.back() == ' ') id.remove_suffix(1);
    if (id.empty()) return Error::expected(std::string(field), "'" + std::string(ids) + "'", "a comma-separated list of calendar ids");
    auto c = get(id);
    if (!c) {
      Error e = c.error();
      e.field = std::string(field);
      e.message = std::string(field) + e.message.substr(e.message.find(':'));
      return e;
    }
    calendars.push_back(*c);
    start = comma + 1;
  }
  if (calendars.size() == 1) return calendars.front();
  return join(calendars);
}

}  // namespace relplan
