#include "web/api.hpp"

#include "data/store/store.hpp"
#include "web/text.hpp"

namespace relplan::api {

void send_json(httplib::Response& res, int status, const nlohmann::json& body) {
  res.status = status;
  // Text from clients or files may not be UTF-8: replace what is ill-formed rather than throw.
  res.set_content(body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), "application/json");
}

void send_error(httplib::Response& res, const Error& error, int status) {
  // The store's own trouble is not the client's: 503, and for a busy database when to try again.
  if (error.kind == ErrorKind::busy) {
    status = 503;
    res.set_header("Retry-After", "2");
  } else if (error.kind == ErrorKind::unavailable) {
    status = 503;
  }
  send_json(res, status, {{"error", error.message}, {"field", error.field}, {"value", error.value}});
}

Result<std::string> param(const httplib::Request& req, const std::string& name) {
  if (!req.has_param(name.c_str())) return Error{name, "", name + ": required query parameter is missing"};
  return req.get_param_value(name.c_str());
}

std::string param_or(const httplib::Request& req, const std::string& name, const std::string& fallback) {
  return req.has_param(name.c_str()) ? req.get_param_value(name.c_str()) : fallback;
}

Result<nlohmann::json> parse_json(std::string_view text, const std::string& field) {
  if (json_depth(text, max_json_depth) > max_json_depth) {
    return Error::expected(field, "deeper nesting",
                           "JSON nested at most " + std::to_string(max_json_depth) + " levels deep");
  }
  auto parsed = nlohmann::json::parse(text, nullptr, false);
  if (parsed.is_discarded() || !parsed.is_object()) {
    const auto shown = to_valid_utf8(text.substr(0, 80));
    return Error::expected(field, "'" + shown + (text.size() > 80 ? "...'" : "'"), "a JSON object");
  }
  return parsed;
}

Result<nlohmann::json> json_body(const httplib::Request& req) { return parse_json(req.body, "body"); }

std::optional<TokenInfo> token_of(const httplib::Request& req, const ServerContext& ctx) {
  if (!ctx.store) return std::nullopt;
  const auto header = req.get_header_value("Authorization");
  const std::string prefix = "Bearer ";
  if (header.rfind(prefix, 0) != 0) return std::nullopt;
  return ctx.store->token(header.substr(prefix.size()));
}

std::optional<std::string> role_of(const httplib::Request& req, const ServerContext& ctx) {
  auto token = token_of(req, ctx);
  return token ? std::optional(token->role) : std::nullopt;
}

std::string actor_of(const httplib::Request& req, const ServerContext& ctx) {
  auto token = token_of(req, ctx);
  return token ? "token:" + token->label : "http";
}

bool require_role(const httplib::Request& req, httplib::Response& res, const ServerContext& ctx,
                  const std::string& role) {
  const auto has = role_of(req, ctx);
  if (!has) {
    res.set_header("WWW-Authenticate", "Bearer");
    send_error(
        res, Error{"Authorization", "", "this request needs a bearer token (relplan token create --role " + role + ")"},
        401);
    return false;
  }
  if (*has != role && *has != "security") {
    send_error(res, Error{"Authorization", *has, "this request needs a " + role + " token, not " + *has}, 403);
    return false;
  }
  return true;
}

Store* store_or_503(const ServerContext& ctx, httplib::Response& res) {
  if (!ctx.store) send_error(res, Error{"db", "", "this server runs without a database"}, 503);
  return ctx.store;
}

}  // namespace relplan::api
