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

int run_create(const CLI::App* sub, const TokenArgs& a) {
  if (auto s = require_nonempty_if_given(sub, "--label", a.label, "a name for the token"); !s)
    return fail("token create", s.error());
  auto db = open_database(sub, a.db, DbUse::write);
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
  create->add_option("--role", args->role, "editor (writes) or security (also embargoed advisory details) (required)")
      ->required();
  create->add_option("--label", args->label, "A name for the token, kept in the audit log (default: cli)");
  add_db_option(create, args->db);
  on_run(create, [create, args] { return run_create(create, *args); });
}

}  // namespace relplan::cli
