#include "web/server.hpp"

#include <nlohmann/json.hpp>

#include "calendars/embedded.hpp"
#include "web/api.hpp"
#include "web/compare_request.hpp"
#include "web/routes.hpp"
#include "web/text.hpp"

namespace relplan {

std::span<const EmbeddedFile> shipped_web_files();
std::span<const EmbeddedFile> openapi_document();

namespace {

constexpr const char* content_security_policy =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

std::string_view mime_type(std::string_view path) {
  auto ends = [&](std::string_view ext) {
    return path.size() >= ext.size() && path.substr(path.size() - ext.size()) == ext;
  };
  if (ends(".html")) return "text/html; charset=utf-8";
  if (ends(".js")) return "text/javascript; charset=utf-8";
  if (ends(".css")) return "text/css; charset=utf-8";
  if (ends(".svg")) return "image/svg+xml";
  return "application/octet-stream";
}

// The host part of a Host header value, lower-cased: "LocalHost:8080" -> "localhost", "[::1]:80" -> "[::1]".
std::string host_name(std::string_view value) {
  std::string host(value.substr(0, value.front() == '[' ? value.find(']') + 1 : value.find(':')));
  for (auto& c : host) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  return host;
}

// Refuses, before routing, a request for another host name or with text that is not UTF-8 (the
// path and every query parameter are echoed into JSON answers).
httplib::Server::HandlerResponse check_request(const ServerContext& ctx, const httplib::Request& req,
                                               httplib::Response& res) {
  if (req.has_header("Host")) {
    const auto value = req.get_header_value("Host");
    const auto host = value.empty() ? std::string() : host_name(value);
    const bool loopback = host == "localhost" || host == "127.0.0.1" || host == "[::1]";
    const bool allowed = loopback || std::any_of(ctx.allowed_hosts.begin(), ctx.allowed_hosts.end(),
                                                 [&](const std::string& h) { return host_name(h) == host; });
    if (!allowed) {
      std::string names = "localhost, 127.0.0.1, [::1]";
      for (const auto& h : ctx.allowed_hosts) names += ", " + h;
      api::send_error(
          res, Error::expected("Host", "'" + value + "'", "one of " + names + " (serve --allow-host adds names)"));
      return httplib::Server::HandlerResponse::Handled;
    }
  }
  if (!valid_utf8(req.path)) {
    api::send_error(res, Error::expected("path", "'" + to_valid_utf8(req.path) + "'", "UTF-8 text"));
    return httplib::Server::HandlerResponse::Handled;
  }
  for (const auto& [name, value] : req.params) {
    const bool name_ok = valid_utf8(name);
    if (!name_ok || !valid_utf8(value)) {
      const auto field = to_valid_utf8(name);
      api::send_error(res, Error::expected(field, "'" + to_valid_utf8(name_ok ? value : name) + "'", "UTF-8 text"));
      return httplib::Server::HandlerResponse::Handled;
    }
  }
  return httplib::Server::HandlerResponse::Unhandled;
}

}  // namespace

std::unique_ptr<httplib::Server> make_server(const ServerContext& given) {
  ServerContext context = given;
  if (!context.calendar_cache) context.calendar_cache = std::make_shared<TeamCalendarCache>();
  auto server = std::make_unique<GuardedServer>(context.limits);
  server->set_tcp_nodelay(true);  // without it cpp-httplib answers small requests ~40 ms late (Nagle)
  server->set_pre_routing_handler(
      [context](const httplib::Request& req, httplib::Response& res) { return check_request(context, req, res); });
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
  add_release_routes(*server, context);

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
      api::send_json(
          res, 404,
          {{"error", "no such endpoint: " + req.method + " " + req.path}, {"field", "path"}, {"value", req.path}});
    } else {
      res.set_content(std::to_string(res.status) + "\n", "text/plain");
    }
  });
  return server;
}

}  // namespace relplan
