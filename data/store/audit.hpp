#pragma once
// Appends one audit entry; called inside the transaction of the change it records.
#include <string>

#include <SQLiteCpp/Database.h>

namespace relplan {

void append_audit(SQLite::Database& db, const std::string& actor, const std::string& action,
                  const std::string& subject, const std::string& detail = "");

}  // namespace relplan
