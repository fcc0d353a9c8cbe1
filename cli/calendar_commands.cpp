// relplan holidays | workdays | calendars
#include <chrono>

#include "calendars/workdays.hpp"
#include "cli/common.hpp"
#include "cli/table.hpp"
#include "data/export/holidays.hpp"

namespace relplan::cli {

namespace {

struct HolidaysArgs {
  CalendarOptions calendars;
  std::string calendar;
  std::string from;
  std::string to;
  int year = 0;
  std::string format = "table";
};

int run_holidays(const CLI::App* sub, const HolidaysArgs& a) {
  const std::string cmd = "holidays";
  auto registry = a.calendars.registry();
  if (!registry) return fail(cmd, registry.error());
  auto cal = (*registry)->joined(a.calendar, "--calendar");
  if (!cal) return fail(cmd, cal.error());
  date::sys_days from{};
  date::sys_days to{};
  const bool from_given = given(sub, "--from");
  const bool to_given = given(sub, "--to");
  if (given(sub, "--year")) {
    if (from_given || to_given) {
      return fail(cmd, Error::expected("--year", std::to_string(a.year), "either --year or --from/--to, not both"));
    }
    from = date::sys_days{date::year{a.year} / date::January / 1};
    to = date::sys_days{date::year{a.year} / date::December / 31};
  } else {
    if (!from_given || !to_given) {
      return fail(cmd, Error{"--from", "", "--from and --to (or --year) are required"});
    }
    auto f = parse_date_option(a.from, "--from");
    if (!f) return fail(cmd, f.error());
    auto t = parse_date_option(a.to, "--to");
    if (!t) return fail(cmd, t.error());
    if (*t < *f) return fail(cmd, Error::expected("--to", a.to, "a date on or after --from (" + a.from + ")"));
    from = *f;
    to = *t;
  }
  auto list = cal->occurrences(from, to);
  if (!list) return fail(cmd, list.error());
  if (a.format == "csv") {
    std::cout << holidays_csv(*list);
  } else if (a.format == "json") {
    std::cout << holidays_json(cal->id(), from, to, *list).dump(2) << "\n";
  } else if (a.format == "ics") {
    const auto now = date::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    std::cout << holidays_ics(cal->id(), *list, now);
  } else {
    std::vector<std::vector<std::string>> rows;
    for (const auto& o : *list) {
      rows.push_back({format_date(o.date), std::string(weekday_name(date::weekday{o.date})), o.calendar, o.name,
                      std::string(to_string(o.kind)), std::string(to_string(o.confidence))});
    }
    std::cout << render_table({"date", "day", "calendar", "name", "kind", "confidence"}, rows);
  }
  return success;
}

struct WorkdaysArgs {
  CalendarOptions calendars;
  std::string calendar;
  std::string from;
  std::optional<int> add;
  std::vector<std::string> between;
  std::string adjust;
};

int run_workdays(const CLI::App* sub, const WorkdaysArgs& a) {
  const std::string cmd = "workdays";
  auto registry = a.calendars.registry();
  if (!registry) return fail(cmd, registry.error());
  auto cal = (*registry)->joined(a.calendar, "--calendar");
  if (!cal) return fail(cmd, cal.error());
  const int modes = (a.add ? 1 : 0) + (a.between.empty() ? 0 : 1) + (given(sub, "--adjust") ? 1 : 0);
  if (modes != 1) {
    return fail(cmd,
                Error{"--add", "",
                      "give exactly one of --from DATE --add N, --between FROM TO, --from DATE --adjust CONVENTION"});
  }
  if (!a.between.empty()) {
    auto f = parse_date_option(a.between[0], "--between");
    if (!f) return fail(cmd, f.error());
    auto t = parse_date_option(a.between[1], "--between");
    if (!t) return fail(cmd, t.error());
    auto n = working_days_between(*cal, *f, *t);
    if (!n) return fail(cmd, n.error());
    std::cout << *n << "\n";
    return success;
  }
  if (!given(sub, "--from")) return fail(cmd, Error{"--from", "", "--from: required with --add and --adjust"});
  auto from = parse_date_option(a.from, "--from");
  if (!from) return fail(cmd, from.error());
  Result<date::sys_days> out = *from;
  if (a.add) {
    out = add_working_days(*cal, *from, *a.add);
  } else {
    static const std::map<std::string, Adjustment> conventions{{"following", Adjustment::following},
                                                               {"preceding", Adjustment::preceding},
                                                               {"modified_following", Adjustment::modified_following},
                                                               {"nearest", Adjustment::nearest}};
    auto it = conventions.find(a.adjust);
    if (it == conventions.end()) {
      return fail(cmd, Error::expected("--adjust", "'" + a.adjust + "'",
                                       "one of following, preceding, modified_following, nearest"));
    }
    out = adjust(*cal, *from, it->second);
  }
  if (!out) return fail(cmd, out.error());
  std::cout << format_date(*out) << "\n";
  return success;
}

struct CalendarsArgs {
  CalendarOptions calendars;
  std::string format = "table";
};

int run_calendars(const CalendarsArgs& a) {
  auto registry = a.calendars.registry();
  if (!registry) return fail("calendars", registry.error());
  const auto specs = (*registry)->specs();
  if (a.format == "json") {
    std::cout << calendars_json(**registry).dump(2) << "\n";
    return success;
  }
  std::vector<std::vector<std::string>> rows;
  for (const auto& s : specs) {
    // The first source, and how many more --format json lists (CN cites a notice per year).
    std::string sources = s->sources.empty() ? "" : s->sources.front();
    if (s->sources.size() > 1) sources += " (+" + std::to_string(s->sources.size() - 1) + " more)";
    rows.push_back({s->id, s->name, std::to_string(s->first_year) + ".." + std::to_string(s->last_year),
                    s->weekend.to_string(), sources});
  }
  std::cout << render_table({"id", "name", "years", "weekend", "sources"}, rows);
  return success;
}

}  // namespace

void add_calendar_commands(CLI::App& app) {
  {
    auto args = std::make_shared<HolidaysArgs>();
    auto* sub =
        app.add_subcommand("holidays", "List the holidays, observed days and make-up working days of calendars");
    sub->add_option("--calendar", args->calendar, "Calendar ids, joined: GB-ENG,US (required)")->required();
    sub->add_option("--from", args->from, "First day, YYYY-MM-DD (required unless --year)");
    sub->add_option("--to", args->to, "Last day, YYYY-MM-DD (required unless --year)");
    sub->add_option("--year", args->year, "A whole year instead of --from/--to");
    sub->add_option("--format", args->format, "table, csv, json or ics (default: table)")
        ->check(CLI::IsMember({"table", "csv", "json", "ics"}));
    args->calendars.add_to(sub);
    on_run(sub, [sub, args] { return run_holidays(sub, *args); });
  }
  {
    auto args = std::make_shared<WorkdaysArgs>();
    auto* sub = app.add_subcommand("workdays", "Working-day arithmetic on joined calendars");
    sub->add_option("--calendar", args->calendar, "Calendar ids, joined: US,GB-ENG (required)")->required();
    sub->add_option("--from", args->from, "Start day, YYYY-MM-DD (required with --add or --adjust)");
    sub->add_option("--add", args->add, "Working days to add (negative goes back); prints the date");
    sub->add_option("--between", args->between, "FROM TO: prints the working days in (FROM, TO]")->expected(2);
    sub->add_option("--adjust", args->adjust, "following, preceding, modified_following or nearest");
    args->calendars.add_to(sub);
    on_run(sub, [sub, args] { return run_workdays(sub, *args); });
  }
  {
    auto args = std::make_shared<CalendarsArgs>();
    auto* sub =
        app.add_subcommand("calendars", "List the known calendars with their year ranges, weekends and sources");
    sub->add_option("--format", args->format, "table or json (default: table)")
        ->check(CLI::IsMember({"table", "json"}));
    args->calendars.add_to(sub);
    on_run(sub, [args] { return run_calendars(*args); });
  }
}

}  // namespace relplan::cli
