#include "data/store/store.hpp"

#include <SQLiteCpp/Transaction.h>

#include "data/project/project_toml.hpp"
#include "data/store/schema.hpp"

namespace relplan {

namespace {

Error store_error(const std::string& path, const std::string& why) {
  return Error{"db", path, "database " + path + ": " + why};
}

}  // namespace

Result<std::unique_ptr<Store>> Store::open(const std::string& path, std::span<const EmbeddedFile> seed_files) {
  std::unique_ptr<SQLite::Database> db;
  const int latest = static_cast<int>(schema::migrations().size());
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
    if (version > latest) {
      return store_error(path, "schema version " + std::to_string(version) + " is newer than this relplan (" +
                                   std::to_string(latest) + "); left untouched");
    }
    if (app_id == application_id) {
      const auto check = db->execAndGet("PRAGMA quick_check").getString();
      if (check != "ok") return store_error(path, "integrity check failed (" + check + "); left untouched");
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

int Store::schema_version() const {
  const std::lock_guard lock(mutex_); return db_->execAndGet("PRAGMA user_version").getInt(); }

Status Store::migrate() {
  const std::lock_guard lock(mutex_);
  const auto all = schema::migrations();
  try {
    // IMMEDIATE: two processes opening a new file at once must not both run migration 1.
    for (;;) {
      SQLite::Transaction tx(*db_, SQLite::TransactionBehavior::IMMEDIATE);
      const int v = schema_version();
      if (v >= static_cast<int>(all.size())) break;
      db_->exec(all[static_cast<std::size_t>(v)]);
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
  const std::lock_guard lock(mutex_);
  for (const auto& f : files) {
    auto project = parse_project_toml(f.text, f.path);
    if (!project) return project.error();
    if (auto s = import_project(*project, "seed"); !s) return s;
  }
  return Ok{};
}

Status Store::write(const std::string& what, const std::function<void(SQLite::Database&)>& body) {
  const std::lock_guard lock(mutex_);
  try {
    SQLite::Transaction tx(*db_, SQLite::TransactionBehavior::IMMEDIATE);
    body(*db_);
    tx.commit();
  } catch (const SQLite::Exception& e) {
    return store_error(db_->getFilename(), what + " failed: " + e.what());
  }
  return Ok{};
}

Status Store::require_project(const std::string& id) const {
  const std::lock_guard lock(mutex_);
  SQLite::Statement q(*db_, "SELECT 1 FROM projects WHERE id = ?");
  q.bind(1, id);
  if (q.executeStep()) return Ok{};
  std::string known;
  for (const auto& p : projects()) known += (known.empty() ? "" : ", ") + p.id;
  return Error::expected("project", "'" + id + "'", "a project in the database (" + known + ")");
}

std::vector<AuditEntry> Store::audit_log(std::size_t limit) const {
  const std::lock_guard lock(mutex_);
  std::vector<AuditEntry> out;
  SQLite::Statement q(*db_, "SELECT at, actor, action, subject, detail FROM audit_log ORDER BY id DESC LIMIT ?");
  q.bind(1, static_cast<std::int64_t>(limit));
  while (q.executeStep()) {
    out.push_back({q.getColumn(0).getString(), q.getColumn(1).getString(), q.getColumn(2).getString(),
                   q.getColumn(3).getString(), q.getColumn(4).getString()});
  }
  return out;
}

}  // namespace relplan
