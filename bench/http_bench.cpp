// HTTP load on loopback (issue 7 goals: POST /api/v1/compare with three scenarios of 12 releases at
// >= 10,000 requests/s on this 2-core machine, >= 1/4 of GET /api/v1/health in the same run, p99 <= 5 ms).
// The server runs in this process on 127.0.0.1 (a free port); 4 client threads with keep-alive send a
// bounded number of requests per iteration (4 x 500), so a run ends by itself. Reported per benchmark:
// items_per_second (requests/s), p50_ms and p99_ms of the last iteration, and the process's resident
// memory (rss_mb) with the server loaded.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include "data/store/store.hpp"
#include "web/server.hpp"

using namespace relplan;

namespace {

struct LoopbackServer {
  std::string dir = (std::filesystem::temp_directory_path() / "relplan-http-bench").string();
  std::unique_ptr<Store> store;
  std::unique_ptr<httplib::Server> server;
  int port = 0;
  std::thread thread;
  LoopbackServer() {
    std::filesystem::create_directories(dir);
    std::filesystem::remove(dir + "/bench.db");
    store = Store::open(dir + "/bench.db", shipped_project_files()).value();
    server = make_server(ServerContext{store.get()});
    port = server->bind_to_any_port("127.0.0.1");
    thread = std::thread([this] { server->listen_after_bind(); });
  }
  ~LoopbackServer() {
    server->stop();
    thread.join();
    std::filesystem::remove_all(dir);
  }
};

LoopbackServer& loopback() {
  static LoopbackServer s;
  return s;
}

double rss_mb() {
  std::ifstream status("/proc/self/status");
  std::string key;
  while (status >> key) {
    if (key == "VmRSS:") {
      double kb = 0;
      status >> kb;
      return kb / 1024.0;
    }
    status.ignore(1 << 10, '\n');
  }
  return 0;
}

const std::string compare_body = [] {
  std::string scenarios;
  for (int months : {6, 8, 9}) {
    scenarios += (scenarios.empty() ? "" : ",") + std::string(R"({"cadence_months":)") + std::to_string(months) +
                 R"(,"first_release":"2018-07-10","first_version":"4.11","releases":12,"general_months":18,)"
                 R"("security_months":36,"calendars":["US","GB-ENG","DE"],"blackouts":["12-20..01-05"]})";
  }
  return R"({"scenarios":[)" + scenarios + "]}";
}();

void load(benchmark::State& state, bool post) {
  auto& s = loopback();
  constexpr int threads = 4;
  constexpr int per_thread = 500;
  std::atomic<int> failures = 0;
  std::vector<double> latencies;
  for (auto _ : state) {
    std::vector<std::vector<double>> lat(threads);
    std::vector<std::thread> clients;
    for (int t = 0; t < threads; ++t) {
      clients.emplace_back([&, t] {
        httplib::Client client("127.0.0.1", s.port);
        client.set_keep_alive(true);
        client.set_tcp_nodelay(true);
        lat[t].reserve(per_thread);
        for (int i = 0; i < per_thread; ++i) {
          const auto t0 = std::chrono::steady_clock::now();
          auto res =
              post ? client.Post("/api/v1/compare", compare_body, "application/json") : client.Get("/api/v1/health");
          lat[t].push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
          if (!res || res->status != 200) ++failures;
        }
      });
    }
    for (auto& c : clients) c.join();
    latencies.clear();
    for (const auto& l : lat) latencies.insert(latencies.end(), l.begin(), l.end());
  }
  std::sort(latencies.begin(), latencies.end());
  state.SetItemsProcessed(state.iterations() * threads * per_thread);
  state.counters["p50_ms"] = latencies[latencies.size() / 2];
  state.counters["p99_ms"] = latencies[latencies.size() * 99 / 100];
  state.counters["rss_mb"] = rss_mb();
  state.counters["failures"] = failures.load();
}

void http_health(benchmark::State& state) { load(state, false); }
void http_compare_3x12(benchmark::State& state) { load(state, true); }
BENCHMARK(http_health)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(5);
BENCHMARK(http_compare_3x12)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(5);

}  // namespace
