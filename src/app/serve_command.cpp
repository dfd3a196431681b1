#include <cstdlib>
#include <iostream>
#include <thread>

#include "app/commands.h"
#include "app/resources.h"
#include "core/log.h"
#include "store/migrations.h"
#include "web/app.h"
#include "web/http_server.h"

namespace pathway::app {

namespace {
struct ServeOptions {
  std::string db;
  web::ServerOptions server;
  bool behind_tls_proxy = false;
  bool list_routes = false;  // print the page routes instead of serving
};

// The two-factor key from the server's environment (never the command line, where other
// users of the machine could read it). Without one, two-factor sign-in is unavailable: a
// warning says so. A malformed one stops the server, rather than locking people out later.
std::optional<access::TwoFactorKey> two_factor_key_from_environment() {
  const char* hex = std::getenv(access::two_factor_key_variable);
  if (!hex || !*hex) {
    log_json("warning", "no two-factor key: two-factor sign-in is unavailable until one is set",
             {{"variable", access::two_factor_key_variable}});
    return std::nullopt;
  }
  auto key = access::TwoFactorKey::from_hex(hex);
  if (!key) throw std::runtime_error(std::string(access::two_factor_key_variable) + ": " + key.error().message);
  return key.value();
}

void run_serve(const ServeOptions& options) {
  // Every request worker may hold a connection, and the audit writer needs one more.
  unsigned workers = options.server.workers ? options.server.workers : web::default_workers();
  auto database = store::open_database(options.db, workers + 2);
  store::migrate(*database);
  auto root = resource_root();
  web::Views views(root / "templates");
  web::StaticAssets assets(root / "web" / "dist");
  if (assets.size() == 0) {
    log_json("warning", "no compiled front end found: run `make assets`", {{"path", (root / "web" / "dist").string()}});
  }
  web::AppOptions app_options;
  app_options.secure_cookies = options.behind_tls_proxy;
  if (!options.list_routes) app_options.two_factor_key = two_factor_key_from_environment();
  web::WebApp application(*database, views, assets, app_options);
  if (options.list_routes) {
    for (const auto& route : application.routes()) std::cout << route << "\n";
    return;
  }
  web::ServerHandlers handlers;
  handlers.handle = [&application](web::Request& request) { return application.handle(request); };
  handlers.finish = [&application](web::Response& response) { application.finish(response); };
  handlers.log = [](const web::RequestLogEntry& entry) {
    log_json("info", "request",
             {{"method", entry.method}, {"path", entry.path}, {"status", entry.status}, {"bytes", entry.bytes},
              {"duration_ms", entry.duration_ms}, {"correlation_id", entry.correlation_id}});
  };
  handlers.on_listening = [&options](std::uint16_t port) {
    std::cout << "Pathway is serving http://" << options.server.bind << ":" << port << "/" << std::endl;
  };
  web::serve(options.server, std::move(handlers));
  log_json("info", "stopped");
}
}  // namespace

void add_serve_command(CLI::App& app) {
  auto options = std::make_shared<ServeOptions>();
  auto* serve = app.add_subcommand("serve", "Serve the web pages and assets");
  serve->add_option("--db", options->db, "SQLite file (created if missing) or postgresql:// URL")->required();
  serve->add_option("--bind", options->server.bind, "Address to listen on")->capture_default_str();
  serve->add_option("--port", options->server.port, "Port to listen on (0 picks a free one)")->capture_default_str();
  serve->add_option("--threads", options->server.threads, "Network threads (default: one per core)");
  serve->add_option("--workers", options->server.workers,
                    "Threads that run requests, which may wait on the database (default: 8 per core)");
  serve->add_option_function<int>(
           "--request-timeout",
           [options](int seconds) { options->server.request_timeout = std::chrono::seconds(seconds); },
           "Seconds a client has to send a whole request (default 15)")
      ->check(CLI::Range(1, 300));
  serve->add_option("--max-connections", options->server.max_connections,
                    "Open connections at most; more are answered 503 (default 512)")
      ->check(CLI::Range(1, 100000));
  serve->add_option("--max-connections-per-address", options->server.max_connections_per_address,
                    "Open connections one client address (IPv6: one /64) may hold; more from it are answered "
                    "503 while others are served. 0 = no limit, for a proxy in front that limits clients itself")
      ->capture_default_str()
      ->check(CLI::Range(0, 100000));
  serve->add_flag("--list-routes", options->list_routes,
                  "Print the page routes, one \"METHOD /pattern\" a line, and exit without serving");
  serve->add_flag("--behind-tls-proxy", options->behind_tls_proxy,
                  "Pages reach users over HTTPS through a proxy: mark cookies Secure, send HSTS, and take "
                  "the client's address from the proxy's X-Forwarded-For");
  serve->callback([options] { run_serve(*options); });
}

}  // namespace pathway::app
