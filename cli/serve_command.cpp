// relplan serve
#include <algorithm>
#include <charconv>

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
  std::vector<std::string> allowed_hosts;
};

struct ListenAddress {
  std::string host;
  std::optional<int> port;
};

// "127.0.0.1", "127.0.0.1:8080", "::1", "[::1]:8080", "localhost:9000".
Result<ListenAddress> parse_listen(const std::string& text) {
  const auto bad = [&] {
    return Error::expected("--listen", "'" + text + "'", "an address such as 127.0.0.1, 127.0.0.1:8080 or [::1]:8080");
  };
  if (text.empty() || text.find_first_of(" /\t") != std::string::npos) return bad();
  ListenAddress out;
  std::string port;
  if (text.front() == '[') {
    const auto close = text.find(']');
    if (close == std::string::npos || close == 1) return bad();
    out.host = text.substr(1, close - 1);
    if (close + 1 < text.size()) {
      if (text[close + 1] != ':') return bad();
      port = text.substr(close + 2);
    }
  } else if (std::count(text.begin(), text.end(), ':') == 1) {
    out.host = text.substr(0, text.find(':'));
    port = text.substr(text.find(':') + 1);
  } else {
    out.host = text;  // a name, an IPv4 address or a bare IPv6 address
  }
  if (out.host.empty()) return bad();
  if (!port.empty() || text.back() == ':') {
    int value = -1;
    const auto [ptr, ec] = std::from_chars(port.data(), port.data() + port.size(), value);
    if (port.empty() || ec != std::errc{} || ptr != port.data() + port.size() || value < 0 || value > 65535)
      return bad();
    out.port = value;
  }
  return out;
}

int run_serve(const CLI::App* sub, const ServeArgs& a) {
  auto address = parse_listen(a.listen);
  if (!address) return fail("serve", address.error());
  for (const auto& name : a.allowed_hosts) {
    if (name.empty() || name.find_first_of(" /\t") != std::string::npos) {
      return fail("serve",
                  Error::expected("--allow-host", "'" + name + "'", "a host name such as relplan.example.org"));
    }
  }
  auto db = open_database(sub, a.db, DbUse::create);
  if (!db) return fail("serve", db.error());
  const auto& path = db->path;
  auto* store = db->store.get();
  if (store->created()) {
    std::cerr << "relplan: created the database " << path << " with " << store->projects().size()
              << " sample projects\n";
  }
  ServerContext context;
  context.store = store;
  context.allowed_hosts = a.allowed_hosts;
  const auto& listen = *address;
  // Reached by the address it listens on: that name is a valid Host as well.
  const std::string host = listen.host.find(':') != std::string::npos ? "[" + listen.host + "]" : listen.host;
  context.allowed_hosts.push_back(host);
  auto server = make_server(context);
  int port = listen.port.value_or(a.port);
  if (port == 0) {
    port = server->bind_to_any_port(listen.host);
  } else if (!server->bind_to_port(listen.host, port)) {
    port = -1;
  }
  if (port <= 0) {
    std::cerr << "relplan serve: cannot listen on " << host << ":" << listen.port.value_or(a.port)
              << " (address in use or not available)\n";
    return runtime_failure;
  }
  std::cout << "relplan: serving on http://" << host << ":" << port << "/ (database " << path << ")" << std::endl;
  return server->listen_after_bind() ? success : runtime_failure;
}

}  // namespace

void add_serve_command(CLI::App& app) {
  auto args = std::make_shared<ServeArgs>();
  auto* sub =
      app.add_subcommand("serve", "Serve the web page and the HTTP API (loopback unless --listen says otherwise)");
  sub->add_option("--listen", args->listen,
                  "Address to bind, HOST or HOST:PORT ([::1]:8080 for IPv6) (default: 127.0.0.1)");
  sub->add_option("--allow-host", args->allowed_hosts,
                  "A name clients may send in the Host header besides localhost, 127.0.0.1, [::1] and the --listen "
                  "address (repeatable)");
  sub->add_option("--port", args->port, "TCP port; 0 picks a free one (default: 8080)")->check(CLI::Range(0, 65535));
  add_db_option(sub, args->db);
  on_run(sub, [sub, args] { return run_serve(sub, *args); });
}

}  // namespace relplan::cli
