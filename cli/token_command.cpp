// relplan token create --role editor|security
#include "cli/common.hpp"
#include "cli/db_path.hpp"
#include "data/store/store.hpp"

namespace relplan::cli {

namespace {
struct TokenArgs {
  std::string role;
  std::string label = "cli";
  std::string db;
};

int run_create(const TokenArgs& a) {
  auto db = open_database(a.db, DbUse::write);
  if (!db) return fail("token create", db.error());
  auto token = db->store->create_token(a.role, a.label, "cli");
  if (!token) return fail("token create", token.error());
  std::cout << *token << "\n";
  std::cerr << "relplan: keep this " << a.role << " token now; only its hash is stored\n";
  return success;
}
}  // namespace

void add_token_command(CLI::App& app) {
  auto args = std::make_shared<TokenArgs>();
  auto* token = app.add_subcommand("token", "Create bearer tokens for writes over HTTP");
  token->require_subcommand(1);
  auto* create = token->add_subcommand("create", "Create a token and print it (once)");
  create->add_option("--role", args->role, "editor (writes) or security (also embargoed advisory details)")->required();
  create->add_option("--label", args->label, "A name for the token, kept in the audit log");
  create->add_option("--db", args->db, "SQLite database file (default: $RELPLAN_DB, else the user's data folder)");
  on_run(create, [args] { return run_create(*args); });
}

}  // namespace relplan::cli
