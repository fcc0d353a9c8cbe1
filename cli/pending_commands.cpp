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
    {"schedule", "Compute the milestones, RCs and press dates of a release (not available yet)", "the release schedule"},
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
