// web/http_framing: request heads and chunked bodies framed before httplib reads them.
#include <catch2/catch.hpp>

#include "web/http_framing.hpp"

using namespace relplan::http;

namespace {
const FramingLimits limits{};
}

TEST_CASE("A complete head is framed, a partial one needs more bytes", "[web][framing]") {
  const std::string text = "POST /api/v1/compare HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2\r\n\r\n{}GET /";
  auto scan = scan_head(text, limits);
  REQUIRE(scan.state == HeadScan::State::complete);
  CHECK(scan.head.method == "POST");
  CHECK(scan.head.target == "/api/v1/compare");
  CHECK(scan.head.content_length == 2);
  CHECK(scan.head.head_bytes == text.find("{}"));
  CHECK(scan.head.keep_alive);
  CHECK(normalised_request(scan.head, "{}") ==
        "POST /api/v1/compare HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2\r\n\r\n{}");
  CHECK(scan_head("GET / HTTP/1.1\r\nHost: x\r\n", limits).state == HeadScan::State::need_more);
  // Bare LF line ends are accepted (RFC 9112 section 2.2).
  CHECK(scan_head("GET / HTTP/1.1\nHost: x\n\n", limits).state == HeadScan::State::complete);
  auto http10 = scan_head("GET / HTTP/1.0\r\n\r\n", limits);
  REQUIRE(http10.state == HeadScan::State::complete);
  CHECK_FALSE(http10.head.keep_alive);
  auto close = scan_head("GET / HTTP/1.1\r\nHost: x\r\nConnection: Close\r\n\r\n", limits);
  CHECK_FALSE(close.head.keep_alive);
}

TEST_CASE("Heads that break the framing rules are refused with the status and the rule", "[web][framing]") {
  const auto [text, status, field, message] = GENERATE(table<std::string, int, std::string, std::string>({
      {"GET / HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n", 400, "Content-Length",
       "Content-Length: expected digits, saw 'abc'"},
      {"GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n", 400, "Content-Length",
       "Content-Length: expected one value, saw '5' and '6'"},
      {"GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 5, 5\r\n\r\n", 400, "Content-Length",
       "Content-Length: expected digits, saw '5, 5'"},
      {"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n", 400,
       "Transfer-Encoding", "Transfer-Encoding: expected no Content-Length beside it, saw both"},
      {"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip, chunked\r\n\r\n", 501, "Transfer-Encoding",
       "Transfer-Encoding: expected chunked, saw 'gzip, chunked'"},
      {"POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n", 400, "Transfer-Encoding",
       "Transfer-Encoding: expected none in HTTP/1.0, saw one"},
      {"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1048577\r\n\r\n", 413, "body",
       "body: expected at most 1048576 bytes, saw 1048577"},
      {"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999999999999999\r\n\r\n", 413, "body",
       "body: expected at most 1048576 bytes, saw 99999999999999999999999"},
      {"GET / HTTP/1.1\r\n\r\n", 400, "Host", "Host: expected exactly one Host header in HTTP/1.1, saw 0"},
      {"GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", 400, "Host",
       "Host: expected exactly one Host header in HTTP/1.1, saw 2"},
      {"GET / HTTP/2.0\r\nHost: x\r\n\r\n", 505, "version", "version: expected HTTP/1.1 or HTTP/1.0, saw 'HTTP/2.0'"},
      {"GET /\r\n\r\n", 400, "request line", "request line: expected METHOD TARGET HTTP/1.1, saw 'GET /'"},
      {"GET /a b HTTP/1.1\r\nHost: x\r\n\r\n", 400, "request line",
       "request line: expected METHOD TARGET HTTP/1.1, saw 'GET /a b HTTP/1.1'"},
      {"GET /\xff HTTP/1.1\r\nHost: x\r\n\r\n", 400, "target",
       "target: expected a path of visible ASCII characters (percent-encode the rest), saw '/\xff'"},
      {"GET / HTTP/1.1\r\nHost: x\r\n folded\r\n\r\n", 400, "headers",
       "headers: expected no line folding (obs-fold), saw ' folded'"},
      {"GET / HTTP/1.1\r\nHost : x\r\n\r\n", 400, "headers", "headers: expected 'Name: value', saw 'Host : x'"},
      {"GET / HTTP/1.1\r\nHost: x\r\nExpect: 200-ok\r\n\r\n", 417, "Expect",
       "Expect: expected 100-continue, saw '200-ok'"},
  }));
  INFO(text);
  auto scan = scan_head(text, limits);
  REQUIRE(scan.state == HeadScan::State::refused);
  CHECK(scan.refusal.status == status);
  CHECK(scan.refusal.field == field);
  CHECK(scan.refusal.message == message);
}

TEST_CASE("Header count, line length, head size and target length are bounded", "[web][framing]") {
  std::string many = "GET / HTTP/1.1\r\nHost: x\r\n";
  for (int i = 0; i < 100; ++i) many += "X-" + std::to_string(i) + ": 1\r\n";
  auto count = scan_head(many + "\r\n", limits);
  REQUIRE(count.state == HeadScan::State::refused);
  CHECK(count.refusal.status == 431);
  CHECK(count.refusal.message == "headers: expected at most 100 header lines");
  // Refused as soon as the limit is passed, before the head is complete.
  auto long_line = scan_head("GET / HTTP/1.1\r\nX-Long: " + std::string(9000, 'a'), limits);
  REQUIRE(long_line.state == HeadScan::State::refused);
  CHECK(long_line.refusal.status == 431);
  CHECK(long_line.refusal.message == "headers: expected header lines of at most 8192 bytes");
  std::string big = "GET / HTTP/1.1\r\nHost: x\r\n";
  for (int i = 0; i < 5; ++i) big += "X-" + std::to_string(i) + ": " + std::string(8000, 'b') + "\r\n";
  auto size = scan_head(big, limits);
  REQUIRE(size.state == HeadScan::State::refused);
  CHECK(size.refusal.status == 431);
  CHECK(size.refusal.message == "headers: expected at most 32768 bytes in all");
  auto target = scan_head("GET /" + std::string(8200, 'a') + " HTTP/1.1\r\n", limits);
  REQUIRE(target.state == HeadScan::State::refused);
  CHECK(target.refusal.status == 414);
  CHECK(target.refusal.message == "target: expected at most 8192 bytes, saw 8201");
  auto endless = scan_head("GET /" + std::string(9000, 'a'), limits);
  REQUIRE(endless.state == HeadScan::State::refused);
  CHECK(endless.refusal.status == 414);
}

TEST_CASE("Chunked bodies are decoded in pieces and held to the body limit", "[web][framing]") {
  const std::string wire = "4;ext=1\r\nWiki\r\n5\r\npedia\r\n0\r\nTrailer: x\r\n\r\nNEXT";
  ChunkedDecoder whole(1024);
  CHECK(whole.feed(wire) == wire.size() - 4);
  CHECK(whole.done());
  CHECK(whole.body() == "Wikipedia");
  ChunkedDecoder bytewise(1024);  // one byte at a time, as a slow client sends it
  for (char c : wire.substr(0, wire.size() - 4)) bytewise.feed(std::string(1, c));
  CHECK(bytewise.done());
  CHECK(bytewise.body() == "Wikipedia");

  const auto [body, status, message] = GENERATE(table<std::string, int, std::string>({
      {"801\r\n", 413, "body: expected at most 2048 bytes, saw 2049 or more"},
      {"zz\r\n", 400, "body: expected a chunk size in hexadecimal, saw 'zz'"},
      {"ffffffffffffffffff\r\n", 400, "body: expected a chunk size in hexadecimal, saw 'ffffffffffffffffff'"},
      {"2\r\nabc\r\n", 400, "body: expected CRLF after chunk data, saw more data than the chunk size"},
      {std::string(2000, '1'), 400, "body: expected chunk lines of at most 1024 bytes"},
  }));
  ChunkedDecoder d(2048);
  d.feed(body);
  REQUIRE(d.refusal());
  CHECK(d.refusal()->status == status);
  CHECK(d.refusal()->message == message);
}

TEST_CASE("Chunks that add up past the body limit are refused at the chunk that passes it", "[web][framing]") {
  ChunkedDecoder d(2048);
  d.feed("400\r\n" + std::string(1024, 'a') + "\r\n400\r\n" + std::string(1024, 'b') + "\r\n");
  REQUIRE_FALSE(d.refusal());
  d.feed("1\r\n");
  REQUIRE(d.refusal());
  CHECK(d.refusal()->status == 413);
  CHECK(d.refusal()->message == "body: expected at most 2048 bytes, saw 2049 or more");
}
