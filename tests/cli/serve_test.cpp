// relplan serve as a process: creates and seeds the database, prints its URL, answers on loopback.
#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <regex>
#include <thread>

#include <httplib.h>

#include "tests/support/expected_files.hpp"
#include "tests/support/run_cli.hpp"

using namespace relplan;

TEST_CASE("relplan serve binds to 127.0.0.1 by default and answers /api/v1/health", "[cli][serve]") {
  const auto dir = test::temp_dir("serve");
  const auto db = dir + "/relplan.db";
  const auto out_path = dir + "/out";
  const auto err_path = dir + "/err";
  const pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    dup2(open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600), 1);
    dup2(open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600), 2);
    execl(RELPLAN_BINARY, RELPLAN_BINARY, "serve", "--port", "0", "--db", db.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  std::smatch m;
  std::string out;
  const std::regex url("relplan: serving on http://127\\.0\\.0\\.1:([0-9]+)/ \\(database .*relplan\\.db\\)\n");
  for (int i = 0; i < 200 && !std::regex_search(out, m, url); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(25));
    out = test::read_file(out_path);
  }
  REQUIRE(std::regex_search(out, m, url));
  httplib::Client client("127.0.0.1", std::stoi(m[1]));
  auto res = client.Get("/api/v1/health");
  kill(pid, SIGTERM);
  int status = 0;
  waitpid(pid, &status, 0);
  REQUIRE(res);
  CHECK(res->status == 200);
  CHECK(test::read_file(err_path).find("relplan: created the database " + db + " with ") == 0);
  CHECK(std::filesystem::exists(db));
  std::filesystem::remove_all(dir);
}

TEST_CASE("relplan serve refuses a database that is not relplan's, exit 2", "[cli][serve]") {
  const auto dir = test::temp_dir("serve");
  const auto path = dir + "/notes.txt";
  std::ofstream(path) << "not a database\n";
  const auto run = test::run_relplan({"serve", "--port", "0", "--db", path});
  CHECK(run.exit_code == 2);
  CHECK(run.err == "relplan serve: database " + path + ": file is not a database; left untouched\n");
  std::filesystem::remove_all(dir);
}

TEST_CASE("relplan serve --listen takes HOST or HOST:PORT and refuses anything else, exit 2", "[cli][serve]") {
  const auto dir = test::temp_dir("serve");
  const auto db = dir + "/relplan.db";
  const auto [listen, message] = GENERATE(table<std::string, std::string>({
      {"", "relplan serve: --listen: expected an address such as 127.0.0.1, 127.0.0.1:8080 or [::1]:8080, saw ''\n"},
      {"127.0.0.1:",
       "relplan serve: --listen: expected an address such as 127.0.0.1, 127.0.0.1:8080 or [::1]:8080, saw "
       "'127.0.0.1:'\n"},
      {"127.0.0.1:99999",
       "relplan serve: --listen: expected an address such as 127.0.0.1, 127.0.0.1:8080 or [::1]:8080, saw "
       "'127.0.0.1:99999'\n"},
      {"[::1",
       "relplan serve: --listen: expected an address such as 127.0.0.1, 127.0.0.1:8080 or [::1]:8080, saw '[::1'\n"},
      {"local host",
       "relplan serve: --listen: expected an address such as 127.0.0.1, 127.0.0.1:8080 or [::1]:8080, saw 'local "
       "host'\n"},
  }));
  const auto run = test::run_relplan({"serve", "--listen", listen, "--db", db});
  CHECK(run.exit_code == 2);
  CHECK(run.err == message);
  CHECK_FALSE(std::filesystem::exists(db));  // nothing written for a refused command
  const auto host = test::run_relplan({"serve", "--allow-host", "a b", "--db", db});
  CHECK(host.exit_code == 2);
  CHECK(host.err == "relplan serve: --allow-host: expected a host name such as relplan.example.org, saw 'a b'\n");
  std::filesystem::remove_all(dir);
}

TEST_CASE("relplan serve --listen 127.0.0.1:PORT listens on that port", "[cli][serve]") {
  const auto dir = test::temp_dir("serve");
  const auto db = dir + "/relplan.db";
  // A free port: bind one, close it, hand it to the server.
  const int probe = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t len = sizeof(addr);
  REQUIRE(bind(probe, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)) == 0);
  REQUIRE(getsockname(probe, reinterpret_cast<sockaddr*>(&addr), &len) == 0);
  const int port = ntohs(addr.sin_port);
  close(probe);
  const auto out_path = dir + "/out";
  std::ofstream(out_path).flush();
  const std::string listen = "127.0.0.1:" + std::to_string(port);
  const pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    dup2(open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600), 1);
    dup2(open((out_path + ".err").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600), 2);
    execl(RELPLAN_BINARY, RELPLAN_BINARY, "serve", "--listen", listen.c_str(), "--db", db.c_str(),
          static_cast<char*>(nullptr));
    _exit(127);
  }
  const std::string expected = "relplan: serving on http://" + listen + "/";
  for (int i = 0; i < 200 && test::read_file(out_path).find(expected) == std::string::npos; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(25));
  }
  CHECK(test::read_file(out_path).find(expected) == 0);
  httplib::Client client("127.0.0.1", port);
  auto res = client.Get("/api/v1/health");
  kill(pid, SIGTERM);
  int status = 0;
  waitpid(pid, &status, 0);
  REQUIRE(res);
  CHECK(res->status == 200);
  std::filesystem::remove_all(dir);
}
