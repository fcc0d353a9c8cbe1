#include "data/scenario/scenario_spec.hpp"

#include <algorithm>
#include <charconv>

#include "data/project/project_branches.hpp"
#include "data/project/project_plan.hpp"

namespace relplan {

namespace {

using Text = ScenarioSpec::Text;
using List = ScenarioSpec::List;
// The adapter's names: nm(field) for the field an error is about, nm.mention(field) for a field a
// rule mentions.
struct Names {
  const SpecOptions& options;
  std::string operator()(const std::string& field) const { return options.name(field); }
  std::string mention(const std::string& field) const {
    return options.mention ? options.mention(field) : options.name(field);
  }
};

// `var` names a variable: it cannot be parenthesised.
// NOLINTBEGIN(bugprone-macro-parentheses)
#define TRY(var, expr)                  \
  auto var##_r = (expr);                \
  if (!var##_r) return var##_r.error(); \
  auto var = std::move(var##_r).value()
// NOLINTEND(bugprone-macro-parentheses)

std::vector<std::string> split(const std::string& text, char separator) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t at; (at = text.find(separator, start)) != std::string::npos; start = at + 1) {
    out.push_back(text.substr(start, at - start));
  }
  out.push_back(text.substr(start));
  return out;
}

bool is_number(const std::string& text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}
// A value as an error shows it: numbers as they are, other text in quotes.
std::string shown(const std::string& text) { return is_number(text) ? text : "'" + text + "'"; }

Result<int> whole(const std::string& text, const std::string& field, int lo, int hi, const std::string& rule) {
  int v = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (text.empty() || ec != std::errc{} || ptr != text.data() + text.size() || v < lo || v > hi) {
    return Error::expected(field, shown(text), rule);
  }
  return v;
}
std::string range(int lo, int hi) { return std::to_string(lo) + ".." + std::to_string(hi); }

Result<date::sys_days> day(const std::string& text, const std::string& field) {
  auto d = parse_date(text);
  if (!d) return Error::expected(field, shown(text), "a date as YYYY-MM-DD");
  return *d;
}

template <class E>
Result<E> choice(const Text& text, const std::string& field, E fallback,
                 std::initializer_list<std::pair<const char*, E>> choices) {
  if (!text) return fallback;
  std::string names;
  for (const auto& [name, value] : choices) {
    if (*text == name) return value;
    names += (names.empty() ? "" : ", ") + std::string(name);
  }
  return Error::expected(field, "'" + *text + "'", "one of " + names);
}

Result<std::vector<int>> cadence_list(const std::string& text, const std::string& field, int hi,
                                      const std::string& unit) {
  std::vector<int> out;
  for (const auto& item : split(text, ',')) {
    TRY(n, whole(item, field, 1, hi, unit + " " + range(1, hi)));
    if (std::find(out.begin(), out.end(), n) != out.end()) {
      return Error::about(field, item, "expected each cadence once, saw " + item + " twice");
    }
    out.push_back(n);
  }
  return out;
}

Result<WeekdaySet> weekday_set(const std::string& text, const Names& nm) {
  WeekdaySet set;
  for (const auto& item : split(text, ',')) {
    auto wd = parse_weekday(item);
    if (!wd) return Error::expected(nm("weekdays"), "'" + item + "'", "day names mon..sun separated by commas");
    set.insert(*wd);
  }
  return set;
}

Result<TargetDays> target_days(const std::string& text, const Names& nm) {
  const auto bad = Error::expected(nm("target_days"), "'" + text + "'", "FIRST-LAST with 1 <= FIRST <= LAST <= 31");
  const auto parts = split(text, '-');
  if (parts.size() != 2) return bad;
  auto first = whole(parts[0], nm("target_days"), 1, 31, "");
  auto last = whole(parts[1], nm("target_days"), 1, 31, "");
  if (!first || !last || *first > *last) return bad;
  return TargetDays{static_cast<unsigned>(*first), static_cast<unsigned>(*last)};
}

Result<std::vector<ActualRelease>> actual_list(const std::vector<std::string>& items, const Names& nm) {
  std::vector<ActualRelease> out;
  for (const auto& item : items) {
    const auto eq = item.find('=');
    const auto d = eq == std::string::npos ? std::nullopt : parse_date(item.substr(eq + 1));
    if (!d || eq == 0) return Error::expected(nm("actuals"), "'" + item + "'", "VERSION=YYYY-MM-DD");
    out.push_back({item.substr(0, eq), *d});
  }
  return out;
}

// A support length from `<prefix>_months` or `<prefix>_last` (one of them; nullopt if neither).
Result<std::optional<SupportLength>> support_length(const Text& months, const Text& last, const std::string& prefix,
                                                    const Names& nm) {
  if (months && last) {
    return Error::about(
        nm(prefix + "_last"), *last,
        "expected either " + nm.mention(prefix + "_months") + " or " + nm.mention(prefix + "_last") + ", saw both");
  }
  if (months) {
    TRY(m, whole(*months, nm(prefix + "_months"), 1, max_support_months, "months " + range(1, max_support_months)));
    return std::optional<SupportLength>{SupportMonths{m}};
  }
  if (last) {
    TRY(n, whole(*last, nm(prefix + "_last"), 1, max_last_n, "releases " + range(1, max_last_n)));
    return std::optional<SupportLength>{SupportLastN{n}};
  }
  return std::optional<SupportLength>{};
}

std::string length_text(const SupportLength& l) {
  if (const auto* m = std::get_if<SupportMonths>(&l)) return std::to_string(m->months) + " months";
  return "the last " + std::to_string(std::get<SupportLastN>(l).releases) + " releases";
}

// Months of the same length compare: security support may not end before general support.
Status security_not_shorter(const SupportLength& general, const SupportLength& security, const std::string& prefix,
                            const Text& general_text, const Names& nm) {
  const auto* g = std::get_if<SupportMonths>(&general);
  const auto* s = std::get_if<SupportMonths>(&security);
  if (g && s && s->months < g->months) {
    return Error::expected(
        nm(prefix + "security_months"), std::to_string(s->months),
        "at least " + nm.mention(prefix + "general_months") + " (" + general_text.value_or("") + ")");
  }
  const auto* gl = std::get_if<SupportLastN>(&general);
  const auto* sl = std::get_if<SupportLastN>(&security);
  if (gl && sl && sl->releases < gl->releases) {
    return Error::expected(
        nm(prefix + "security_last"), std::to_string(sl->releases),
        "at least " + nm.mention(prefix + "general_last") + " (" + std::to_string(gl->releases) + ")");
  }
  return Ok{};
}

bool any_support(const ScenarioSpec& s) {
  for (const Text* t :
       {&s.general_months, &s.general_last, &s.security_months, &s.security_last, &s.lts_every, &s.lts_parity,
        &s.lts_starting_at, &s.lts_general_months, &s.lts_general_last, &s.lts_security_months, &s.lts_security_last}) {
    if (*t) return true;
  }
  return false;
}

// The base policy and the LTS rule of the spec.
Result<std::vector<SupportPolicy>> support_of(const ScenarioSpec& s, const std::string& first_version,
                                              const Names& nm) {
  TRY(general, support_length(s.general_months, s.general_last, "general", nm));
  TRY(security, support_length(s.security_months, s.security_last, "security", nm));
  if (!general) return Error::about(nm("general_months"), "", "required (months of general support)");
  if (!security) return Error::about(nm("security_months"), "", "required (months of security support)");
  if (auto ok = security_not_shorter(*general, *security, "", s.general_months, nm); !ok) return ok.error();
  std::vector<SupportPolicy> out{
      SupportPolicy{.name = length_text(*general) + " general + " + length_text(*security) + " security",
                    .general = *general,
                    .security = *security}};
  const bool lts_given = s.lts_every || s.lts_parity || s.lts_starting_at || s.lts_general_months ||
                         s.lts_general_last || s.lts_security_months || s.lts_security_last;
  if (!lts_given) return out;
  if (s.lts_every && s.lts_parity) {
    return Error::about(
        nm("lts_parity"), *s.lts_parity,
        "expected either " + nm.mention("lts_every") + " or " + nm.mention("lts_parity") + ", saw both");
  }
  if (!s.lts_every && !s.lts_parity) {
    return Error::about(nm("lts_every"), "",
                        "required for an LTS rule (every k-th release, or " + nm.mention("lts_parity") + " even|odd)");
  }
  TRY(lts_general, support_length(s.lts_general_months, s.lts_general_last, "lts_general", nm));
  TRY(lts_security, support_length(s.lts_security_months, s.lts_security_last, "lts_security", nm));
  if (!lts_general)
    return Error::about(nm("lts_general_months"), "", "required (months of general support of LTS releases)");
  if (!lts_security) {
    return Error::about(nm("lts_security_months"), "", "required (months of security support of LTS releases)");
  }
  if (auto ok = security_not_shorter(*lts_general, *lts_security, "lts_", s.lts_general_months, nm); !ok) {
    return ok.error();
  }
  SupportPolicy lts{.general = *lts_general, .security = *lts_security};
  const auto lengths = length_text(*lts_general) + " + " + length_text(*lts_security);
  if (s.lts_every) {
    TRY(every, whole(*s.lts_every, nm("lts_every"), 2, max_last_n, range(2, max_last_n)));
    const auto start = s.lts_starting_at.value_or(first_version);
    lts.every = EveryNth{every, start};
    lts.name = "LTS every " + std::to_string(every) + " from " + start + ": " + lengths;
  } else {
    if (s.lts_starting_at) {
      return Error::about(nm("lts_starting_at"), *s.lts_starting_at,
                          "expected " + nm.mention("lts_every") + " with it, saw " + nm.mention("lts_parity"));
    }
    TRY(parity,
        choice<Parity>(s.lts_parity, nm("lts_parity"), Parity::even, {{"even", Parity::even}, {"odd", Parity::odd}}));
    lts.parity = parity;
    lts.name = std::string("LTS ") + (parity == Parity::even ? "even" : "odd") + " minors: " + lengths;
  }
  out.push_back(std::move(lts));
  return out;
}

// The spec a project record gives: its cadence, grid and calendars, continued from `latest`.
ScenarioSpec project_spec(const Project& p, const ProjectRelease& latest) {
  const auto& c = p.cadence;
  ScenarioSpec s;
  s.cadence_months = std::to_string(c.months);
  s.first_release = format_date(grid_slot(c, latest.released));
  s.first_version = latest.version;
  if (!c.weekdays.empty()) s.weekdays = c.weekdays.to_string();
  if (c.target_first_day && c.target_last_day) {
    s.target_days = std::to_string(*c.target_first_day) + "-" + std::to_string(*c.target_last_day);
  }
  s.slip = c.slip_policy.empty() ? "keep_grid" : c.slip_policy;
  s.calendars = c.calendars;
  s.blackouts = c.blackouts;
  s.actuals = std::vector<std::string>{latest.version + "=" + format_date(latest.released)};
  return s;
}

// `given` over `base`, field by field; the actual dates add up (the project's first).
ScenarioSpec overlay(ScenarioSpec base, const ScenarioSpec& given) {
  auto take = [](auto& to, const auto& from) {
    if (from) to = from;
  };
  take(base.name, given.name);
  if (given.cadence_months || given.cadence_weeks) {
    base.cadence_months = given.cadence_months;
    base.cadence_weeks = given.cadence_weeks;
  }
  take(base.first_release, given.first_release);
  take(base.first_version, given.first_version);
  take(base.releases, given.releases);
  take(base.until, given.until);
  for (auto [to, from] : {std::pair{&base.general_months, &given.general_months},
                          {&base.general_last, &given.general_last},
                          {&base.security_months, &given.security_months},
                          {&base.security_last, &given.security_last},
                          {&base.lts_every, &given.lts_every},
                          {&base.lts_parity, &given.lts_parity},
                          {&base.lts_starting_at, &given.lts_starting_at},
                          {&base.lts_general_months, &given.lts_general_months},
                          {&base.lts_general_last, &given.lts_general_last},
                          {&base.lts_security_months, &given.lts_security_months},
                          {&base.lts_security_last, &given.lts_security_last},
                          {&base.weekdays, &given.weekdays},
                          {&base.target_days, &given.target_days},
                          {&base.adjust, &given.adjust},
                          {&base.max_shift_days, &given.max_shift_days},
                          {&base.month_end, &given.month_end},
                          {&base.slip, &given.slip}}) {
    take(*to, *from);
  }
  take(base.calendars, given.calendars);
  take(base.blackouts, given.blackouts);
  if (given.actuals) {
    auto all = base.actuals.value_or(std::vector<std::string>{});
    all.insert(all.end(), given.actuals->begin(), given.actuals->end());
    base.actuals = all;
  }
  return base;
}

struct Continuation {
  Project project;  // its history through `at`
  std::vector<Branch> existing;
  std::vector<SupportPolicy> policies;
};

Result<Continuation> continuation_of(const ProjectState& state, const Names& nm) {
  Continuation out{state.project, {}, planner_policies(state.project)};
  auto& releases = out.project.releases;
  if (state.at) {
    std::erase_if(releases, [&](const ProjectRelease& r) { return r.released > *state.at; });
  }
  if (releases.empty()) {
    const auto& all = state.project.releases;
    return Error::expected(nm("at"), state.at ? format_date(*state.at) : "nothing",
                           all.empty() ? "a project with at least one release (project " + state.project.id + ")"
                                       : "a date on or after the first release of project " + state.project.id + " (" +
                                             all.front().version + ", " + format_date(all.front().released) + ")");
  }
  TRY(branches, project_branches(out.project, std::nullopt));
  for (auto& b : branches.branches) {
    const bool alive = !state.at || !b.security_until || *b.security_until >= *state.at;
    if (alive || b.version == releases.back().version) out.existing.push_back(std::move(b));
  }
  return out;
}

}  // namespace

Result<std::vector<Scenario>> scenarios_from_spec(const ScenarioSpec& given, const CalendarRegistry& registry,
                                                  const std::optional<ProjectState>& project, TeamCalendarCache* cache,
                                                  const SpecOptions& options) {
  const Names nm{options};
  std::optional<Continuation> cont;
  ScenarioSpec s = given;
  if (project) {
    TRY(c, continuation_of(*project, nm));
    s = overlay(project_spec(c.project, c.project.releases.back()), given);
    if (!s.releases && !s.until) {
      const auto from = project->at.value_or(c.project.releases.back().released);
      s.until = format_date(date::sys_days{date::year_month_day{from} + date::years{8}});
    }
    cont = std::move(c);
  }
  std::vector<Cadence> cadences;
  if (s.cadence_months && s.cadence_weeks) {
    return Error::about(
        nm("cadence_weeks"), *s.cadence_weeks,
        "expected either " + nm.mention("cadence_months") + " or " + nm.mention("cadence_weeks") + ", saw both");
  }
  if (s.cadence_weeks) {
    TRY(weeks, cadence_list(*s.cadence_weeks, nm("cadence_weeks"), max_cadence_weeks, "weeks"));
    for (int w : weeks) cadences.push_back(Cadence::weeks(w));
  } else {
    if (!s.cadence_months) return Error::about(nm("cadence_months"), "", "required (months, e.g. 6,8,9)");
    TRY(months, cadence_list(*s.cadence_months, nm("cadence_months"), max_cadence_months, "months"));
    for (int m : months) cadences.push_back(Cadence::months(m));
  }
  if (!s.first_release)
    return Error::about(nm("first_release"), "", "required (the date of the first release, YYYY-MM-DD)");
  TRY(first, day(*s.first_release, nm("first_release")));
  const auto version = s.first_version.value_or("1");
  if (!VersionScheme::continuing(version)) {
    return Error::expected(nm("first_version"), "'" + version + "'",
                           "a version whose last part is a number, such as 4.11");
  }
  ReleaseTrain t;
  t.anchor = Anchor{first, version, AnchorKind::first_release};
  if (s.releases && s.until)
    return Error::about(nm("releases"), *s.releases,
                        "expected either " + nm.mention("releases") + " or " + nm.mention("until") + ", saw both");
  if (s.until) {
    TRY(until, day(*s.until, nm("until")));
    if (until < first)
      return Error::expected(nm("until"), *s.until,
                             "a date on or after " + nm.mention("first_release") + " (" + *s.first_release + ")");
    if (until > first + date::years{options.max_years}) {
      return Error::expected(
          nm("until"), *s.until,
          "a date within " + std::to_string(options.max_years) + " years after " + nm.mention("first_release"));
    }
    t.horizon = Horizon::through(until);
  } else {
    if (!s.releases)
      return Error::about(nm("releases"), "",
                          "required (a number of releases, or " + nm.mention("until") + " YYYY-MM-DD)");
    TRY(n, whole(*s.releases, nm("releases"), 1, options.max_releases, range(1, options.max_releases)));
    t.horizon = Horizon::count(n);
  }
  TRY(weekdays, weekday_set(s.weekdays.value_or("tue,wed,thu"), nm));
  if (weekdays.empty()) return Error::expected(nm("weekdays"), "''", "at least one weekday");
  t.window.weekdays = weekdays;
  if (s.target_days) {
    TRY(td, target_days(*s.target_days, nm));
    t.window.target_days = td;
  }
  TRY(direction, choice<ShiftDirection>(s.adjust, nm("adjust"), ShiftDirection::nearest,
                                        {{"nearest", ShiftDirection::nearest},
                                         {"earlier", ShiftDirection::earlier},
                                         {"later", ShiftDirection::later}}));
  TRY(shift,
      whole(s.max_shift_days.value_or("14"), nm("max_shift_days"), 0, max_shift_limit, range(0, max_shift_limit)));
  t.adjustment = ReleaseAdjustment{direction, shift};
  TRY(month_end, choice<MonthEnd>(s.month_end, nm("month_end"), MonthEnd::clamp,
                                  {{"clamp", MonthEnd::clamp}, {"reject", MonthEnd::reject}}));
  t.month_end = month_end;
  TRY(actuals, actual_list(s.actuals.value_or(std::vector<std::string>{}), nm));
  t.actuals = actuals;
  if (!actuals.empty() && !s.slip)
    return Error::about(nm("slip"), "", "required with " + nm.mention("actuals") + " (shift_grid or keep_grid)");
  TRY(slip, choice<SlipPolicy>(s.slip, nm("slip"), SlipPolicy::keep_grid,
                               {{"shift_grid", SlipPolicy::shift_grid}, {"keep_grid", SlipPolicy::keep_grid}}));
  t.slip = slip;
  TeamCalendarSpec team{
      s.calendars.value_or(std::vector<std::string>{}), s.blackouts.value_or(std::vector<std::string>{}), {}, {}, {}};
  if (project && !team.calendars.empty()) {
    team.owner = "project " + project->project.id;
    team.overrides.assign(project->overrides.begin(), project->overrides.end());
  }
  auto calendar_r = team_calendar(team, registry, cache);
  if (!calendar_r) return calendar_r.error().relabeled(nm(calendar_r.error().field));
  auto calendar = std::move(calendar_r).value();
  t.calendar = calendar;

  std::vector<SupportPolicy> support;
  if (cont && !any_support(given)) {
    support = cont->policies;
    t.version_scheme = cont->project.version_scheme;
  } else {
    TRY(own, support_of(s, version, nm));
    support = std::move(own);
    if (cont) t.version_scheme = cont->project.version_scheme;
  }
  if (s.name && (s.name->empty() || s.name->size() > 80)) {
    return Error::expected(nm("name"), "'" + *s.name + "'", "a name of 1..80 characters");
  }
  std::vector<Scenario> out;
  for (const auto& cadence : cadences) {
    t.cadence = cadence;
    Scenario scenario{s.name && cadences.size() == 1 ? *s.name : cadence.to_string(), t, support, std::nullopt};
    if (cont) scenario.existing = cont->existing;
    out.push_back(std::move(scenario));
  }
  return out;
}

Result<ReleaseTrain> project_train(const Project& project, int next, const CalendarRegistry& registry,
                                   std::span<const DayOverride> overrides) {
  ScenarioSpec horizon;
  horizon.releases = std::to_string(1 + next);
  TRY(scenarios, scenarios_from_spec(horizon, registry, ProjectState{project, overrides, std::nullopt}));
  return scenarios.front().train;
}

}  // namespace relplan
