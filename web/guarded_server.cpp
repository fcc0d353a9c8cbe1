#include "web/guarded_server.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <condition_variable>
#include <iostream>
#include <memory>
#include <thread>
#include <vector>

#include "web/text.hpp"

namespace relplan {

namespace {

using Clock = std::chrono::steady_clock;

// Set while the accepting thread itself runs a connection it has no thread left for: that
// connection only gets a 503 and is closed.
thread_local bool over_capacity = false;

// One thread per connection, at most `max` at once. Finished threads are joined on the next
// enqueue and at shutdown, so none outlives the server.
class ConnectionThreads : public httplib::TaskQueue {
 public:
  explicit ConnectionThreads(std::size_t max) : max_(max) {}
  ~ConnectionThreads() override { shutdown(); }

  void enqueue(std::function<void()> fn) override {
    reap();
    if (running_.load() >= max_) {
      over_capacity = true;
      fn();
      over_capacity = false;
      return;
    }
    auto done = std::make_shared<std::atomic<bool>>(false);
    ++running_;
    threads_.push_back({std::thread([this, fn = std::move(fn), done] {
                          fn();
                          --running_;
                          done->store(true);
                        }),
                        done});
  }
  void shutdown() override {
    for (auto& w : threads_) {
      if (w.thread.joinable()) w.thread.join();
    }
    threads_.clear();
  }

 private:
  struct Worker {
    std::thread thread;
    std::shared_ptr<std::atomic<bool>> done;
  };
  void reap() {
    std::erase_if(threads_, [](Worker& w) {
      if (!w.done->load()) return false;
      w.thread.join();
      return true;
    });
  }
  std::size_t max_;
  std::atomic<std::size_t> running_{0};
  std::vector<Worker> threads_;  // touched by the accepting thread only
};

// The address (and port) of either end of a connected socket, as text: "127.0.0.1", "::1".
std::string socket_address(socket_t sock, bool peer, int* port = nullptr) {
  sockaddr_storage addr{};
  socklen_t len = sizeof(addr);
  auto* raw = reinterpret_cast<sockaddr*>(&addr);
  if ((peer ? getpeername(sock, raw, &len) : getsockname(sock, raw, &len)) != 0) return "unknown";
  char text[INET6_ADDRSTRLEN] = {};
  if (addr.ss_family == AF_INET) {
    const auto* a = reinterpret_cast<const sockaddr_in*>(&addr);
    inet_ntop(AF_INET, &a->sin_addr, text, sizeof(text));
    if (port) *port = ntohs(a->sin_port);
  } else if (addr.ss_family == AF_INET6) {
    const auto* a = reinterpret_cast<const sockaddr_in6*>(&addr);
    inet_ntop(AF_INET6, &a->sin6_addr, text, sizeof(text));
    if (port) *port = ntohs(a->sin6_port);
  }
  return text;
}

// Writes all of `data` before `deadline`; false if the peer is gone or too slow.
bool send_all(socket_t sock, std::string_view data, Clock::time_point deadline) {
  while (!data.empty()) {
    const auto n = ::send(sock, data.data(), data.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
    if (n > 0) {
      data.remove_prefix(static_cast<std::size_t>(n));
      continue;
    }
    if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) return false;
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    if (left <= 0) return false;
    pollfd p{sock, POLLOUT, 0};
    if (::poll(&p, 1, static_cast<int>(std::min<long long>(left, 200))) < 0 && errno != EINTR) return false;
  }
  return true;
}

// The normalised request for httplib to read, and the socket for its answer.
class ConnectionStream : public httplib::Stream {
 public:
  ConnectionStream(socket_t sock, std::string request, std::chrono::milliseconds write_timeout)
      : sock_(sock), request_(std::move(request)), write_timeout_(write_timeout) {}

  bool is_readable() const override { return pos_ < request_.size(); }
  bool is_writable() const override { return !write_failed_; }
  ssize_t read(char* ptr, size_t size) override {
    const auto n = std::min(size, request_.size() - pos_);
    std::copy_n(request_.data() + pos_, n, ptr);
    pos_ += n;
    return static_cast<ssize_t>(n);
  }
  ssize_t write(const char* ptr, size_t size) override {
    if (write_failed_) return -1;
    wrote_ = true;
    if (!send_all(sock_, std::string_view(ptr, size), Clock::now() + write_timeout_)) {
      write_failed_ = true;
      return -1;
    }
    return static_cast<ssize_t>(size);
  }
  void get_remote_ip_and_port(std::string& ip, int& port) const override { ip = socket_address(sock_, true, &port); }
  void get_local_ip_and_port(std::string& ip, int& port) const override { ip = socket_address(sock_, false, &port); }
  socket_t socket() const override { return sock_; }
  bool wrote() const noexcept { return wrote_; }

 private:
  socket_t sock_;
  std::string request_;
  std::size_t pos_ = 0;
  std::chrono::milliseconds write_timeout_;
  bool wrote_ = false;
  bool write_failed_ = false;
};

const char* reason_phrase(int status) {
  switch (status) {
    case 400:
      return "Bad Request";
    case 408:
      return "Request Timeout";
    case 413:
      return "Content Too Large";
    case 414:
      return "URI Too Long";
    case 417:
      return "Expectation Failed";
    case 431:
      return "Request Header Fields Too Large";
    case 500:
      return "Internal Server Error";
    case 501:
      return "Not Implemented";
    case 503:
      return "Service Unavailable";
    case 505:
      return "HTTP Version Not Supported";
    default:
      return "Error";
  }
}

// A refusal written by the connection loop itself: JSON {"error","field","value"}, then close.
void send_refusal(socket_t sock, const http::Refusal& r, std::chrono::milliseconds timeout) {
  const std::string body = error_body_json(r.message, r.field, r.value);
  std::string out = "HTTP/1.1 " + std::to_string(r.status) + " " + reason_phrase(r.status) + "\r\n";
  out += "Content-Type: application/json\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n";
  if (r.status == 503) out += "Retry-After: 1\r\n";
  out += "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
  send_all(sock, out, Clock::now() + timeout);
}

// Closes the socket when the connection ends, however it ends.
struct SocketCloser {
  socket_t sock;
  ~SocketCloser() {
    ::shutdown(sock, SHUT_RDWR);
    ::close(sock);
  }
};

}  // namespace

GuardedServer::GuardedServer(ConnectionLimits limits) : limits_(limits) {
  set_payload_max_length(limits_.framing.max_body_bytes);
  // A bug in a handler: logged with what was asked, answered without the exception's text.
  set_exception_handler([](const httplib::Request& req, httplib::Response& res, const std::exception_ptr& ep) {
    std::string what = "unknown exception";
    try {
      std::rethrow_exception(ep);
    } catch (const std::exception& e) {
      what = e.what();
    } catch (...) {
    }
    std::cerr << "relplan serve: internal error in " << printable(req.method) << " " << printable(req.path) << ": "
              << printable(what) << "\n";
    res.status = 500;
    res.set_content(error_body_json("internal error", "", ""), "application/json");
  });
  // httplib creates the task queue after binding and before accepting: the moment to give the
  // listening socket a real backlog (it listens with 5, fixed when Debian built it).
  new_task_queue = [this] {
    if (svr_sock_ != INVALID_SOCKET) ::listen(svr_sock_, limits_.backlog);
    return new ConnectionThreads(limits_.max_connections);
  };
}

bool GuardedServer::stopping() const noexcept { return svr_sock_ == INVALID_SOCKET; }

bool GuardedServer::take_address_slot(const std::string& address) {
  const std::lock_guard lock(addresses_mutex_);
  auto& n = connections_by_address_[address];
  if (n >= limits_.max_per_address) return false;
  ++n;
  return true;
}

void GuardedServer::release_address_slot(const std::string& address) {
  const std::lock_guard lock(addresses_mutex_);
  if (auto it = connections_by_address_.find(address); it != connections_by_address_.end() && --it->second == 0) {
    connections_by_address_.erase(it);
  }
}

bool GuardedServer::process_and_close_socket(socket_t sock) {
  const SocketCloser closer{sock};
  if (over_capacity) {
    send_refusal(
        sock,
        {503, "connections", std::to_string(limits_.max_connections),
         "connections: expected at most " + std::to_string(limits_.max_connections) + " open connections; try again"},
        std::chrono::milliseconds(200));
    return false;
  }
  const auto address = socket_address(sock, true);
  if (!take_address_slot(address)) {
    send_refusal(sock,
                 {503, "connections", address,
                  "connections: expected at most " + std::to_string(limits_.max_per_address) +
                      " open connections from " + address + "; try again"},
                 limits_.write_timeout);
    return false;
  }
  try {
    serve_connection(sock);
  } catch (const std::exception& e) {  // a bug: logged, never shown to the client
    std::cerr << "relplan serve: internal error on a connection from " << address << ": " << e.what() << "\n";
  }
  release_address_slot(address);
  return true;
}

void GuardedServer::serve_connection(socket_t sock) {
  std::string buffer;  // bytes read and not yet used: the next request, or part of it
  char chunk[16384];
  // Reads more bytes until `deadline`; false on timeout, end of stream or stop.
  const auto read_more = [&](Clock::time_point deadline) {
    while (!stopping()) {
      const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
      if (left <= 0) return false;
      pollfd p{sock, POLLIN, 0};
      const int ready = ::poll(&p, 1, static_cast<int>(std::min<long long>(left, 100)));
      if (ready < 0 && errno != EINTR) return false;
      if (ready <= 0) continue;
      const auto n = ::recv(sock, chunk, sizeof(chunk), MSG_DONTWAIT);
      if (n > 0) {
        buffer.append(chunk, static_cast<std::size_t>(n));
        return true;
      }
      if (n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)) return false;
    }
    return false;
  };
  const auto timed_out = [&](const char* what) {
    send_refusal(sock, {408, "request", "", std::string("request: expected the ") + what + " within the time limit"},
                 limits_.write_timeout);
  };

  for (std::size_t served = 0; served < limits_.max_requests_per_connection && !stopping(); ++served) {
    if (buffer.empty() && !read_more(Clock::now() + limits_.idle_timeout)) return;  // idle: close quietly
    const auto head_deadline = Clock::now() + limits_.head_timeout;
    http::HeadScan scan = http::scan_head(buffer, limits_.framing);
    while (scan.state == http::HeadScan::State::need_more) {
      if (!read_more(head_deadline)) {
        if (!stopping()) timed_out("request head");
        return;
      }
      scan = http::scan_head(buffer, limits_.framing);
    }
    if (scan.state == http::HeadScan::State::refused) return send_refusal(sock, scan.refusal, limits_.write_timeout);
    const auto& head = scan.head;
    buffer.erase(0, head.head_bytes);

    const bool has_body = head.chunked || head.content_length > 0;
    if (head.expect_continue && has_body && buffer.empty()) {
      if (!send_all(sock, "HTTP/1.1 100 Continue\r\n\r\n", Clock::now() + limits_.write_timeout)) return;
    }
    const auto body_deadline = Clock::now() + limits_.body_timeout;
    std::string body;
    if (head.chunked) {
      http::ChunkedDecoder decoder(limits_.framing.max_body_bytes);
      while (true) {
        buffer.erase(0, decoder.feed(buffer));
        if (decoder.refusal()) return send_refusal(sock, *decoder.refusal(), limits_.write_timeout);
        if (decoder.done()) break;
        if (!read_more(body_deadline)) {
          if (!stopping()) timed_out("request body");
          return;
        }
      }
      body = std::move(decoder.body());
    } else {
      while (buffer.size() < head.content_length) {
        if (!read_more(body_deadline)) {
          if (!stopping()) timed_out("request body");
          return;
        }
      }
      body = buffer.substr(0, head.content_length);
      buffer.erase(0, head.content_length);
    }

    const bool last = !head.keep_alive || served + 1 == limits_.max_requests_per_connection || stopping();
    ConnectionStream stream(sock, http::normalised_request(head, body), limits_.write_timeout);
    bool closed = false;
    bool ok = false;
    try {
      ok = process_request(stream, last, closed, nullptr);
    } catch (const std::exception& e) {  // thrown outside the route handlers (the error handler, a writer)
      std::cerr << "relplan serve: internal error in " << printable(head.method) << " " << printable(head.target)
                << ": " << e.what() << "\n";
      if (!stream.wrote()) send_refusal(sock, {500, "", "", "internal error"}, limits_.write_timeout);
      return;
    }
    if (!ok || closed || last) return;
  }
}

}  // namespace relplan
