#include "data/store/store.hpp"

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include <SQLiteCpp/Transaction.h>

#include "data/project/project_toml.hpp"
#include "data/store/schema.hpp"

namespace relplan {

namespace {

// An error of open(): it names the file, for the person who gave the path.
Error open_error(const std::string& path, const std::string& why) {
  return Error{"db", path, "database " + path + ": " + why};
}

}  // namespace

std::optional<Error> database_environment_error(int sqlite_code) {
  auto error = [](const char* message, ErrorKind kind) { return Error{"db", "", message, kind}; };
  switch (sqlite_code & 0xff) {  // the primary result code of an extended one
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return error("the database is busy (another relplan is writing); try again", ErrorKind::busy);
    case SQLITE_READONLY:
      return error("the database is read-only", ErrorKind::unavailable);
    case SQLITE_FULL:
      return error("the disk is full", ErrorKind::unavailable);
    case SQLITE_IOERR:
    case SQLITE_PROTOCOL:
    case SQLITE_CANTOPEN:
      return error("the database could not be read or written (I/O error)", ErrorKind::unavailable);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return error("the database file is damaged", ErrorKind::unavailable);
    default:
      return std::nullopt;
  }
}

namespace {

// `opening`: the file itself is in question (it may be a folder, or not SQLite), so a failure to
// open it or read its header is told with the path by open_failure() instead.
std::optional<Error> environment_error(const SQLite::Exception& e, bool opening = false) {
  const int primary = e.getErrorCode() & 0xff;
  if (opening && (primary == SQLITE_CANTOPEN || primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)) {
    return std::nullopt;
  }
  return database_environment_error(e.getErrorCode());
}

// A failure while opening: busy / unavailable without the path, anything else naming the file.
Error open_failure(const std::string& path, const SQLite::Exception& e) {
  if (auto env = environment_error(e, true)) return *env;
  return open_error(path, std::string(e.what()) + "; left untouched");
}

// Creates `path` as an empty file of mode 0600 unless it exists; true if this call created it.
// fchmod after open: the umask can only take bits away, and a umask of 077 or more would leave
// the owner unable to read the file.
Result<bool> create_private_file(const std::string& path) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) {
    if (errno == EEXIST) return false;
    return open_error(path, std::string("cannot create the file (") + std::strerror(errno) + ")");
  }
  const bool chmod_ok = ::fchmod(fd, 0600) == 0;
  ::close(fd);
  if (!chmod_ok) {
    std::remove(path.c_str());
    return open_error(path, "cannot make the new file private (mode 0600)");
  }
  return true;
}

}  // namespace

Result<std::unique_ptr<Store>> Store::open(const std::string& path, std::span<const EmbeddedFile> seed_files,
                                           OpenMode mode) {
  const int latest = static_cast<int>(schema::migrations().size());
  const bool read_only = mode == OpenMode::read_only;
  std::error_code ec;
  if (mode != OpenMode::create && !std::filesystem::exists(path, ec)) {
    return open_error(path, "does not exist (create it with relplan db init)");
  }
  bool made_file = false;
  if (mode == OpenMode::create) {
    auto made = create_private_file(path);
    if (!made) return made.error();
    made_file = *made;
  }
  std::unique_ptr<SQLite::Database> db;
  try {
    db = std::make_unique<SQLite::Database>(path, read_only ? SQLite::OPEN_READONLY : SQLite::OPEN_READWRITE);
    db->setBusyTimeout(default_busy_timeout_ms);
    // Reading the header fails here for a file that is not SQLite, before anything is written.
    const int app_id = db->execAndGet("PRAGMA application_id").getInt();
    const int version = db->execAndGet("PRAGMA user_version").getInt();
    const int tables = db->execAndGet("SELECT count(*) FROM sqlite_schema").getInt();
    const bool blank = app_id == 0 && version == 0 && tables == 0;
    if (app_id != application_id && !blank) {
      return open_error(path, "not a relplan database (another application's SQLite file); left untouched");
    }
    if (version > latest) {
      return open_error(path, "schema version " + std::to_string(version) + " is newer than this relplan (" +
                                  std::to_string(latest) + "); left untouched");
    }
    if (read_only && blank) {
      return open_error(path, "empty, not yet a relplan database (create it with relplan db init); left untouched");
    }
    if (read_only && version < latest) {
      return open_error(path, "schema version " + std::to_string(version) + " is older than this relplan (" +
                                  std::to_string(latest) +
                                  ") and needs a migration (run relplan db init); left untouched");
    }
    if (app_id == application_id) {
      const auto check = db->execAndGet("PRAGMA quick_check").getString();
      if (check != "ok") return open_error(path, "integrity check failed (" + check + "); left untouched");
    }
    if (!read_only) {
      db->exec("PRAGMA journal_mode=WAL");
      db->exec("PRAGMA foreign_keys=ON");
    }
  } catch (const SQLite::Exception& e) {
    db.reset();
    if (made_file) std::remove(path.c_str());
    return open_failure(path, e);
  }
  auto store = std::unique_ptr<Store>(new Store(std::move(db), read_only));
  if (!read_only) {
    if (auto s = store->migrate(seed_files); !s) return s.error();
  }
  return store;
}

void Store::set_busy_timeout(int milliseconds) {
  const std::lock_guard lock(mutex_);
  db_->setBusyTimeout(milliseconds);
}

int Store::schema_version() const {
  const std::lock_guard lock(mutex_);
  return db_->execAndGet("PRAGMA user_version").getInt();
}

Status Store::migrate(std::span<const EmbeddedFile> seed_files) {
  const std::lock_guard lock(mutex_);
  const auto all = schema::migrations();
  const int latest = static_cast<int>(all.size());
  // Up to date (every open but the first): no transaction, so another process's write lock does
  // not stop this open.
  if (schema_version() >= latest) return Ok{};
  try {
    // One IMMEDIATE transaction for every pending migration and, for a new file, the seed: two
    // processes opening a new file at once do not both run migration 1, and a failure part way
    // (a bad seed file, a full disk) leaves the file as it was, to be migrated and seeded next time.
    SQLite::Transaction tx(*db_, SQLite::TransactionBehavior::IMMEDIATE);
    const int from = schema_version();  // again: another process may have migrated meanwhile
    for (int v = from; v < latest; ++v) {
      db_->exec(all[static_cast<std::size_t>(v)]);
      db_->exec("PRAGMA user_version = " + std::to_string(v + 1));
      db_->exec("PRAGMA application_id = " + std::to_string(application_id));
    }
    if (from == 0) {
      in_transaction_ = true;
      auto s = seed(seed_files);
      in_transaction_ = false;
      if (!s) return s;  // tx rolls back
      created_ = true;
    }
    tx.commit();
  } catch (const SQLite::Exception& e) {
    in_transaction_ = false;
    created_ = false;
    if (auto env = environment_error(e)) return *env;
    return open_error(db_->getFilename(), std::string("migration failed: ") + e.what());
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
  if (read_only_) return Error{"db", "", "the database is read-only", ErrorKind::unavailable};
  try {
    if (in_transaction_) {
      body(*db_);  // part of migrate()'s transaction, which commits or rolls back the whole
      return Ok{};
    }
    SQLite::Transaction tx(*db_, SQLite::TransactionBehavior::IMMEDIATE);
    body(*db_);
    tx.commit();
  } catch (const SQLite::Exception& e) {
    // The transaction's destructor has rolled back: nothing of the change is left.
    if (auto env = environment_error(e)) return *env;
    return Error{"db", "", what + " failed: " + e.what()};
  }
  return Ok{};
}

Status Store::atomically(const std::function<Status()>& body) {
  const std::lock_guard lock(mutex_);
  if (read_only_) return Error{"db", "", "the database is read-only", ErrorKind::unavailable};
  if (in_transaction_) return body();
  try {
    SQLite::Transaction tx(*db_, SQLite::TransactionBehavior::IMMEDIATE);
    in_transaction_ = true;
    Status s = Ok{};
    try {
      s = body();
    } catch (...) {
      in_transaction_ = false;
      throw;
    }
    in_transaction_ = false;
    if (!s) return s;  // tx rolls back
    tx.commit();
  } catch (const SQLite::Exception& e) {
    if (auto env = environment_error(e)) return *env;
    return Error{"db", "", std::string("transaction failed: ") + e.what()};
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
