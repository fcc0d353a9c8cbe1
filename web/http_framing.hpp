#pragma once
// HTTP/1.1 request framing (RFC 9112), checked before cpp-httplib sees a byte of the request.
//
// Debian's cpp-httplib 0.11 is a compiled library whose limits are fixed at its build: no limit on the
// number of header lines, chunked bodies not held to the payload limit, conflicting Content-Length
// headers accepted, `Content-Length: abc` read as 0, pipelined requests dropped. So the server reads
// each request itself (web/guarded_server.cpp), frames it here, and hands httplib one normalised
// request: the request line, the header lines except the framing ones, `Content-Length: N` and the
// decoded body.
//
// Rules (each refusal carries the status and a sentence naming the rule):
//   request line   METHOD SP target SP HTTP/1.0|HTTP/1.1; target at most max_target bytes (414),
//                  no control characters or spaces; another version is 505
//   header lines   "name: value"; name a token, no space before the colon, no obs-fold (400);
//                  at most max_header_count lines and max_head_bytes in all (431)
//   Host           exactly one in HTTP/1.1 (400)
//   Content-Length digits only; repeated only with the same value (400); above max_body_bytes (413)
//   Transfer-Encoding  exactly "chunked" (501 for any other coding); never together with
//                  Content-Length, never in HTTP/1.0 (400); the decoded body is held to
//                  max_body_bytes as well (413)
// Lines may end in CRLF or a bare LF (RFC 9112 section 2.2 lets a server accept both).
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace relplan::http {

struct FramingLimits {
  std::size_t max_target = 8192;
  std::size_t max_header_line = 8192;
  std::size_t max_head_bytes = 32 * 1024;
  std::size_t max_header_count = 100;
  std::size_t max_body_bytes = 1U << 20U;
};

// Why a request is refused: the status, the part of the request at fault ("Content-Length",
// "request line", "body"), the value seen (as sent, possibly not UTF-8) and the sentence.
struct Refusal {
  int status = 400;     // 400, 408, 413, 414, 417, 431, 501, 505
  std::string field;    // "Content-Length"
  std::string value;    // "abc"
  std::string message;  // "Content-Length: expected digits, saw 'abc'"
};

struct RequestHead {
  std::string method;
  std::string target;
  std::string version;                                       // "HTTP/1.1"
  std::vector<std::pair<std::string, std::string>> headers;  // as sent, framing headers included
  std::size_t head_bytes = 0;                                // bytes up to and including the empty line
  std::size_t content_length = 0;
  bool chunked = false;
  bool expect_continue = false;
  bool keep_alive = true;  // HTTP/1.1 unless "Connection: close"; HTTP/1.0 only with "keep-alive"

  // The first value of a header (names compare case-insensitively), if present.
  std::optional<std::string_view> header(std::string_view name) const;
};

// Outcome of looking at buffered bytes: more bytes needed, a complete head, or a refusal.
struct HeadScan {
  enum class State { need_more, complete, refused } state = State::need_more;
  RequestHead head;
  Refusal refusal;
};

// Parses the head at the start of `buffer` (leading empty lines are skipped, RFC 9112 section 2.2).
HeadScan scan_head(std::string_view buffer, const FramingLimits& limits);

// Incremental decoder of a chunked body. feed() consumes what it can and returns the bytes used.
class ChunkedDecoder {
 public:
  explicit ChunkedDecoder(std::size_t max_body_bytes) : max_body_(max_body_bytes) {}
  std::size_t feed(std::string_view bytes);
  bool done() const noexcept { return state_ == State::done; }
  const std::optional<Refusal>& refusal() const noexcept { return refusal_; }
  std::string& body() noexcept { return body_; }

 private:
  enum class State { size_line, data, data_end, trailers, done, failed };
  std::size_t refuse(int status, std::string value, std::string message);
  State state_ = State::size_line;
  std::size_t max_body_;
  std::size_t remaining_ = 0;  // bytes left in the current chunk
  std::size_t trailer_count_ = 0;
  std::string line_;  // a size or trailer line being read
  std::string body_;
  std::optional<Refusal> refusal_;
};

// The request as httplib is given it: request line, headers without Content-Length,
// Transfer-Encoding and Expect, then "Content-Length: <body size>" and the body.
std::string normalised_request(const RequestHead& head, std::string_view body);

}  // namespace relplan::http
