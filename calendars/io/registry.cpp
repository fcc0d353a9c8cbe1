#include "calendars/io/registry.hpp"

#include <algorithm>
#include <cctype>
#include <stdexcept>

#include "calendars/combine.hpp"
#include "calendars/evaluate.hpp"
#include "calendars/io/calendar_toml.hpp"

namespace relplan {

Result<CalendarRegistry> CalendarRegistry::load(std::span<const EmbeddedFile> shipped,
                                                std::span<const CalendarFile> extra) {
  CalendarRegistry registry;
  std::map<std::string, std::string, std::less<>> given_by;  // id -> path of the given file that defines it
  auto add = [&](std::string_view text, std::string_view path, bool is_shipped) -> Status {
    auto spec = parse_calendar_toml(text, path);
    if (!spec) return spec.error();
    auto calendar = evaluate(*spec);
    if (!calendar) return calendar.error().in(std::string(path));
    const auto& id = (*spec)->id;
    if (!is_shipped) {
      if (auto g = given_by.find(id); g != given_by.end()) {
        registry.warnings_.push_back(std::string(path) + ": replaces calendar " + id + " of " + g->second);
      } else if (auto e = registry.entries_.find(id); e != registry.entries_.end()) {
        const auto before = e->second.spec->rule_count();
        const auto now = (*spec)->rule_count();
        if (now < before) {
          registry.warnings_.push_back(std::string(path) + ": replaces the shipped calendar " + id + " (" +
                                       std::to_string(before) + " rules) with fewer rules (" + std::to_string(now) +
                                       ")");
        }
      }
      given_by.insert_or_assign(id, std::string(path));
    }
    registry.entries_.insert_or_assign(id, Entry{*spec, std::move(calendar).value()});
    return Ok{};
  };
  for (const auto& f : shipped) {
    if (auto s = add(f.text, f.path, true); !s) return s.error();
  }
  for (const auto& f : extra) {
    if (auto s = add(f.text, f.path, false); !s) return s.error();
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

Result<Calendar> CalendarRegistry::get(std::string_view id) const { return find(id, "calendar"); }

Result<Calendar> CalendarRegistry::find(std::string_view id, std::string_view field) const {
  std::string upper(id);
  std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char c) { return std::toupper(c); });
  auto it = entries_.find(upper);
  if (it == entries_.end()) {
    std::string known;
    for (const auto& [key, entry] : entries_) known += (known.empty() ? "" : ", ") + key;
    return Error::expected(std::string(field), "'" + std::string(id) + "'", "a known calendar (" + known + ")");
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
    if (id.empty())
      return Error::expected(std::string(field), "'" + std::string(ids) + "'",
                             "a comma-separated list of calendar ids");
    if (calendars.size() == max_joined_calendars) {
      const auto count = static_cast<std::size_t>(std::count(ids.begin(), ids.end(), ',')) + 1;
      return Error::expected(std::string(field), std::to_string(count) + " ids",
                             "at most " + std::to_string(max_joined_calendars) + " calendar ids");
    }
    auto c = find(id, field);
    if (!c) return c.error();
    calendars.push_back(*c);
    start = comma + 1;
  }
  if (calendars.size() == 1) return calendars.front();
  return join(calendars);
}

Result<Calendar> CalendarRegistry::with_blackouts(const Calendar& calendar,
                                                  std::span<const BlackoutWindow> windows) const {
  std::vector<Calendar> references;
  references.reserve(entries_.size());
  for (const auto& [id, entry] : entries_) references.push_back(entry.calendar);
  return relplan::with_blackouts(calendar, windows, references);
}

}  // namespace relplan
