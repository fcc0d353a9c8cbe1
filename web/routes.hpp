#pragma once
// Route groups; make_server() installs each.
#include <httplib.h>

#include "web/server.hpp"

namespace relplan {

void add_calendar_routes(httplib::Server& server, const ServerContext& ctx);
void add_project_routes(httplib::Server& server, const ServerContext& ctx);
void add_scenario_routes(httplib::Server& server, const ServerContext& ctx);
void add_compare_routes(httplib::Server& server, const ServerContext& ctx);
void add_schedule_routes(httplib::Server& server, const ServerContext& ctx);
void add_chart_routes(httplib::Server& server, const ServerContext& ctx);
void add_release_routes(httplib::Server& server, const ServerContext& ctx);

}  // namespace relplan
