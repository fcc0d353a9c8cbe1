// Generated hostile requests against a real server on loopback: random bytes, broken request lines,
// odd headers and framing, mutated JSON bodies, chunked bodies and pipelines. Deterministic (fixed
// seeds), bounded in count and time. Whatever arrives, the server answers with a known status and
// a JSON body (or closes), never 500, and keeps answering.
#include <catch2/catch.hpp>

#include <chrono>
#include <random>
#include <set>

#include <nlohmann/json.hpp>

#include "tests/support/raw_http.hpp"
#include "tests/support/server.hpp"

using namespace relplan;
using namespace std::chrono_literals;

namespace {

class Generator {
 public:
  explicit Generator(unsigned seed) : rng_(seed) {}

  std::string request() {
    switch (pick(7)) {
      case 0:
        return bytes(pick(2000));
      case 1:
        return "GET " + target() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
      case 2:
        return "GET /api/v1/health HTTP/1.1\r\n" + headers() + "\r\n";
      case 3:
        return post(mutated_json());
      case 4:
        return chunked(mutated_json());
      case 5:
        return framing();
      default: {
        std::string pipeline;
        for (std::size_t i = 0, n = 1 + pick(4); i < n; ++i)
          pipeline += pick(2) ? post(mutated_json()) : "GET " + target() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
        return pipeline;
      }
    }
  }

 private:
  std::size_t pick(std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng_); }
  std::string bytes(std::size_t n) {
    std::string out(n, '\0');
    for (auto& c : out) c = static_cast<char>(pick(256));
    return out;
  }
  std::string percent_bytes(std::size_t n) {
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string out;
    for (std::size_t i = 0; i < n; ++i) {
      const auto b = pick(256);
      out += '%';
      out += hex[b >> 4U];
      out += hex[b & 15U];
    }
    return out;
  }
  std::string target() {
    static const std::vector<std::string> paths{"/api/v1/holidays?calendar=",
                                                "/api/v1/projects/xen/schedule?release=",
                                                "/api/v1/projects/xen/branches?at=",
                                                "/api/v1/scenarios/",
                                                "/api/v1/projects/",
                                                "/api/v1/",
                                                "/",
                                                "/api/v1/holidays?from=2026-01-01&to="};
    return paths[pick(paths.size())] + percent_bytes(pick(40)) + (pick(4) == 0 ? std::string(pick(9000), 'a') : "");
  }
  std::string headers() {
    std::string out = pick(5) ? "Host: 127.0.0.1\r\n" : "";
    for (std::size_t i = 0, n = pick(3) ? pick(20) : pick(400); i < n; ++i) {
      static const std::vector<std::string> names{
          "Content-Length", "Transfer-Encoding", "Host", "Expect", "Connection", "X-A", "Authorization"};
      out += names[pick(names.size())] + ": " + (pick(2) ? std::to_string(pick(100000)) : bytes(pick(30))) + "\r\n";
    }
    return out;
  }
  std::string mutated_json() {
    std::string base =
        R"({"scenarios":[{"cadence_months":8,"first_release":"2019-04-02","releases":12,"general_months":18,)"
        R"("security_months":36,"calendars":"US,CN","blackouts":["12-20..01-05"],"weekdays":["tue"]}]})";
    for (std::size_t i = 0, n = pick(6); i < n; ++i) {
      const auto at = pick(base.size());
      switch (pick(5)) {
        case 0:
          base[at] = static_cast<char>(pick(256));
          break;
        case 1:
          base.erase(at, pick(10));
          break;
        case 2:
          base.insert(at, std::string(pick(200), pick(2) ? '[' : '{'));
          break;
        case 3:
          base.insert(at, "\"\xff\xfe\\u0000\"");
          break;
        default:
          base.insert(at, std::to_string(static_cast<long long>(rng_()) * (pick(2) ? -1 : 1)));
          break;
      }
    }
    return base;
  }
  std::string post(const std::string& body) {
    static const std::vector<std::string> paths{"/api/v1/compare", "/api/v1/charts/lifecycle.svg",
                                                "/api/v1/charts/concurrency.svg", "/api/v1/scenarios",
                                                "/api/v1/projects/xen/advisories"};
    return "POST " + paths[pick(paths.size())] +
           " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
  }
  std::string chunked(const std::string& body) {
    std::string out = "POST /api/v1/compare HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n";
    std::size_t at = 0;
    while (at < body.size()) {
      const auto n = std::min(body.size() - at, 1 + pick(64));
      char size[32];
      std::snprintf(size, sizeof(size), "%zx", pick(8) ? n : n + pick(5));  // sometimes a wrong size
      out += std::string(size) + (pick(6) ? "" : ";ext") + "\r\n" + body.substr(at, n) + "\r\n";
      at += n;
    }
    return out + (pick(5) ? "0\r\n\r\n" : bytes(pick(20)));
  }
  std::string framing() {
    static const std::vector<std::string> heads{
        "POST /api/v1/compare HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5\r\nContent-Length: 7\r\n\r\n",
        "POST /api/v1/compare HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: -1\r\n\r\n",
        "POST /api/v1/compare HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked, gzip\r\n\r\n",
        "POST /api/v1/compare HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n",
        "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n folded: x\r\n\r\n",
        "GET /api/v1/health HTTP/9.9\r\nHost: 127.0.0.1\r\n\r\n",
        "GET /api/v1/health HTTP/1.1\r\nHost: evil.example\r\n\r\n",
        "POST /api/v1/compare HTTP/1.1\r\nHost: 127.0.0.1\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n{}",
    };
    return heads[pick(heads.size())] + bytes(pick(50));
  }

  std::mt19937 rng_;
};

}  // namespace

TEST_CASE("Generated hostile requests never crash the server or get a 500", "[web][hostile][fuzz]") {
  test::RunningServer s(true, [](ServerContext& c) {
    c.limits.head_timeout = 300ms;
    c.limits.idle_timeout = 300ms;
    c.limits.body_timeout = 300ms;
  });
  const std::set<int> expected{0, 200, 201, 400, 401, 403, 404, 408, 413, 414, 417, 431, 501, 503, 505};
  const auto start = std::chrono::steady_clock::now();
  std::map<int, int> seen;
  for (unsigned seed = 1; seed <= 1200 && std::chrono::steady_clock::now() - start < 90s; ++seed) {
    Generator g(seed);
    const auto request = g.request();
    test::RawConnection c(s.port);
    REQUIRE(c.connected());
    c.send(request);
    c.finish_sending();
    for (int i = 0; i < 5; ++i) {  // a pipeline has up to 5 answers
      const auto res = c.read_response(2s);
      ++seen[res.status];
      INFO("seed " << seed);
      CHECK(expected.contains(res.status));
      if (res.status >= 400 && res.header("Content-Type") == "application/json") {
        CHECK(nlohmann::json::accept(res.body));
      }
      if (res.status == 0) break;
    }
    if (seed % 100 == 0) {
      auto health = s.client->Get("/api/v1/health");
      REQUIRE(health);
      REQUIRE(health->status == 200);
    }
  }
  // The generator reached the server's checks, not only the framing.
  CHECK(seen[400] > 100);
  CHECK(seen[200] + seen[404] > 20);
  auto health = s.client->Get("/api/v1/health");
  REQUIRE(health);
  CHECK(health->status == 200);
}
