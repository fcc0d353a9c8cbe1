#include "data/project/project_toml.hpp"

#include <algorithm>
#include <functional>
#include <set>

#include "calendars/io/blackout_text.hpp"
#include "calendars/io/toml_fields.hpp"
#include "planner/support_policy.hpp"
#include "planner/version_scheme.hpp"

namespace relplan {

namespace {

// The HTTP routes match /api/v1/projects/([a-z0-9-]{1,64}); an id they cannot name is an error here.
constexpr std::size_t max_id_length = 64;

bool valid_id(const std::string& id) {
  return !id.empty() && id.size() <= max_id_length && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

// Versions are "<major>.<minor>[.<patch>]" digits; compared numerically elsewhere.
bool valid_version(const std::string& v) {
  if (v.empty() || v.front() == '.' || v.back() == '.') return false;
  return std::all_of(v.begin(), v.end(), [](char c) { return (c >= '0' && c <= '9') || c == '.'; });
}

// The team calendar project_train() builds (project_plan.cpp): the calendars joined, the blackout
// windows applied. Blackouts need calendars: without them project_train() would ignore them.
Status check_team_calendar(TomlFields& f, const ProjectCadence& c, const CalendarRegistry& registry) {
  if (c.calendars.empty()) {
    if (c.blackouts.empty()) return Ok{};
    return f.error("blackouts", quoted(c.blackouts.front()), "calendars to apply them to (calendars is empty)");
  }
  std::string ids;
  for (const auto& id : c.calendars) {
    if (id.find(',') != std::string::npos) return f.error("calendars", quoted(id), "one calendar id per string");
    ids += (ids.empty() ? "" : ",") + id;
  }
  auto joined = registry.joined(ids, "calendars");
  if (!joined) return f.at("calendars", joined.error());
  std::vector<BlackoutWindow> windows;
  for (const auto& text : c.blackouts) {
    auto w = parse_blackout(text, "blackouts");
    if (!w) return f.at("blackouts", w.error());
    windows.push_back(std::move(w).value());
  }
  if (auto team = registry.with_blackouts(*joined, windows); !team) return f.at("blackouts", team.error());
  return Ok{};
}

Result<ProjectCadence> read_cadence(const toml::table& t, const CalendarRegistry& registry) {
  TomlFields f(t, "cadence");
  ProjectCadence c;
  RELPLAN_TRY(months, f.required_integer("months", 1, 36));
  c.months = months;
  RELPLAN_TRY(anchors, f.integers("anchor_months", 1, 12));
  c.anchor_months = std::move(anchors);
  RELPLAN_TRY(days, f.integers("target_days", 1, 31));
  if (!days.empty()) {
    if (days.size() != 2 || days[1] < days[0])
      return f.error("target_days", "an array", "[first, last] days of the month");
    c.target_first_day = days[0];
    c.target_last_day = days[1];
  }
  RELPLAN_TRY(weekdays, f.weekdays("weekdays"));
  c.weekdays = weekdays;
  RELPLAN_TRY(slip, f.choice("slip_policy", {"keep_grid", "shift_grid"}, 0));
  c.slip_policy = slip == 0 ? "keep_grid" : "shift_grid";
  RELPLAN_TRY(calendars, f.strings("calendars"));
  c.calendars = std::move(calendars);
  RELPLAN_TRY(blackouts, f.strings("blackouts"));
  c.blackouts = std::move(blackouts);
  if (const auto* node = f.node("upstream_train")) {
    if (!node->is_table()) {
      return f.error("upstream_train", show(*node), "a table such as { project = \"xen\", weeks_after = 8 }");
    }
    TomlFields u(*node->as_table(), "cadence: upstream_train");
    RELPLAN_TRY(project, u.string("project", true));
    if (!valid_id(project)) return u.error("project", quoted(project), "a project id of a-z, 0-9 and '-'");
    RELPLAN_TRY(after, u.integer("weeks_after", 0, 104));
    RELPLAN_TRY(before, u.integer("weeks_before", 0, 104));
    if (after.has_value() == before.has_value()) {
      return u.error("weeks_after", after ? "both" : "neither", "exactly one of weeks_after or weeks_before");
    }
    if (auto s = u.no_unknown_keys(); !s) return s.error();
    c.upstream_train = FollowsUpstream{project, after, before};
  }
  RELPLAN_TRY(source, f.string("source", true));
  c.source = std::move(source);
  if (auto s = f.no_unknown_keys(); !s) return s.error();
  if (auto s = check_team_calendar(f, c, registry); !s) return s.error();
  return c;
}

// A version of the project's scheme, as support_branches() and plan_releases() require.
Status check_version(TomlFields& f, std::string_view key, const std::string& version, const VersionScheme& scheme) {
  if (auto m = scheme.require(version, std::string(key)); !m) return f.at(key, m.error());
  return Ok{};
}

Result<ProjectPolicy> read_policy(const toml::table& t, std::size_t index, const VersionScheme& scheme) {
  const auto name_hint = t["name"].value_or(std::string("#") + std::to_string(index + 1));
  TomlFields f(t, "support_policy " + quoted(name_hint));
  ProjectPolicy p;
  RELPLAN_TRY(name, f.string("name", true));
  p.name = std::move(name);
  RELPLAN_TRY(from, f.string("from_version", false));
  if (!from.empty()) {
    if (!valid_version(from)) return f.error("from_version", quoted(from), "a version such as 4.20");
    if (auto s = check_version(f, "from_version", from, scheme); !s) return s.error();
    p.from_version = from;
  }
  RELPLAN_TRY(versions, f.strings("versions"));
  for (const auto& v : versions) {
    if (!valid_version(v)) return f.error("versions", quoted(v), "versions such as 4.17");
    if (auto s = check_version(f, "versions", v, scheme); !s) return s.error();
  }
  p.versions = std::move(versions);
  if (p.from_version.has_value() == !p.versions.empty()) {
    return f.error("from_version", p.from_version.value_or("none"), "exactly one of from_version or versions");
  }
  RELPLAN_TRY(general, f.integer("general_months", 1, max_support_months));
  RELPLAN_TRY(security, f.integer("security_months", 1, max_support_months));
  RELPLAN_TRY(general_n, f.integer("general_releases", 1, max_last_n));
  RELPLAN_TRY(security_n, f.integer("security_releases", 1, max_last_n));
  if (!general && !security && !general_n && !security_n) return f.missing("security_months");
  if (general && general_n) {
    return f.error("general_releases", std::to_string(*general_n), "one of general_months or general_releases");
  }
  if (security && security_n) {
    return f.error("security_releases", std::to_string(*security_n), "one of security_months or security_releases");
  }
  p.general_months = general;
  p.security_months = security;
  p.general_releases = general_n;
  p.security_releases = security_n;
  RELPLAN_TRY(decided, f.date("decided", true));
  p.decided = *decided;
  RELPLAN_TRY(source, f.string("source", true));
  p.source = std::move(source);
  RELPLAN_TRY(basis, f.choice("basis", {"policy", "derived"}, 0));
  p.basis = basis == 0 ? "policy" : "derived";
  if (auto s = f.no_unknown_keys(); !s) return s.error();
  return p;
}

// The versions of a project as a rule's text: "a release of xen (4.0 .. 4.22)".
std::string releases_of(const Project& p) {
  if (p.releases.empty()) return "a release of " + p.id + " (it has none)";
  return "a release of " + p.id + " (" + p.releases.front().version + " .. " + p.releases.back().version + ")";
}

// A path of upstream links from `from` back to `self`, as "openxt -> xen -> openxt"; empty if none.
std::string cycle_through(const std::string& self, const std::string& from, const ProjectLookup& lookup) {
  std::vector<std::string> path{self, from};
  std::set<std::string> seen{from};
  std::function<bool(const std::string&)> walk = [&](const std::string& id) {
    if (id == self) return true;
    auto p = lookup(id);
    if (!p) return false;
    for (const auto& u : p->upstreams) {
      if (u.project == self) {
        path.push_back(self);
        return true;
      }
      if (!seen.insert(u.project).second) continue;
      path.push_back(u.project);
      if (walk(u.project)) return true;
      path.pop_back();
    }
    return false;
  };
  if (!walk(from)) return {};
  std::string out;
  for (const auto& id : path) out += (out.empty() ? "" : " -> ") + id;
  return out;
}

// [[upstream]]: a project this one ships. With `lookup`, it must exist and must not ship this one.
Result<ProjectUpstream> read_upstream(const toml::table& t, std::size_t index, const std::string& self,
                                      const ProjectLookup& lookup) {
  const auto name_hint = t["project"].value_or(std::string("#") + std::to_string(index + 1));
  TomlFields f(t, "upstream " + quoted(name_hint));
  ProjectUpstream u;
  RELPLAN_TRY(project, f.string("project", true));
  if (!valid_id(project)) {
    return f.error("project", quoted(project), "a project id of lower-case letters, digits and '-'");
  }
  if (project == self) return f.error("project", quoted(project), "a project other than " + self);
  if (lookup) {
    if (!lookup(project)) return f.error("project", quoted(project), "a known project (import it first)");
    if (auto cycle = cycle_through(self, project, lookup); !cycle.empty()) {
      return f.error("project", quoted(project), "a project that does not ship " + self + " (cycle " + cycle + ")");
    }
  }
  u.project = std::move(project);
  RELPLAN_TRY(name, f.string("name", false));
  u.name = std::move(name);
  RELPLAN_TRY(source, f.string("source", true));
  u.source = std::move(source);
  if (auto s = f.no_unknown_keys(); !s) return s.error();
  return u;
}

// A release's `upstream = { project, version, source }`: a declared upstream; with `lookup`, a
// version that is one of that project's releases.
Result<UpstreamRef> read_upstream_ref(TomlFields& release, const std::string& context,
                                      const std::vector<ProjectUpstream>& declared, const ProjectLookup& lookup) {
  const auto* n = release.node("upstream");
  if (!n->is_table()) {
    return release.error("upstream", show(*n),
                         "a table such as { project = \"xen\", version = \"4.6\", source = \"...\" }");
  }
  TomlFields f(*n->as_table(), context + ": upstream");
  UpstreamRef u;
  RELPLAN_TRY(project, f.string("project", true));
  if (std::none_of(declared.begin(), declared.end(), [&](const ProjectUpstream& d) { return d.project == project; })) {
    std::string ids;
    for (const auto& d : declared) ids += (ids.empty() ? "" : ", ") + d.project;
    return f.error("project", quoted(project),
                   declared.empty() ? "an upstream declared in [[upstream]] (none is)"
                                    : "an upstream declared in [[upstream]] (" + ids + ")");
  }
  u.project = std::move(project);
  RELPLAN_TRY(version, f.string("version", true));
  if (!valid_version(version)) return f.error("version", quoted(version), "a version such as 4.6");
  if (lookup) {
    const auto up = lookup(u.project);
    if (!up || std::none_of(up->releases.begin(), up->releases.end(),
                            [&](const ProjectRelease& r) { return r.version == version; })) {
      return f.error("version", quoted(version), up ? releases_of(*up) : "a release of " + u.project);
    }
  }
  u.version = std::move(version);
  RELPLAN_TRY(source, f.string("source", true));
  u.source = std::move(source);
  if (auto s = f.no_unknown_keys(); !s) return s.error();
  return u;
}

Result<ProjectRelease> read_release(const toml::table& t, std::size_t index, const VersionScheme& scheme,
                                    const std::vector<ProjectUpstream>& upstreams, const ProjectLookup& lookup) {
  const auto name_hint = t["version"].value_or(std::string("#") + std::to_string(index + 1));
  const std::string context = "release " + quoted(name_hint);
  TomlFields f(t, context);
  ProjectRelease r;
  RELPLAN_TRY(version, f.string("version", true));
  if (!valid_version(version)) return f.error("version", quoted(version), "a version such as 4.20");
  if (auto s = check_version(f, "version", version, scheme); !s) return s.error();
  r.version = std::move(version);
  RELPLAN_TRY(released, f.date("released", true));
  r.released = *released;
  RELPLAN_TRY(general, f.date("general_until", false));
  RELPLAN_TRY(security, f.date("security_until", false));
  if (general && *general < r.released)
    return f.error("general_until", format_date(*general), "a date on or after released");
  if (security && general && *security < *general) {
    return f.error("security_until", format_date(*security), "a date on or after general_until");
  }
  r.general_until = general;
  r.security_until = security;
  RELPLAN_TRY(source, f.string("source", true));
  r.source = std::move(source);
  if (t.contains("upstream")) {
    RELPLAN_TRY(upstream, read_upstream_ref(f, context, upstreams, lookup));
    r.upstream = std::move(upstream);
  }
  if (auto s = f.no_unknown_keys(); !s) return s.error();
  return r;
}

bool valid_milestone_id(const std::string& id) {
  return !id.empty() && id.size() <= 64 && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

// [[schedule]]: one release's published schedule. Milestones are kept by date, then id (the canonical
// order: a TOML table has none).
Result<schedule::RecordedSchedule> read_schedule(const toml::table& t, std::size_t index, const VersionScheme& scheme) {
  const auto name_hint = t["version"].value_or(std::string("#") + std::to_string(index + 1));
  TomlFields f(t, "schedule " + quoted(name_hint));
  schedule::RecordedSchedule s;
  RELPLAN_TRY(version, f.string("version", true));
  if (!valid_version(version)) return f.error("version", quoted(version), "a version such as 4.20");
  if (auto st = check_version(f, "version", version, scheme); !st) return st.error();
  s.version = std::move(version);
  RELPLAN_TRY(rcs, f.dates("rcs", false));
  for (std::size_t k = 1; k < rcs.size(); ++k) {
    if (rcs[k] <= rcs[k - 1]) return f.error("rcs", format_date(rcs[k]), "RC days in order, each after the one before");
  }
  s.rcs = std::move(rcs);
  RELPLAN_TRY(rc_source, f.string("rc_source", !s.rcs.empty()));
  s.rc_source = std::move(rc_source);
  RELPLAN_TRY(source, f.string("source", true));
  s.source = std::move(source);
  const auto* node = f.node("milestones");
  if (!node || !node->is_table() || node->as_table()->empty()) {
    return f.error("milestones", node ? show(*node) : "none", "a table of planned dates by milestone id");
  }
  TomlFields m(*node->as_table(), "schedule " + quoted(s.version) + ": milestones");
  for (const auto& [key, value] : *node->as_table()) {
    const std::string id(key.str());
    if (!valid_milestone_id(id)) return m.error(id, quoted(id), "a milestone id of a-z, 0-9 and '_'");
    RELPLAN_TRY(day, m.date(id, true));
    s.milestones.emplace_back(id, *day);
  }
  std::sort(s.milestones.begin(), s.milestones.end(),
            [](const auto& a, const auto& b) { return std::tie(a.second, a.first) < std::tie(b.second, b.first); });
  if (auto st = f.no_unknown_keys(); !st) return st.error();
  return s;
}

template <class T, class Read>
Status read_tables(TomlFields& f, std::string_view key, std::vector<T>& out, Read read) {
  const auto* n = f.node(key);
  if (!n) return Ok{};
  const auto* arr = n->as_array();
  if (!arr || !arr->is_array_of_tables())
    return f.error(key, show(*n), "an array of tables [[" + std::string(key) + "]]");
  for (const auto& item : *arr) {
    auto v = read(*item.as_table(), out.size());
    if (!v) return v.error();
    out.push_back(std::move(v).value());
  }
  return Ok{};
}

Result<Project> read_project(const toml::table& root, const CalendarRegistry& registry, const ProjectLookup& lookup) {
  TomlFields f(root, "project");
  Project p;
  RELPLAN_TRY(id, f.string("id", true));
  if (!valid_id(id)) {
    return f.error("id", quoted(id), "1.." + std::to_string(max_id_length) + " lower-case letters, digits and '-'");
  }
  p.id = std::move(id);
  RELPLAN_TRY(name, f.string("name", true));
  p.name = std::move(name);
  RELPLAN_TRY(pattern, f.string("version_scheme", true));
  auto scheme = VersionScheme::parse(pattern);
  if (!scheme) return f.at("version_scheme", scheme.error());
  p.version_scheme = std::move(pattern);
  RELPLAN_TRY(sources, f.strings("sources"));
  p.sources = std::move(sources);
  const auto* cadence = f.node("cadence");
  if (!cadence || !cadence->is_table()) return f.missing("cadence");
  RELPLAN_TRY(c, read_cadence(*cadence->as_table(), registry));
  p.cadence = std::move(c);
  auto policy = [&](const toml::table& t, std::size_t i) { return read_policy(t, i, *scheme); };
  auto upstream = [&](const toml::table& t, std::size_t i) { return read_upstream(t, i, p.id, lookup); };
  if (auto s = read_tables(f, "upstream", p.upstreams, upstream); !s) return s.error();
  std::set<std::string> seen;
  for (const auto& u : p.upstreams) {
    if (!seen.insert(u.project).second) {
      return Error::expected("upstream", quoted(u.project), "each upstream project once")
          .in("upstream " + quoted(u.project));
    }
  }
  auto release = [&](const toml::table& t, std::size_t i) { return read_release(t, i, *scheme, p.upstreams, lookup); };
  if (auto s = read_tables(f, "support_policy", p.policies, policy); !s) return s.error();
  if (auto s = read_tables(f, "release", p.releases, release); !s) return s.error();
  auto planned = [&](const toml::table& t, std::size_t i) { return read_schedule(t, i, *scheme); };
  if (auto s = read_tables(f, "schedule", p.schedules, planned); !s) return s.error();
  seen.clear();
  for (const auto& r : p.releases) {
    if (!seen.insert(r.version).second) {
      return Error::expected("release", quoted(r.version), "each version once").in("release " + quoted(r.version));
    }
  }
  seen.clear();
  for (const auto& s : p.schedules) {
    if (!seen.insert(s.version).second) {
      return Error::expected("schedule", quoted(s.version), "each version once").in("schedule " + quoted(s.version));
    }
  }
  if (auto s = f.no_unknown_keys(); !s) return s.error();
  return p;
}

// TOML basic string with the escapes TOML requires.
std::string str(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        if (c < 0x20 || c == 0x7F) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04X", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

template <class T, class F>
std::string array(const std::vector<T>& items, F format) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + format(items[i]);
  return out + "]";
}

std::string strings(const std::vector<std::string>& v) { return array(v, str); }

}  // namespace

Result<Project> parse_project_toml(std::string_view text, std::string_view file, const CalendarRegistry& registry,
                                   const ProjectLookup& upstreams) {
  RELPLAN_TRY(root, parse_toml(text, file));
  auto project = read_project(root, registry, upstreams);
  if (!project) {
    Error e = project.error();
    e.message = std::string(file) + ":" + e.message;
    return e;
  }
  return project;
}

Status validate_project(const Project& project, const CalendarRegistry& registry) {
  const auto text = write_project_toml(project);
  auto again = parse_project_toml(text, "project " + project.id, registry);
  if (!again) return again.error();
  if (!(*again == project)) {
    return Error{"project", project.id,
                 "project " + project.id + ": does not read back equal from its canonical form (db export shows it)"};
  }
  return Ok{};
}

std::string write_project_toml(const Project& p) {
  std::string out;
  out += "id = " + str(p.id) + "\n";
  out += "name = " + str(p.name) + "\n";
  out += "version_scheme = " + str(p.version_scheme) + "\n";
  out += "sources = " + strings(p.sources) + "\n";
  const auto& c = p.cadence;
  out += "\n[cadence]\nmonths = " + std::to_string(c.months) + "\n";
  out += "anchor_months = " + array(c.anchor_months, [](int m) { return std::to_string(m); }) + "\n";
  if (c.target_first_day) {
    out += "target_days = [" + std::to_string(*c.target_first_day) + ", " + std::to_string(*c.target_last_day) + "]\n";
  }
  std::vector<std::string> weekdays;
  for (unsigned i = 1; i <= 7; ++i) {
    if (c.weekdays.contains(date::weekday{i % 7})) weekdays.emplace_back(weekday_name(date::weekday{i % 7}));
  }
  out += "weekdays = " + strings(weekdays) + "\n";
  out += "slip_policy = " + str(c.slip_policy) + "\n";
  out += "calendars = " + strings(c.calendars) + "\n";
  out += "blackouts = " + strings(c.blackouts) + "\n";
  if (const auto& u = c.upstream_train) {
    out += "upstream_train = { project = " + str(u->project) +
           (u->weeks_after ? ", weeks_after = " + std::to_string(*u->weeks_after)
                           : ", weeks_before = " + std::to_string(*u->weeks_before)) +
           " }\n";
  }
  out += "source = " + str(c.source) + "\n";
  for (const auto& u : p.upstreams) {
    out += "\n[[upstream]]\nproject = " + str(u.project) + "\n";
    if (!u.name.empty()) out += "name = " + str(u.name) + "\n";
    out += "source = " + str(u.source) + "\n";
  }
  for (const auto& pol : p.policies) {
    out += "\n[[support_policy]]\nname = " + str(pol.name) + "\n";
    if (pol.from_version) out += "from_version = " + str(*pol.from_version) + "\n";
    if (!pol.versions.empty()) out += "versions = " + strings(pol.versions) + "\n";
    if (pol.general_months) out += "general_months = " + std::to_string(*pol.general_months) + "\n";
    if (pol.security_months) out += "security_months = " + std::to_string(*pol.security_months) + "\n";
    if (pol.general_releases) out += "general_releases = " + std::to_string(*pol.general_releases) + "\n";
    if (pol.security_releases) out += "security_releases = " + std::to_string(*pol.security_releases) + "\n";
    out += "decided = " + str(format_date(pol.decided)) + "\n";
    out += "source = " + str(pol.source) + "\n";
    if (pol.basis != "policy") out += "basis = " + str(pol.basis) + "\n";
  }
  for (const auto& r : p.releases) {
    out += "\n[[release]]\nversion = " + str(r.version) + "\n";
    out += "released = " + str(format_date(r.released)) + "\n";
    if (r.general_until) out += "general_until = " + str(format_date(*r.general_until)) + "\n";
    if (r.security_until) out += "security_until = " + str(format_date(*r.security_until)) + "\n";
    out += "source = " + str(r.source) + "\n";
    if (const auto& u = r.upstream) {
      out += "upstream = { project = " + str(u->project) + ", version = " + str(u->version) +
             ", source = " + str(u->source) + " }\n";
    }
  }
  for (const auto& s : p.schedules) {
    out += "\n[[schedule]]\nversion = " + str(s.version) + "\n";
    if (!s.rcs.empty()) {
      out += "rcs = " + array(s.rcs, [](date::sys_days d) { return str(format_date(d)); }) + "\n";
      out += "rc_source = " + str(s.rc_source) + "\n";
    }
    out += "source = " + str(s.source) + "\n";
    out += "[schedule.milestones]\n";
    for (const auto& [id, day] : s.milestones) out += id + " = " + str(format_date(day)) + "\n";
  }
  return out;
}

}  // namespace relplan
