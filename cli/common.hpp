#pragma once
// Shared pieces of the CLI front end: exit codes, error reporting, option helpers.
// Every subcommand parses its flags, calls the engine, formats; nothing else.
#include <functional>
#include <iostream>
#include <string>

#include <CLI/CLI.hpp>

#include "calendars/io/registry.hpp"
#include "calendars/result.hpp"

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
  // The shipped registry, or one with the directory's files added.
  Result<const CalendarRegistry*> registry() const;

 private:
  mutable std::unique_ptr<CalendarRegistry> loaded_;
};

Result<date::sys_days> parse_date_option(const std::string& text, const std::string& option);

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

}  // namespace relplan::cli
