// relplan: the command-line front end. Exit codes: 0 success, 1 runtime failure, 2 usage or input
// error; messages go to stderr.
#include <exception>

#include "cli/common.hpp"

int main(int argc, char** argv) {
  using namespace relplan::cli;
  try {
    CLI::App app{"relplan: release-coordination planner (cadences, schedules, embargoes, supported branches)",
                 "relplan"};
    app.set_version_flag("--version", "relplan " RELPLAN_VERSION);
    app.require_subcommand(1);
    add_calendar_commands(app);
    add_compare_command(app);
    add_schedule_command(app);
    add_template_command(app);
    add_chart_command(app);
    add_db_commands(app);
    add_token_command(app);
    add_branches_command(app);
    add_release_command(app);
    add_serve_command(app);
    try {
      app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
      const int code = app.exit(e);
      return code == 0 ? success : input_error;
    }
    return run_selected(app);
  } catch (const std::exception& e) {
    std::cerr << "relplan: internal error: " << e.what() << "\n";
    return runtime_failure;
  } catch (...) {
    std::cerr << "relplan: internal error\n";
    return runtime_failure;
  }
}
