#pragma once
// Test support: HTTP on raw sockets, for requests no well-behaved client would send (bad framing,
// slow or idle connections, pipelining), from any loopback source address (127.0.0.0/8).
#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace relplan::test {

struct RawResponse {
  int status = 0;  // 0: the server closed or timed out without a status line
  std::string head;
  std::string body;
  std::string header(const std::string& name) const;  // "" if absent
};

class RawConnection {
 public:
  // Connects to 127.0.0.1:port from `source` (another loopback address makes another client).
  RawConnection(int port, const std::string& source = "127.0.0.1");
  ~RawConnection();
  RawConnection(const RawConnection&) = delete;
  RawConnection& operator=(const RawConnection&) = delete;

  bool connected() const noexcept { return fd_ >= 0; }
  bool send(const std::string& bytes);
  void finish_sending();  // shutdown(SHUT_WR): the server sees the end of the stream
  // Reads one response (head, then Content-Length bytes of body) within `timeout`.
  RawResponse read_response(std::chrono::milliseconds timeout = std::chrono::milliseconds(5000));
  // True if the server closed the connection within `timeout` (nothing more to read).
  bool closed_within(std::chrono::milliseconds timeout);

 private:
  bool fill(std::chrono::steady_clock::time_point deadline);
  int fd_ = -1;
  std::string buffer_;
};

// One request on a new connection; the response, or status 0.
RawResponse raw_exchange(int port, const std::string& request,
                         std::chrono::milliseconds timeout = std::chrono::milliseconds(5000));

}  // namespace relplan::test
