// `pathway routes`: the page routes the server answers, one "METHOD /pattern" a line. The
// audit coverage test (tests/http/audit_coverage.test.mjs) compares it with the routes it
// drives, so a new page cannot go untested for its audit events.
#include <iostream>

#include "app/commands.h"
#include "web/app.h"

namespace pathway::app {

void add_routes_command(CLI::App& app) {
  auto* routes = app.add_subcommand("routes", "List the page routes the server answers");
  routes->callback([] {
    for (const auto& route : web::list_routes()) std::cout << route << "\n";
  });
}

}  // namespace pathway::app
