// Subcommands whose capability has not landed yet: they say so and exit 2 instead of pretending.
#include "cli/common.hpp"

namespace relplan::cli {

namespace {
struct Pending {
  const char* name;
  const char* description;
  const char* capability;
};
constexpr Pending pending[] = {
    {"compare", "Compare cadence scenarios side by side (not available yet)", "the cadence engine"},
    {"branches", "List stable branches and their support ends (not available yet)", "project data and the store"},
    {"db", "Create, import and export the SQLite store (not available yet)", "project data and the store"},
};
}  // namespace

void add_pending_commands(CLI::App& app) {
  for (const auto& p : pending) {
    auto* sub = app.add_subcommand(p.name, p.description);
    sub->allow_extras();
    const std::string name = p.name;
    const std::string capability = p.capability;
    on_run(sub, [name, capability] {
      std::cerr << "relplan " << name << ": not available yet (" << capability << " has not landed)\n";
      return input_error;
    });
  }
}

}  // namespace relplan::cli
