// relplan template fit: the project's schedule template fitted to its recorded schedules, as TOML.
#include <initializer_list>
#include <tuple>

#include "cli/common.hpp"
#include "cli/db_path.hpp"
#include "data/templates/schedule_request.hpp"

namespace relplan::cli {

namespace {

struct FitArgs {
  CalendarOptions calendars;
  ScheduleRequest request;
  std::string db;
};

int run_fit(const FitArgs& a, const CLI::App* sub) {
  const std::string cmd = "template fit";
  for (const auto& [flag, text, rule] : std::initializer_list<std::tuple<const char*, const std::string&, const char*>>{
           {"--project", a.request.project, "a project with a schedule template, such as xen"},
           {"--history-before", a.request.history_before, "a version, such as 4.22"},
           {"--calendar", a.request.calendar, "calendar ids, such as US,GB-ENG,DE"}}) {
    if (auto ok = require_nonempty_if_given(sub, flag, text, rule); !ok) return fail(cmd, ok.error());
  }
  auto registry = a.calendars.registry();
  if (!registry) return fail(cmd, registry.error());
  auto db = open_database(sub, a.db, DbUse::read);
  if (!db) return fail(cmd, db.error());
  ScheduleRequest request = a.request;
  use_project_record(request, *db->store);
  auto fitted = fit_request_template(request, **registry);
  if (!fitted) return fail(cmd, fitted.error());
  std::string command = "relplan template fit --project " + (request.project.empty() ? "xen" : request.project);
  if (!request.history_before.empty()) command += " --history-before " + request.history_before;
  command += " --last " + std::to_string(request.history_last.value_or(3));
  std::cout << fitted_template_toml(*fitted, command);
  return success;
}

}  // namespace

void add_fit_history_options(CLI::App* sub, std::string& history_before, std::optional<int>& last) {
  sub->add_option("--history-before", history_before,
                  "Fit the template only on releases older than this version, to check a fit without hindsight "
                  "(default: every recorded release begun before the date planned from)");
  sub->add_option("--last", last, "Fit the template on this many of the newest recorded releases, 1..20 (default: 3)");
}

void add_template_command(CLI::App& app) {
  auto* group = app.add_subcommand("template", "Schedule templates: fit one to a project's recorded schedules");
  group->require_subcommand(1);
  auto a = std::make_shared<FitArgs>();
  auto* sub = group->add_subcommand(
      "fit",
      "Print the project's template with its phase lengths and RC series fitted to the published schedules "
      "the database records (median of the last N releases), as TOML for --template");
  sub->add_option("--project", a->request.project,
                  "Project whose template and recorded schedules to use (default: xen)");
  add_fit_history_options(sub, a->request.history_before, a->request.history_last);
  sub->add_option("--calendar", a->request.calendar,
                  "Team calendar ids the working days are counted on (default: the project's in the database, else "
                  "the template's)");
  add_db_option(sub, a->db);
  a->calendars.add_to(sub);
  on_run(sub, [a, sub] { return run_fit(*a, sub); });
}

}  // namespace relplan::cli
