#pragma once
// Appends one audit entry; called inside the transaction of the change it records.
#include <string>

#include <SQLiteCpp/Database.h>

namespace relplan {

// Separates the new value from the one it replaced in an undoable entry's detail:
// "<new>\nprevious: <old or none>" (Store::undo_last_change reads it back).
inline const std::string previous_marker = "\nprevious: ";

void append_audit(SQLite::Database& db, const std::string& actor, const std::string& action, const std::string& subject,
                  const std::string& detail = "");

}  // namespace relplan
