#pragma once
// The HTTP front end (cpp-httplib routing on relplan's own connection loop, web/guarded_server.hpp):
// JSON API under /api/v1 and the page's static files, which are compiled into the binary
// (web/static/), so no file outside them can ever be served. Routes parse, call the engine, format.
#include <memory>
#include <string>
#include <vector>

#include <httplib.h>

#include "web/guarded_server.hpp"

namespace relplan {

class Store;
class TeamCalendarCache;

struct ServerContext {
  explicit ServerContext(Store* s = nullptr) : store(s) {}
  Store* store;  // may be null in tests of routes that need no store
  // Host header values accepted besides the loopback names (localhost, 127.0.0.1, [::1]), with or
  // without a port: the names the server is reached by when it listens on another address. A
  // request naming another host is refused (DNS rebinding would let a page read the answers).
  std::vector<std::string> allowed_hosts;
  ConnectionLimits limits;
  std::shared_ptr<TeamCalendarCache> calendar_cache;  // made by make_server() when empty
};

// A server with every route installed, not yet listening.
std::unique_ptr<httplib::Server> make_server(const ServerContext& context);

}  // namespace relplan
