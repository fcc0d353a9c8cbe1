#pragma once
// Where the CLI's database is, and opening it for a command.
#include <memory>
#include <span>
#include <string>

#include "calendars/embedded.hpp"
#include "calendars/result.hpp"
#include "data/store/store.hpp"

namespace relplan::cli {

struct DbLocation {
  std::string path;
  std::string source;  // "--db", "RELPLAN_DB", or empty for the default path
};

// --db if given, else $RELPLAN_DB, else $XDG_DATA_HOME/relplan/relplan.db
// (~/.local/share/relplan/relplan.db). Creates the default path's folder, mode 0700 whatever the
// umask (the database holds embargoed advisory details); an existing folder keeps its mode.
DbLocation database_location(const std::string& option);

// How a command uses the database.
enum class DbUse {
  read,    // only reads: an existing file is opened read-only (Store::OpenMode::read_only)
  write,   // reads and writes an existing file
  create,  // db init, serve: a missing file is created and seeded
};

struct OpenedDb {
  std::string path;
  std::unique_ptr<Store> store;
};

// Opens the command's database. The default path is created and seeded on first use by any
// command (the first-run experience). A path given with --db or $RELPLAN_DB that does not exist is
// created only for DbUse::create; otherwise the error is, exactly,
//   "--db: expected an existing relplan database, saw 'PATH' (create one with relplan db init)"
// with "RELPLAN_DB" in place of "--db" when the path came from the environment: a mistyped path
// must not silently give a new, seeded database.
Result<OpenedDb> open_database(const std::string& option, DbUse use,
                               std::span<const EmbeddedFile> seed = shipped_project_files());

}  // namespace relplan::cli
