#include "data/store/store.hpp"

#include <SQLiteCpp/Transaction.h>
#include <toml++/toml.h>

namespace relplan {

namespace {

// Migration N brings the schema from user_version N-1 to N. Append only; never edit a shipped one.
constexpr const char* migrations[] = {
    // 1: projects and the audit log.
    R"sql(
      CREATE TABLE projects (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        definition TEXT NOT NULL,
        updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
      );
      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        subject TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT ''
      );
    )sql",
};
constexpr int latest_version = static_cast<int>(std::size(migrations));

Error store_error(const std::string& path, const std::string& why) {
  return Error{"db", path, "database " + path + ": " + why};
}

}  // namespace

Result<std::unique_ptr<Store>> Store::open(const std::string& path, std::span<const EmbeddedFile> seed_files) {
  std::unique_ptr<SQLite::Database> db;
  try {
    db = std::make_unique<SQLite::Database>(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db->setBusyTimeout(5000);
    // Reading the header fails here for a file that is not SQLite, before anything is written.
    const int app_id = db->execAndGet("PRAGMA application_id").getInt();
    const int version = db->execAndGet("PRAGMA user_version").getInt();
    const int tables = db->execAndGet("SELECT count(*) FROM sqlite_schema").getInt();
    if (app_id != application_id && (app_id != 0 || version != 0 || tables != 0)) {
      return store_error(path, "not a relplan database (another application's SQLite file); left untouched");
    }
    if (version > latest_version) {
      return store_error(path, "schema version " + std::to_string(version) + " is newer than this relplan (" +
                                   std::to_string(latest_version) + "); left untouched");
    }
    if (app_id == application_id) {
      const auto check = db->execAndGet("PRAGMA quick_check").getString();
      if (check != "ok") return store_error(path, "integrity check failed: " + check + "; left untouched");
    }
    db->exec("PRAGMA journal_mode=WAL");
    db->exec("PRAGMA foreign_keys=ON");
  } catch (const SQLite::Exception& e) {
    return store_error(path, std::string(e.what()) + "; left untouched");
  }
  auto store = std::unique_ptr<Store>(new Store(std::move(db)));
  const bool fresh = store->schema_version() == 0;
  if (auto s = store->migrate(); !s) return s.error();
  if (fresh) {
    if (auto s = store->seed(seed_files); !s) return s.error();
    store->created_ = true;
  }
  return store;
}

int Store::schema_version() const { return db_->execAndGet("PRAGMA user_version").getInt(); }

Status Store::migrate() {
  try {
    for (int v = schema_version(); v < latest_version; ++v) {
      SQLite::Transaction tx(*db_);
      db_->exec(migrations[v]);
      db_->exec("PRAGMA user_version = " + std::to_string(v + 1));
      db_->exec("PRAGMA application_id = " + std::to_string(application_id));
      tx.commit();
    }
  } catch (const SQLite::Exception& e) {
    return store_error(db_->getFilename(), std::string("migration failed: ") + e.what());
  }
  return Ok{};
}

Status Store::seed(std::span<const EmbeddedFile> files) {
  try {
    SQLite::Transaction tx(*db_);
    SQLite::Statement insert(*db_, "INSERT INTO projects (id, name, definition) VALUES (?, ?, ?)");
    SQLite::Statement audit(*db_, "INSERT INTO audit_log (actor, action, subject) VALUES ('relplan', 'seed', ?)");
    for (const auto& f : files) {
      toml::table t;
      try {
        t = toml::parse(f.text, std::string(f.path));
      } catch (const toml::parse_error& e) {
        return Error{"project", std::string(f.path), std::string(f.path) + ": " + std::string(e.description())};
      }
      const auto id = t["id"].value_or(std::string{});
      insert.bind(1, id);
      insert.bind(2, t["name"].value_or(id));
      insert.bind(3, std::string(f.text));
      insert.exec();
      insert.reset();
      audit.bind(1, "project " + id);
      audit.exec();
      audit.reset();
    }
    tx.commit();
  } catch (const SQLite::Exception& e) {
    return store_error(db_->getFilename(), std::string("seeding failed: ") + e.what());
  }
  return Ok{};
}

std::vector<ProjectRow> Store::projects() const {
  std::vector<ProjectRow> out;
  SQLite::Statement q(*db_, "SELECT id, name, definition FROM projects ORDER BY id");
  while (q.executeStep()) out.push_back({q.getColumn(0).getString(), q.getColumn(1).getString(), q.getColumn(2).getString()});
  return out;
}

}  // namespace relplan
