#include "cli/common.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

namespace relplan::cli {

namespace {
std::map<const CLI::App*, Action>& actions() {
  static std::map<const CLI::App*, Action> registry;
  return registry;
}
}  // namespace

int fail(const std::string& command, const Error& error) {
  std::cerr << "relplan " << command << ": " << error.message << "\n";
  return error.kind == ErrorKind::invalid_input ? input_error : runtime_failure;
}

void on_run(CLI::App* sub, Action action) { actions()[sub] = std::move(action); }

int run_selected(CLI::App& app) {
  for (auto* sub : app.get_subcommands()) {
    auto it = actions().find(sub);
    if (it != actions().end()) return it->second();
    // Nested subcommands (relplan db init): look one level down.
    for (auto* nested : sub->get_subcommands()) {
      auto jt = actions().find(nested);
      if (jt != actions().end()) return jt->second();
    }
    std::cerr << sub->help();
    return input_error;
  }
  std::cerr << app.help();
  return input_error;
}

void CalendarOptions::add_to(CLI::App* sub) {
  option_ = sub->add_option("--calendars-dir", calendars_dir,
                            "Folder of calendar TOML files that add to or replace the shipped calendars");
}

Result<const CalendarRegistry*> CalendarOptions::registry() const {
  if (calendars_dir.empty() && (option_ == nullptr || option_->count() == 0)) return &CalendarRegistry::shipped();
  if (loaded_) return loaded_.get();
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(calendars_dir, ec)) {
    return Error::expected("--calendars-dir", "'" + calendars_dir + "'", "a readable folder of .toml files");
  }
  std::vector<fs::path> paths;
  for (const auto& entry : fs::directory_iterator(calendars_dir, ec)) {
    if (entry.is_regular_file() && entry.path().extension() == ".toml") paths.push_back(entry.path());
  }
  std::sort(paths.begin(), paths.end());
  std::vector<CalendarFile> files;
  for (const auto& p : paths) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    files.push_back({p.string(), text.str()});
  }
  auto r = CalendarRegistry::load(shipped_calendar_files(), files);
  if (!r) return r.error();
  loaded_ = std::make_unique<CalendarRegistry>(std::move(r).value());
  for (const auto& w : loaded_->warnings()) std::cerr << "relplan: warning: " << w << "\n";  // once per load
  return loaded_.get();
}

Result<date::sys_days> parse_date_option(const std::string& text, const std::string& option) {
  if (auto d = parse_date(text)) return *d;
  return Error::expected(option, "'" + text + "'", "a date as YYYY-MM-DD");
}

bool given(const CLI::App* sub, const std::string& name) {
  for (; sub != nullptr; sub = sub->get_parent()) {
    if (const auto* option = sub->get_option_no_throw(name); option != nullptr && option->count() > 0) return true;
  }
  return false;
}

Result<std::optional<date::sys_days>> optional_date_option(const CLI::App* sub, const std::string& name,
                                                           const std::string& text) {
  if (!given(sub, name)) return std::optional<date::sys_days>{};
  auto day = parse_date_option(text, name);
  if (!day) return day.error();
  return std::optional<date::sys_days>{*day};
}

Status require_nonempty_if_given(const CLI::App* sub, const std::string& name, const std::string& text,
                                 const std::string& rule) {
  if (text.empty() && given(sub, name)) return Error::expected(name, "''", rule);
  return Ok{};
}

CLI::Option* add_db_option(CLI::App* sub, std::string& db) {
  return sub->add_option("--db", db, "SQLite database file (default: $RELPLAN_DB, else the user's data folder)");
}

Result<OpenedDb> open_database(const CLI::App* sub, const std::string& db, DbUse use,
                               std::span<const EmbeddedFile> seed) {
  if (auto s = require_nonempty_if_given(sub, "--db", db, "a database file"); !s) return s.error();
  return open_database(db, use, seed);
}

}  // namespace relplan::cli
