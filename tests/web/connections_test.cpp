// Connection handling: idle, slow and numerous clients cannot starve a new one.
#include <catch2/catch.hpp>

#include <chrono>
#include <memory>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "tests/support/raw_http.hpp"
#include "tests/support/server.hpp"

using namespace relplan;
using namespace std::chrono_literals;
using test::RawConnection;

namespace {
const std::string health = "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";

// Milliseconds until a new client from 127.0.0.1 has its health answer.
long long new_client_ms(int port) {
  const auto start = std::chrono::steady_clock::now();
  auto res = test::raw_exchange(port, health, 10s);
  const auto ms =
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
  return res.status == 200 ? ms : 1000000;
}
}  // namespace

TEST_CASE("A new client is served within a second while 200 idle and 16 slow connections are held",
          "[web][connections]") {
  test::RunningServer s(false);
  std::vector<std::unique_ptr<RawConnection>> idle;
  for (int i = 0; i < 200; ++i) {  // 25 from each of 8 addresses: under the limit per address
    idle.push_back(std::make_unique<RawConnection>(s.port, "127.0.0." + std::to_string(10 + i % 8)));
    REQUIRE(idle.back()->connected());
  }
  std::vector<std::unique_ptr<RawConnection>> slow;
  for (int i = 0; i < 16; ++i) {
    slow.push_back(std::make_unique<RawConnection>(s.port, "127.0.0.20"));
    REQUIRE(slow.back()->send("GET /api/v1/health HTTP/1.1\r\n"));
  }
  std::this_thread::sleep_for(300ms);
  for (int round = 0; round < 3; ++round) {  // slow clients keep sending a header line now and then
    for (auto& c : slow) c->send("X-Slow-" + std::to_string(round) + ": 1\r\n");
    CHECK(new_client_ms(s.port) < 1000);
    std::this_thread::sleep_for(400ms);
  }
}

TEST_CASE("A slow head is cut off with 408 and an idle connection is closed", "[web][connections]") {
  test::RunningServer s(false, [](ServerContext& c) {
    c.limits.head_timeout = 400ms;
    c.limits.idle_timeout = 400ms;
  });
  RawConnection slow(s.port);
  REQUIRE(slow.send("GET /api/v1/health HTTP/1.1\r\n"));
  std::this_thread::sleep_for(200ms);
  REQUIRE(slow.send("X-One: 1\r\n"));  // each line in time, the whole head not
  auto res = slow.read_response(3s);
  CHECK(res.status == 408);
  CHECK(nlohmann::json::parse(res.body)["error"] == "request: expected the request head within the time limit");
  RawConnection idle(s.port);
  CHECK(idle.closed_within(3s));
  RawConnection kept(s.port);  // kept alive after an answer, then closed when idle
  REQUIRE(kept.send(health));
  CHECK(kept.read_response().status == 200);
  CHECK(kept.closed_within(3s));
}

TEST_CASE("Connections from one address are limited, others are still served", "[web][connections]") {
  test::RunningServer s(false, [](ServerContext& c) { c.limits.max_per_address = 4; });
  std::vector<std::unique_ptr<RawConnection>> held;
  for (int i = 0; i < 4; ++i) held.push_back(std::make_unique<RawConnection>(s.port, "127.0.0.30"));
  std::this_thread::sleep_for(200ms);
  RawConnection fifth(s.port, "127.0.0.30");
  auto refused = fifth.read_response(3s);
  CHECK(refused.status == 503);
  CHECK(refused.header("Retry-After") == "1");
  CHECK(nlohmann::json::parse(refused.body)["error"] ==
        "connections: expected at most 4 open connections from 127.0.0.30; try again");
  CHECK(new_client_ms(s.port) < 1000);
}

TEST_CASE("Past the connection limit new connections get 503 at once", "[web][connections]") {
  test::RunningServer s(false, [](ServerContext& c) { c.limits.max_connections = 3; });
  std::vector<std::unique_ptr<RawConnection>> held;
  for (int i = 0; i < 3; ++i)
    held.push_back(std::make_unique<RawConnection>(s.port, "127.0.0." + std::to_string(40 + i)));
  std::this_thread::sleep_for(200ms);
  RawConnection extra(s.port, "127.0.0.50");
  auto res = extra.read_response(3s);
  CHECK(res.status == 503);
  CHECK(nlohmann::json::parse(res.body)["error"] == "connections: expected at most 3 open connections; try again");
  held.clear();
  std::this_thread::sleep_for(300ms);
  CHECK(new_client_ms(s.port) < 1000);
}
