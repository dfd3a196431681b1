#pragma once
// The HTTP/1.1 server: Boost.Beast on a thread pool, keep-alive, limits on header size,
// body size and slow clients, graceful shutdown on SIGTERM/SIGINT. It knows nothing of
// pages: it hands each request to the application's handler.
#include <chrono>
#include <cstdint>
#include <functional>
#include <string>

#include "web/http.h"

namespace pathway::web {

struct ServerOptions {
  std::string bind = "127.0.0.1";
  std::uint16_t port = 8080;  // 0 picks a free port
  unsigned threads = 0;       // network threads; 0 = one per core
  // Request handlers run on their own pool: they block on the database (a write waits for
  // its group commit), and network threads must never block. 0 = 8 per core.
  unsigned workers = 0;
  std::size_t max_connections = 512;  // more are answered 503 and closed
  // Open connections one client may hold (connection_client: an IPv4 address, an IPv6
  // /64); more from it are answered 503 and closed while other clients are served. 0 = no
  // limit (behind a proxy, whose address every connection carries).
  std::size_t max_connections_per_address = 32;
  std::size_t header_limit = 16 * 1024;
  std::size_t body_limit = 1024 * 1024;
  std::chrono::seconds request_timeout{15};  // a request must arrive whole within this
  std::chrono::seconds idle_timeout{60};     // keep-alive connection with no request
  std::chrono::seconds shutdown_grace{20};   // in-flight requests get this long at shutdown
};

// The number of request workers when ServerOptions::workers is 0: 8 per core.
unsigned default_workers();

using RequestHandler = std::function<Response(Request&)>;

// One line per request, without personal data: called after the response is written.
struct RequestLogEntry {
  std::string_view method;
  std::string_view path;
  int status;
  std::size_t bytes;
  double duration_ms;
  std::string_view correlation_id;
};
using RequestLogger = std::function<void(const RequestLogEntry&)>;

// Applied to every response the server writes: the handler's, and the server's own
// answers to requests it refuses (400, 413, 431) and to connections it turns away (503).
using ResponseFinisher = std::function<void(Response&)>;

// What the server calls. Only `handle` is required.
struct ServerHandlers {
  RequestHandler handle;
  ResponseFinisher finish;
  RequestLogger log;
  std::function<void(std::uint16_t)> on_listening;  // with the bound port, once accepting
};

// Serves until SIGTERM or SIGINT, then stops accepting, lets in-flight requests finish and
// returns. Requests whose framing is ambiguous (RFC 9112: a Transfer-Encoding other than
// exactly one "chunked", Transfer-Encoding with Content-Length, an HTTP/1.1 request
// without exactly one Host, a repeated Host, Content-Length, Content-Type or Cookie) are
// answered 400 and the connection closed, so no part of their body can pass for a
// request. Throws std::runtime_error if the address cannot be bound.
void serve(const ServerOptions& options, ServerHandlers handlers);

}  // namespace pathway::web
