#include "cli/db_path.hpp"

#include <sys/stat.h>

#include <cerrno>
#include <cstdlib>
#include <filesystem>

namespace relplan::cli {

namespace {

// Makes `folder` (mode 0700) and its missing parents (default mode). Errors are left to the
// database open that follows, which names the path.
void create_private_folder(const std::filesystem::path& folder) {
  std::error_code ec;
  std::filesystem::create_directories(folder.parent_path(), ec);
  if (::mkdir(folder.c_str(), 0700) == 0) ::chmod(folder.c_str(), 0700);  // the umask may have taken bits
}

}  // namespace

DbLocation database_location(const std::string& option) {
  if (!option.empty()) return {option, "--db"};
  if (const char* env = std::getenv("RELPLAN_DB"); env && *env) return {env, "RELPLAN_DB"};
  std::filesystem::path folder;
  if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) {
    folder = xdg;
  } else if (const char* home = std::getenv("HOME"); home && *home) {
    folder = std::filesystem::path(home) / ".local" / "share";
  } else {
    folder = ".";
  }
  folder /= "relplan";
  create_private_folder(folder);
  return {(folder / "relplan.db").string(), ""};
}

Result<OpenedDb> open_database(const std::string& option, DbUse use, std::span<const EmbeddedFile> seed) {
  auto where = database_location(option);
  std::error_code ec;
  const bool exists = std::filesystem::exists(where.path, ec);
  Store::OpenMode mode = Store::OpenMode::create;
  if (exists) {
    mode = use == DbUse::read    ? Store::OpenMode::read_only
           : use == DbUse::write ? Store::OpenMode::existing
                                 : Store::OpenMode::create;
  } else if (!where.source.empty() && use != DbUse::create) {
    return Error{where.source, where.path,
                 where.source + ": expected an existing relplan database, saw '" + where.path +
                     "' (create one with relplan db init)"};
  }
  auto store = Store::open(where.path, seed, mode);
  if (!store) return store.error();
  return OpenedDb{std::move(where.path), std::move(store).value()};
}

}  // namespace relplan::cli
