// relplan serve
#include "cli/common.hpp"
#include "cli/db_path.hpp"
#include "data/store/store.hpp"
#include "web/server.hpp"

namespace relplan::cli {

namespace {

struct ServeArgs {
  std::string listen = "127.0.0.1";
  int port = 8080;
  std::string db;
};

int run_serve(const ServeArgs& a) {
  auto db = open_database(a.db, DbUse::create);
  if (!db) return fail("serve", db.error());
  const auto& path = db->path;
  auto* store = db->store.get();
  if (store->created()) {
    std::cerr << "relplan: created the database " << path << " with " << store->projects().size()
              << " sample projects\n";
  }
  ServerContext context;
  context.store = store;
  auto server = make_server(context);
  int port = a.port;
  if (port == 0) {
    port = server->bind_to_any_port(a.listen);
  } else if (!server->bind_to_port(a.listen, port)) {
    port = -1;
  }
  if (port <= 0) {
    std::cerr << "relplan serve: cannot listen on " << a.listen << ":" << a.port
              << " (address in use or not available)\n";
    return runtime_failure;
  }
  const std::string host = a.listen.find(':') != std::string::npos ? "[" + a.listen + "]" : a.listen;
  std::cout << "relplan: serving on http://" << host << ":" << port << "/ (database " << path << ")" << std::endl;
  return server->listen_after_bind() ? success : runtime_failure;
}

}  // namespace

void add_serve_command(CLI::App& app) {
  auto args = std::make_shared<ServeArgs>();
  auto* sub =
      app.add_subcommand("serve", "Serve the web page and the HTTP API (loopback unless --listen says otherwise)");
  sub->add_option("--listen", args->listen, "Address to bind; 127.0.0.1 by default");
  sub->add_option("--port", args->port, "TCP port; 0 picks a free one")->check(CLI::Range(0, 65535));
  sub->add_option("--db", args->db, "SQLite database file (default: $RELPLAN_DB, else the user's data folder)");
  on_run(sub, [args] { return run_serve(*args); });
}

}  // namespace relplan::cli
