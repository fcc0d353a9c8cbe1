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
  sub->add_option("--calendars-dir", calendars_dir,
                  "Folder of calendar TOML files that add to or replace the shipped calendars");
}

Result<const CalendarRegistry*> CalendarOptions::registry() const {
  if (calendars_dir.empty()) return &CalendarRegistry::shipped();
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

}  // namespace relplan::cli
