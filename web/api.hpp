#pragma once
// Helpers shared by the HTTP routes: JSON answers, the error shape {"error","field","value"},
// query parameters, request bodies, and bearer-token roles.
#include <optional>
#include <string>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "calendars/result.hpp"
#include "data/store/store.hpp"
#include "web/server.hpp"

namespace relplan::api {

void send_json(httplib::Response& res, int status, const nlohmann::json& body);
// 400 (or `status`) with {"error": message, "field": ..., "value": ...}; 503 for an error of kind
// busy (with Retry-After) or unavailable, whatever `status` says.
void send_error(httplib::Response& res, const Error& error, int status = 400);

// A required query parameter, or an error naming it.
Result<std::string> param(const httplib::Request& req, const std::string& name);
std::string param_or(const httplib::Request& req, const std::string& name, const std::string& fallback);
// JSON text as an object, or an error naming `field`: nesting deeper than max_json_depth is refused
// before a tree is built (a deep body would otherwise exhaust the stack).
Result<nlohmann::json> parse_json(std::string_view text, const std::string& field);
// The request body as a JSON object (parse_json with field "body").
Result<nlohmann::json> json_body(const httplib::Request& req);

// The request's bearer token (its role and label), if it is a known one.
std::optional<TokenInfo> token_of(const httplib::Request& req, const ServerContext& ctx);
// The role of the request's bearer token ("editor", "security"), if any.
std::optional<std::string> role_of(const httplib::Request& req, const ServerContext& ctx);
// Who the audit log names for a write: "token:<label>" ("http" without a token).
std::string actor_of(const httplib::Request& req, const ServerContext& ctx);
// Answers 401/403 and returns false unless the token has `role` (a security token may also edit).
bool require_role(const httplib::Request& req, httplib::Response& res, const ServerContext& ctx,
                  const std::string& role);

// The store, or a 503 answer when the server runs without one.
Store* store_or_503(const ServerContext& ctx, httplib::Response& res);

}  // namespace relplan::api
