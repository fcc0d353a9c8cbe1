#include "data/store/audit.hpp"

#include <SQLiteCpp/Statement.h>

namespace relplan {

void append_audit(SQLite::Database& db, const std::string& actor, const std::string& action, const std::string& subject,
                  const std::string& detail) {
  SQLite::Statement q(db, "INSERT INTO audit_log (actor, action, subject, detail) VALUES (?, ?, ?, ?)");
  q.bind(1, actor);
  q.bind(2, action);
  q.bind(3, subject);
  q.bind(4, detail);
  q.exec();
}

}  // namespace relplan
