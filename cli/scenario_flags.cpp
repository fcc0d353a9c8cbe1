#include "cli/scenario_flags.hpp"

#include <algorithm>
#include <charconv>

#include "calendars/combine.hpp"
#include "calendars/io/blackout_text.hpp"

namespace relplan::cli {

namespace {

std::vector<std::string> split(const std::string& text, char separator) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t at; (at = text.find(separator, start)) != std::string::npos; start = at + 1) {
    out.push_back(text.substr(start, at - start));
  }
  out.push_back(text.substr(start));
  return out;
}

Result<std::vector<int>> parse_cadences(const std::string& text) {
  const std::string rule = "months 1.." + std::to_string(max_cadence_months);
  std::vector<int> out;
  for (const auto& item : split(text, ',')) {
    auto n = parse_int(item, "--cadence", 1, max_cadence_months, rule);
    if (!n) return n.error();
    if (std::find(out.begin(), out.end(), *n) != out.end()) {
      return Error{"--cadence", item, "--cadence: expected each cadence once, saw " + item + " twice"};
    }
    out.push_back(*n);
  }
  return out;
}

Result<WeekdaySet> parse_weekdays(const std::string& text) {
  WeekdaySet set;
  for (const auto& item : split(text, ',')) {
    auto wd = parse_weekday(item);
    if (!wd) return Error::expected("--weekdays", "'" + item + "'", "day names mon..sun separated by commas");
    set.insert(*wd);
  }
  return set;
}

Result<TargetDays> parse_target_days(const std::string& text) {
  const auto bad = Error::expected("--target-days", "'" + text + "'", "FIRST-LAST with 1 <= FIRST <= LAST <= 31");
  const auto parts = split(text, '-');
  if (parts.size() != 2) return bad;
  auto first = parse_int(parts[0], "--target-days", 1, 31, "");
  auto last = parse_int(parts[1], "--target-days", 1, 31, "");
  if (!first || !last || *first > *last) return bad;
  return TargetDays{static_cast<unsigned>(*first), static_cast<unsigned>(*last)};
}

Result<std::vector<ActualRelease>> parse_actuals(const std::vector<std::string>& items) {
  std::vector<ActualRelease> out;
  for (const auto& item : items) {
    const auto eq = item.find('=');
    const auto d = eq == std::string::npos ? std::nullopt : parse_date(item.substr(eq + 1));
    if (!d || eq == 0) return Error::expected("--actual", "'" + item + "'", "VERSION=YYYY-MM-DD");
    out.push_back({item.substr(0, eq), *d});
  }
  return out;
}

// The team calendar: the joined calendars with the blackout windows; nullopt without --calendar.
Result<std::optional<Calendar>> team_calendar(const ScenarioFlags& a) {
  if (a.calendar.empty()) {
    if (!a.blackouts.empty()) {
      return Error::expected("--blackout", "'" + a.blackouts.front() + "'",
                             "--calendar as well (blackouts apply to a team calendar)");
    }
    return std::optional<Calendar>{};
  }
  auto registry = a.calendars.registry();
  if (!registry) return registry.error();
  auto joined = (*registry)->joined(a.calendar, "--calendar");
  if (!joined) return joined.error();
  if (a.blackouts.empty()) return std::optional<Calendar>{*joined};
  std::vector<BlackoutWindow> windows;
  for (const auto& text : a.blackouts) {
    auto w = parse_blackout(text, "--blackout");
    if (!w) return w.error();
    windows.push_back(*w);
  }
  std::vector<Calendar> references;  // relative windows may name any known calendar: CN:Spring Festival-1..+6
  for (const auto& spec : (*registry)->specs()) references.push_back((*registry)->get(spec->id).value());
  auto team = with_blackouts(*joined, windows, references);
  if (!team) return team.error();
  return std::optional<Calendar>{*team};
}

}  // namespace

// A whole number in [lo, hi]; else "<flag>: expected <rule>, saw <text>" (quoted unless a number).
Result<int> parse_int(const std::string& text, const std::string& flag, int lo, int hi, const std::string& rule) {
  int v = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (text.empty() || ec != std::errc{} || ptr != text.data() + text.size()) {
    return Error::expected(flag, "'" + text + "'", rule);
  }
  if (v < lo || v > hi) return Error::expected(flag, text, rule);
  return v;
}

Result<std::string> require(const std::string& value, const std::string& flag, const std::string& what) {
  if (value.empty()) return Error{flag, "", flag + ": required (" + what + ")"};
  return value;
}

Result<std::vector<Scenario>> scenarios_of(const ScenarioFlags& a) {
  auto cadence_text = require(a.cadence, "--cadence", "months, e.g. 6,8,9");
  if (!cadence_text) return cadence_text.error();
  auto cadences = parse_cadences(*cadence_text);
  if (!cadences) return cadences.error();
  auto first_text = require(a.first_release, "--first-release", "the date of the first release, YYYY-MM-DD");
  if (!first_text) return first_text.error();
  auto first = parse_date_option(*first_text, "--first-release");
  if (!first) return first.error();

  Horizon horizon;
  if (a.releases.empty() == a.until.empty()) {
    return Error{"--releases", a.releases, "--releases: give either --releases N or --until YYYY-MM-DD"};
  }
  if (!a.releases.empty()) {
    auto n = parse_int(a.releases, "--releases", 1, max_releases, "1.." + std::to_string(max_releases));
    if (!n) return n.error();
    horizon = Horizon::count(*n);
  } else {
    auto d = parse_date_option(a.until, "--until");
    if (!d) return d.error();
    if (*d < *first)
      return Error::expected("--until", a.until, "a date on or after --first-release (" + *first_text + ")");
    horizon = Horizon::through(*d);
  }
  const std::string months_rule = "months 1.." + std::to_string(max_support_months);
  auto general_text = require(a.general_months, "--general-months", "months of general support");
  if (!general_text) return general_text.error();
  auto general = parse_int(*general_text, "--general-months", 1, max_support_months, months_rule);
  if (!general) return general.error();
  auto security_text = require(a.security_months, "--security-months", "months of security support");
  if (!security_text) return security_text.error();
  auto security = parse_int(*security_text, "--security-months", 1, max_support_months, months_rule);
  if (!security) return security.error();
  if (*security < *general) {
    return Error::expected("--security-months", *security_text, "at least --general-months (" + *general_text + ")");
  }

  ReleaseTrain train;
  train.anchor = Anchor{*first, a.first_version, AnchorKind::first_release};
  if (auto s = VersionScheme::continuing(a.first_version); !s) {
    return Error::expected("--first-version", "'" + a.first_version + "'",
                           "a version whose last part is a number, such as 4.11");
  }
  train.horizon = horizon;
  auto weekdays = parse_weekdays(a.weekdays);
  if (!weekdays) return weekdays.error();
  train.window.weekdays = *weekdays;
  if (!a.target_days.empty()) {
    auto t = parse_target_days(a.target_days);
    if (!t) return t.error();
    train.window.target_days = *t;
  }
  auto shift =
      parse_int(a.max_shift_days, "--max-shift-days", 0, max_shift_limit, "0.." + std::to_string(max_shift_limit));
  if (!shift) return shift.error();
  auto direction = parse_choice<ShiftDirection>(
      a.adjust, "--adjust",
      {{"nearest", ShiftDirection::nearest}, {"earlier", ShiftDirection::earlier}, {"later", ShiftDirection::later}});
  if (!direction) return direction.error();
  train.adjustment = ReleaseAdjustment{*direction, *shift};
  auto month_end =
      parse_choice<MonthEnd>(a.month_end, "--month-end", {{"clamp", MonthEnd::clamp}, {"reject", MonthEnd::reject}});
  if (!month_end) return month_end.error();
  train.month_end = *month_end;
  auto actuals = parse_actuals(a.actuals);
  if (!actuals) return actuals.error();
  train.actuals = *actuals;
  if (!a.actuals.empty() && a.slip.empty()) {
    return Error{"--slip", "", "--slip: required with --actual (shift_grid or keep_grid)"};
  }
  if (!a.slip.empty()) {
    auto slip = parse_choice<SlipPolicy>(
        a.slip, "--slip", {{"shift_grid", SlipPolicy::shift_grid}, {"keep_grid", SlipPolicy::keep_grid}});
    if (!slip) return slip.error();
    train.slip = *slip;
  }
  auto calendar = team_calendar(a);
  if (!calendar) return calendar.error();
  train.calendar = *calendar;

  const SupportPolicy policy{*general_text + " months general + " + *security_text + " months security",
                             {},
                             PolicyReach::matching_branches,
                             {},
                             {},
                             {},
                             {},
                             {},
                             SupportMonths{*general},
                             SupportMonths{*security}};
  std::vector<Scenario> out;
  for (int months : *cadences) {
    train.cadence = Cadence::months(months);
    out.push_back(Scenario{"", train, {policy}, std::nullopt});
  }
  return out;
}

std::string describe(const ScenarioFlags& a, const Scenario& s) {
  const auto& t = s.train;
  std::string out = (a.releases.empty() ? "releases to " + a.until : a.releases + " releases") + " from " +
                    a.first_version + " (" + a.first_release + "), " + s.support.front().name + " support\n";
  out += "release days " + t.window.weekdays.to_string();
  if (t.window.target_days) out += ", days " + t.window.target_days->to_string() + " of the month";
  out += t.calendar ? ", working days of " + t.calendar->id() : ", no calendar";
  for (std::size_t i = 0; i < a.blackouts.size(); ++i) out += (i == 0 ? " with blackouts " : ", ") + a.blackouts[i];
  out += "; " + a.adjust + " allowed day within " + a.max_shift_days + " days\n";
  return out;
}

void ScenarioFlags::add_to(CLI::App* sub) {
  sub->add_option("--cadence", cadence, "Cadences in months, 1..36, comma-separated: 6,8,9");
  sub->add_option("--first-release", first_release, "Nominal date of the first release (release 0), YYYY-MM-DD");
  sub->add_option("--releases", releases, "Horizon: number of releases, the first included (1..1000)");
  sub->add_option("--until", until, "Horizon: last nominal date, YYYY-MM-DD (instead of --releases)");
  sub->add_option("--general-months", general_months, "Months of general support from each release");
  sub->add_option("--security-months", security_months, "Months of security support from each release");
  sub->add_option("--calendar", calendar, "Team calendars, joined: US,GB-ENG,DE (default: none, weekday rule only)");
  sub->add_option("--blackout", blackouts,
                  "Blackout window, repeatable: 12-20..01-05, 2026-02-14..2026-02-22, CN:Spring Festival-1..+6");
  sub->add_option("--weekdays", weekdays, "Allowed release weekdays (default tue,wed,thu)");
  sub->add_option("--target-days", target_days, "Target part of the month, FIRST-LAST: 1-15 (default: any day)");
  sub->add_option("--first-version", first_version,
                  "Version of the first release; later ones count up its last number (default 1)");
  sub->add_option("--max-shift-days", max_shift_days, "Largest move from the nominal date, 0..62 days (default 14)");
  sub->add_option("--adjust", adjust,
                  "Direction of the move: nearest (ties later), earlier or later (default nearest)");
  sub->add_option("--month-end", month_end,
                  "Day missing in a month (Jan 31 + 1 month): clamp or reject (default clamp)");
  sub->add_option("--actual", actuals, "Known actual release, repeatable: 4.12=2019-04-02 (needs --slip)");
  sub->add_option("--slip", slip, "After a slipped actual release: shift_grid or keep_grid");
}

}  // namespace relplan::cli
