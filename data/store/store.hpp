#pragma once
// The embedded default store: one SQLite file (SQLiteCpp), created and seeded on first open.
//
// open() refuses a file that is not a relplan database (another application's SQLite file, or not
// SQLite at all) with a message naming the file, and leaves it untouched. Schema changes are
// versioned migrations keyed on PRAGMA user_version; the file is in WAL mode with foreign keys on
// and a busy timeout, and every write is one transaction.
#include <memory>
#include <string>
#include <vector>

#include <SQLiteCpp/Database.h>

#include "calendars/result.hpp"
#include "data/embedded.hpp"

namespace relplan {

struct ProjectRow {
  std::string id;
  std::string name;
  std::string definition;  // the project's TOML text
};

class Store {
 public:
  // Opens (creating and seeding if absent or empty) the database at `path`.
  // `seed` are project files, inserted when the database is created.
  static Result<std::unique_ptr<Store>> open(const std::string& path, std::span<const EmbeddedFile> seed);

  int schema_version() const;
  bool created() const noexcept { return created_; }  // true if this open() created the database
  std::vector<ProjectRow> projects() const;

  static constexpr int application_id = 0x72706C6E;  // "rpln"

 private:
  explicit Store(std::unique_ptr<SQLite::Database> db) : db_(std::move(db)) {}
  Status migrate();
  Status seed(std::span<const EmbeddedFile> files);

  std::unique_ptr<SQLite::Database> db_;
  bool created_ = false;
};

// The project files shipped in the binary (data/projects/*.toml).
std::span<const EmbeddedFile> shipped_project_files();

}  // namespace relplan
