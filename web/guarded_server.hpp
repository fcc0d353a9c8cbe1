#pragma once
// An httplib::Server whose connections a few slow, idle or hostile clients cannot starve.
//
// Why not cpp-httplib's own connection loop (Debian 12's 0.11.4, a compiled library): a fixed pool
// of worker threads each held by one keep-alive connection for as long as it stays open, an
// unbounded queue behind them, a listen backlog of 5, a per-read timeout (so one header line every
// 2 s keeps a worker forever), and the framing gaps listed in web/http_framing.hpp. Measured on
// the first version: 8 slow connections stopped /api/v1/health for over 60 s; 200 idle sockets
// delayed a new client by 120 s. httplib's routing, handlers and response writer are fine, and its
// Server lets a subclass replace the connection loop (process_and_close_socket) and call
// process_request on a stream of its own, so only the connection loop is ours:
//   - one thread per connection, at most max_connections at once (further ones get 503 at once),
//     at most max_per_address from one client address (503, Retry-After);
//   - a connection waits at most idle_timeout for the first byte of a request, then the whole head
//     must arrive within head_timeout (408) and the body within body_timeout (408);
//   - each request is framed by http::scan_head / ChunkedDecoder and handed to httplib normalised;
//     bytes after it stay buffered for the next request (pipelining is answered in order);
//   - a listen backlog of `backlog`;
//   - anything a handler throws that escapes httplib's own handler becomes a generic 500.
#include <chrono>
#include <cstddef>
#include <map>
#include <mutex>
#include <string>

#include <httplib.h>

#include "web/http_framing.hpp"

namespace relplan {

struct ConnectionLimits {
  std::size_t max_connections = 512;
  std::size_t max_per_address = 32;
  std::size_t max_requests_per_connection = 1000;
  int backlog = 1024;
  std::chrono::milliseconds idle_timeout{5000};
  std::chrono::milliseconds head_timeout{5000};
  std::chrono::milliseconds body_timeout{10000};
  std::chrono::milliseconds write_timeout{5000};
  http::FramingLimits framing;
};

class GuardedServer : public httplib::Server {
 public:
  explicit GuardedServer(ConnectionLimits limits = {});
  const ConnectionLimits& limits() const noexcept { return limits_; }

 private:
  bool process_and_close_socket(socket_t sock) override;
  void serve_connection(socket_t sock);
  bool stopping() const noexcept;

  // Counts connections per client address; a slot is taken for a connection's lifetime.
  bool take_address_slot(const std::string& address);
  void release_address_slot(const std::string& address);

  ConnectionLimits limits_;
  std::mutex addresses_mutex_;
  std::map<std::string, std::size_t> connections_by_address_;
};

}  // namespace relplan
