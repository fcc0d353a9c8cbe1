#include "web/server.hpp"

#include <nlohmann/json.hpp>

#include "data/embedded.hpp"
#include "web/api.hpp"
#include "web/routes.hpp"

namespace relplan {

std::span<const EmbeddedFile> shipped_web_files();
std::span<const EmbeddedFile> openapi_document();

namespace {

constexpr const char* content_security_policy =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

std::string_view mime_type(std::string_view path) {
  auto ends = [&](std::string_view ext) { return path.size() >= ext.size() && path.substr(path.size() - ext.size()) == ext; };
  if (ends(".html")) return "text/html; charset=utf-8";
  if (ends(".js")) return "text/javascript; charset=utf-8";
  if (ends(".css")) return "text/css; charset=utf-8";
  if (ends(".svg")) return "image/svg+xml";
  return "application/octet-stream";
}

}  // namespace

std::unique_ptr<httplib::Server> make_server(const ServerContext& context) {
  auto server = std::make_unique<httplib::Server>();
  server->set_tcp_nodelay(true);  // without it cpp-httplib answers small requests ~40 ms late (Nagle)
  server->set_payload_max_length(1U << 20U);
  server->set_default_headers({{"Content-Security-Policy", content_security_policy},
                               {"X-Content-Type-Options", "nosniff"},
                               {"Referrer-Policy", "no-referrer"}});

  server->Get("/api/v1/health", [](const httplib::Request&, httplib::Response& res) {
    api::send_json(res, 200, {{"status", "ok"}, {"version", RELPLAN_VERSION}});
  });

  server->Get("/api/v1/openapi.json", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(std::string(openapi_document().front().text), "application/json");
  });
  add_calendar_routes(*server, context);
  add_project_routes(*server, context);
  add_scenario_routes(*server, context);
  add_compare_routes(*server, context);
  add_schedule_routes(*server, context);
  add_chart_routes(*server, context);

  // Static files: exactly the embedded ones; "/" is index.html.
  for (const auto& file : shipped_web_files()) {
    const std::string_view prefix = "web/static/";
    std::string url = "/" + std::string(file.path.substr(prefix.size()));
    auto handler = [file](const httplib::Request&, httplib::Response& res) {
      res.set_content(std::string(file.text), std::string(mime_type(file.path)));
    };
    server->Get(url, handler);
    if (url == "/index.html") server->Get("/", handler);
  }

  server->set_error_handler([](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return;  // a route already answered with its own error body
    if (res.status == 404 && req.path.rfind("/api/", 0) == 0) {
      api::send_json(res, 404, {{"error", "no such endpoint: " + req.method + " " + req.path}, {"field", "path"}, {"value", req.path}});
    } else {
      res.set_content(std::to_string(res.status) + "\n", "text/plain");
    }
  });
  server->set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr ep) {
    std::string what = "internal error";
    try {
      std::rethrow_exception(ep);
    } catch (const std::exception& e) {
      what = std::string("internal error: ") + e.what();
    } catch (...) {
    }
    api::send_json(res, 500, {{"error", what}, {"field", ""}, {"value", ""}});
  });
  return server;
}

}  // namespace relplan
