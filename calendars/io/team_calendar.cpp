#include "calendars/io/team_calendar.hpp"

#include "calendars/io/blackout_text.hpp"

namespace relplan {

namespace {

std::string joined_text(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ",") + item;
  return out;
}

// The cache key: every input, each part length-prefixed so that no two specs share one.
std::string key_of(const TeamCalendarSpec& spec) {
  std::string key;
  auto add = [&key](const std::string& part) { key += std::to_string(part.size()) + ":" + part; };
  for (const auto& id : spec.calendars) add(id);
  key += "#";
  for (const auto& b : spec.blackouts) add(b);
  key += "#";
  for (const auto& w : spec.windows) add(w.label);  // a window's label is its text as written
  key += "#";
  add(spec.owner);
  for (const auto& o : spec.overrides) {
    key += std::to_string(o.date.time_since_epoch().count()) + (o.off ? "-" : "+");
    add(o.name);
  }
  return key;
}

Result<std::optional<Calendar>> build(const TeamCalendarSpec& spec, const CalendarRegistry& registry) {
  auto joined = registry.joined(joined_text(spec.calendars), "calendars");
  if (!joined) return joined.error();
  std::vector<BlackoutWindow> windows = spec.windows;
  for (const auto& text : spec.blackouts) {
    auto w = parse_blackout(text, "blackouts");
    if (!w) return w.error();
    windows.push_back(*w);
  }
  Calendar team = *joined;
  if (!windows.empty()) {
    // Relative windows may name any known calendar: CN:Spring Festival-1..+6.
    std::vector<Calendar> references;
    for (const auto& s : registry.specs()) references.push_back(registry.get(s->id).value());
    auto with = with_blackouts(team, windows, references);
    if (!with) return with.error();
    team = *with;
  }
  if (!spec.overrides.empty()) {
    auto own = override_days(team, spec.owner, spec.overrides);
    if (!own) return own.error();
    team = *own;
  }
  return std::optional<Calendar>{team};
}

}  // namespace

std::vector<std::string> split_ids(const std::string& text) {
  std::vector<std::string> out;
  if (text.empty()) return out;
  std::size_t start = 0;
  for (std::size_t at; (at = text.find(',', start)) != std::string::npos; start = at + 1) {
    out.push_back(text.substr(start, at - start));
  }
  out.push_back(text.substr(start));
  return out;
}

Result<std::optional<Calendar>> team_calendar(const TeamCalendarSpec& spec, const CalendarRegistry& registry,
                                              TeamCalendarCache* cache) {
  if (spec.calendars.size() > max_team_calendars) {
    return Error::expected("calendars", std::to_string(spec.calendars.size()) + " calendars",
                           "at most " + std::to_string(max_team_calendars) + " calendars");
  }
  if (spec.blackouts.size() > max_team_blackouts) {
    return Error::expected("blackouts", std::to_string(spec.blackouts.size()) + " blackouts",
                           "at most " + std::to_string(max_team_blackouts) + " blackouts");
  }
  if (spec.calendars.empty()) {
    if (!spec.blackouts.empty() || !spec.windows.empty()) {
      const auto shown = spec.blackouts.empty() ? spec.windows.front().label : spec.blackouts.front();
      return Error::expected("blackouts", "'" + shown + "'", "calendars as well (blackouts apply to a team calendar)");
    }
    if (!spec.overrides.empty()) {
      return Error::expected("overrides", std::to_string(spec.overrides.size()) + " days",
                             "calendars as well (days off apply to a team calendar)");
    }
    return std::optional<Calendar>{};
  }
  if (!cache) return build(spec, registry);
  const auto key = key_of(spec);
  if (auto hit = cache->find(key)) return std::optional<Calendar>{*hit};
  auto built = build(spec, registry);
  if (built && *built) cache->put(key, **built);
  return built;
}

std::size_t calendar_bytes(const Calendar& calendar) {
  std::size_t bytes = sizeof(Calendar) + calendar.off_words().size() * sizeof(std::uint64_t);
  for (const auto& layer : calendar.layers()) {
    bytes += sizeof(Calendar::Layer) + layer->records.size() * sizeof(Calendar::Record);
    for (const auto& name : layer->names) bytes += sizeof(std::string) + name.capacity();
  }
  return bytes;
}

std::optional<Calendar> TeamCalendarCache::find(const std::string& key) {
  const std::lock_guard lock(mutex_);
  auto it = entries_.find(key);
  return it == entries_.end() ? std::nullopt : std::optional(it->second.first);
}

void TeamCalendarCache::put(const std::string& key, const Calendar& calendar) {
  const std::size_t size = calendar_bytes(calendar) + key.size();
  const std::lock_guard lock(mutex_);
  if (size > max_bytes_ || entries_.contains(key)) return;
  if (entries_.size() >= max_entries_ || bytes_ + size > max_bytes_) {
    entries_.clear();
    bytes_ = 0;
  }
  entries_.emplace(key, std::pair{calendar, size});
  bytes_ += size;
}

std::size_t TeamCalendarCache::bytes() const {
  const std::lock_guard lock(mutex_);
  return bytes_;
}

std::size_t TeamCalendarCache::entries() const {
  const std::lock_guard lock(mutex_);
  return entries_.size();
}

}  // namespace relplan
