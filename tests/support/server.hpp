#pragma once
// Test support: a relplan HTTP server on a free loopback port, with a fresh seeded database.
#include <filesystem>
#include <functional>
#include <memory>
#include <thread>

#include <httplib.h>

#include "data/store/store.hpp"
#include "tests/support/run_cli.hpp"
#include "web/server.hpp"

namespace relplan::test {

struct RunningServer {
  std::string dir = temp_dir("server");
  std::unique_ptr<Store> store;
  std::unique_ptr<httplib::Server> server;
  int port = 0;
  std::thread thread;
  std::unique_ptr<httplib::Client> client;

  explicit RunningServer(bool with_store = true, const std::function<void(ServerContext&)>& configure = {}) {
    if (with_store) store = Store::open(dir + "/relplan.db", shipped_project_files()).value();
    ServerContext context{store.get()};
    if (configure) configure(context);
    server = make_server(context);
    port = server->bind_to_any_port("127.0.0.1");  // already listening: requests queue until accept
    thread = std::thread([this] { server->listen_after_bind(); });
    client = std::make_unique<httplib::Client>("127.0.0.1", port);
  }
  ~RunningServer() {
    server->stop();
    thread.join();
    std::filesystem::remove_all(dir);
  }
  httplib::Headers bearer(const std::string& role) {
    return {{"Authorization", "Bearer " + store->create_token(role, "test", "test").value()}};
  }
};

}  // namespace relplan::test
