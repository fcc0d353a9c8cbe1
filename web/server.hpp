#pragma once
// The HTTP front end (cpp-httplib): JSON API under /api/v1 and the page's static files, which are
// compiled into the binary (web/static/), so no file outside them can ever be served.
// Routes parse, call the engine, format; nothing else.
#include <memory>
#include <string>

#include <httplib.h>

namespace relplan {

class Store;

struct ServerContext {
  Store* store = nullptr;  // may be null in tests of routes that need no store
};

// A server with every route installed, not yet listening.
std::unique_ptr<httplib::Server> make_server(const ServerContext& context);

}  // namespace relplan
