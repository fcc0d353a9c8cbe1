#pragma once
// Shared pieces of the CLI front end: exit codes, error reporting, option helpers.
// Every subcommand parses its flags, calls the engine, formats; nothing else.
#include <functional>
#include <iostream>
#include <optional>
#include <string>

#include <CLI/CLI.hpp>

#include "calendars/io/registry.hpp"
#include "calendars/result.hpp"
#include "cli/db_path.hpp"

namespace relplan::cli {

enum Exit : int { success = 0, runtime_failure = 1, input_error = 2 };

// Prints "relplan <command>: <message>" on stderr and returns the exit code: input_error (2) for
// bad input, runtime_failure (1) for a busy or unavailable database (ErrorKind), which is no fault
// of the command line.
int fail(const std::string& command, const Error& error);

// Runs the action a subcommand registered; main() calls the one CLI11 selected.
using Action = std::function<int()>;
void on_run(CLI::App* sub, Action action);
int run_selected(CLI::App& app);

// --calendars-dir DIR: calendar files that add to or replace the shipped ones.
struct CalendarOptions {
  std::string calendars_dir;
  void add_to(CLI::App* sub);
  // The shipped registry, or one with the directory's files added; `--calendars-dir ''` is an error
  // ("--calendars-dir: expected a readable folder of .toml files, saw ''"), not the shipped registry.
  Result<const CalendarRegistry*> registry() const;

 private:
  const CLI::Option* option_ = nullptr;
  mutable std::unique_ptr<CalendarRegistry> loaded_;
};

// "<option>: expected a date as YYYY-MM-DD, saw '<text>'" unless `text` is a date.
Result<date::sys_days> parse_date_option(const std::string& text, const std::string& option);

// "Not given" and "given as ''" are different: an option left out takes its default, an option given
// with an empty value is checked like any other value. So `--at ''` is
// "--at: expected a date as YYYY-MM-DD, saw ''", never today. These helpers ask CLI11 whether the
// option `name` ("--at", "PROJECT") was on the command line (CLI::Option::count()) of `sub` or of
// one of its parents (relplan db --db FILE init).
bool given(const CLI::App* sub, const std::string& name);
// The date of an optional date option: nullopt when it was not given, else parse_date_option().
Result<std::optional<date::sys_days>> optional_date_option(const CLI::App* sub, const std::string& name,
                                                           const std::string& text);
// For an option whose empty value would read as "not given" further on: given as '', the error
// "<name>: expected <rule>, saw ''".
Status require_nonempty_if_given(const CLI::App* sub, const std::string& name, const std::string& text,
                                 const std::string& rule);

// --history-before VERSION and --last N: the recorded schedules a template fit learns from
// (`relplan template fit`, `relplan schedule`).
void add_fit_history_options(CLI::App* sub, std::string& history_before, std::optional<int>& last);

// --db FILE, with the help text every command shows.
CLI::Option* add_db_option(CLI::App* sub, std::string& db);
// open_database(db, use, seed), after refusing `--db ''` ("--db: expected a database file, saw ''"),
// which would otherwise open $RELPLAN_DB or the default database.
Result<OpenedDb> open_database(const CLI::App* sub, const std::string& db, DbUse use,
                               std::span<const EmbeddedFile> seed = shipped_project_files());

// Registration functions, one per file.
void add_calendar_commands(CLI::App& app);
void add_serve_command(CLI::App& app);
void add_compare_command(CLI::App& app);
void add_chart_command(CLI::App& app);
void add_db_commands(CLI::App& app);
void add_token_command(CLI::App& app);
void add_branches_command(CLI::App& app);
void add_release_command(CLI::App& app);
void add_schedule_command(CLI::App& app);
void add_template_command(CLI::App& app);

}  // namespace relplan::cli
