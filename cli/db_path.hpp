#pragma once
#include <string>

namespace relplan::cli {

// The database path: --db if given, else $RELPLAN_DB, else $XDG_DATA_HOME/relplan/relplan.db
// (~/.local/share/relplan/relplan.db). Creates the parent folder of the default path.
std::string database_path(const std::string& option);

}  // namespace relplan::cli
