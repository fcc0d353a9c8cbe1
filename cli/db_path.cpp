#include "cli/db_path.hpp"

#include <cstdlib>
#include <filesystem>

namespace relplan::cli {

std::string database_path(const std::string& option) {
  if (!option.empty()) return option;
  if (const char* env = std::getenv("RELPLAN_DB"); env && *env) return env;
  std::filesystem::path folder;
  if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) {
    folder = xdg;
  } else if (const char* home = std::getenv("HOME"); home && *home) {
    folder = std::filesystem::path(home) / ".local" / "share";
  } else {
    folder = ".";
  }
  folder /= "relplan";
  std::error_code ec;
  std::filesystem::create_directories(folder, ec);
  return (folder / "relplan.db").string();
}

}  // namespace relplan::cli
