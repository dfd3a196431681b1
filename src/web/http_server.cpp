// The only file that includes Boost.Beast: it is slow to compile, so it is kept to one.
#include "web/http_server.h"

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <array>
#include <atomic>
#include <mutex>
#include <set>
#include <sstream>
#include <thread>
#include <unordered_map>

#include "core/log.h"
#include "core/random.h"
#include "core/text.h"
#include "web/client_address.h"

namespace pathway::web {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

namespace {

Method to_method(http::verb verb) {
  switch (verb) {
    case http::verb::get: return Method::get;
    case http::verb::head: return Method::head;
    case http::verb::post: return Method::post;
    case http::verb::put: return Method::put;
    case http::verb::patch: return Method::patch;
    case http::verb::delete_: return Method::delete_;
    case http::verb::options: return Method::options;
    default: return Method::other;
  }
}

// Why a request's header cannot be trusted to say where the request ends or what it is,
// or nullopt. Beast lets some of these through: a Transfer-Encoding that is not chunked
// (its body would then be read as the next request), one whose last coding is chunked
// after another, a Transfer-Encoding before a Content-Length. RFC 9112 (3.2, 6.1, 6.3)
// requires a 400 and closing the connection; a repeated field the application reads once
// is refused likewise, so that no two readers of the request can see different values.
std::optional<std::string_view> framing_fault(const http::request_header<>& header) {
  std::size_t encodings = 0, lengths = 0, hosts = 0, types = 0, cookies = 0;
  for (const auto& field : header) {
    switch (field.name()) {
      case http::field::transfer_encoding: ++encodings; break;
      case http::field::content_length: ++lengths; break;
      case http::field::host: ++hosts; break;
      case http::field::content_type: ++types; break;
      case http::field::cookie: ++cookies; break;
      default: break;
    }
  }
  if (encodings > 0) {
    if (encodings > 1 || lengths > 0 || header.version() < 11 ||
        ascii_lower(trim(header[http::field::transfer_encoding])) != "chunked") {
      return "The only Transfer-Encoding accepted is chunked, once, without Content-Length";
    }
  }
  if (header.version() >= 11 && hosts == 0) return "A Host header is required";
  if (hosts > 1 || lengths > 1 || types > 1 || cookies > 1) return "A header that may appear once is repeated";
  return std::nullopt;
}

http::response<http::string_body> to_beast(const Request& request, Response response, unsigned version,
                                           bool keep_alive, bool head) {
  http::response<http::string_body> reply(static_cast<http::status>(response.status), version);
  reply.set(http::field::content_type, response.content_type);
  if (!request.correlation_id.empty()) reply.set("X-Correlation-Id", request.correlation_id);
  // insert, not set: a response may carry several Set-Cookie headers.
  for (auto& [name, value] : response.headers) reply.insert(name, value);
  if (head) {
    reply.content_length(response.body.size());
  } else {
    reply.body() = std::move(response.body);
    reply.prepare_payload();
  }
  reply.keep_alive(keep_alive);
  return reply;
}

// The answer to a connection turned away at a connection limit, written whole in one go:
// built once, with the headers every response carries.
std::string busy_answer(const ResponseFinisher& finish) {
  Response response = Response::plain(503, "The service is busy: try again shortly.\n");
  response.set_header("Retry-After", "1");
  if (finish) finish(response);
  std::ostringstream out;
  out << to_beast(Request{}, std::move(response), 11, false, false);
  return out.str();
}

class Connection;

// What every connection shares: the handlers, the options, and the open connections (so
// shutdown can close the idle ones), counted per client for the per-address limit.
struct ServerState {
  const ServerOptions& options;
  asio::thread_pool& workers;
  ServerHandlers handlers;
  std::string busy_answer;
  std::atomic<bool> stopping{false};
  std::mutex mutex{};
  std::set<std::shared_ptr<Connection>> open{};
  std::unordered_map<std::string, std::size_t> open_per_client{};

  // Under the lock: true, counting the connection, if neither the server nor this client
  // is at its limit.
  bool admit(const std::shared_ptr<Connection>& connection, const std::string& client) {
    if (open.size() >= options.max_connections) return false;
    auto held = open_per_client.find(client);
    std::size_t limit = options.max_connections_per_address;
    if (limit > 0 && held != open_per_client.end() && held->second >= limit) return false;
    ++open_per_client[client];
    open.insert(connection);
    return true;
  }

  // Under the lock: forgets a closed connection (once, however often it is closed).
  void release(const std::shared_ptr<Connection>& connection, const std::string& client) {
    if (open.erase(connection) == 0) return;
    auto held = open_per_client.find(client);
    if (held != open_per_client.end() && --held->second == 0) open_per_client.erase(held);
  }
};

class Connection : public std::enable_shared_from_this<Connection> {
 public:
  Connection(tcp::socket socket, std::string address, ServerState& state)
      : stream_(std::move(socket)), state_(state), address_(std::move(address)), client_(connection_client(address_)) {}

  // The client this connection counts against (see connection_client).
  const std::string& client() const { return client_; }

  void start() {
    asio::dispatch(stream_.get_executor(), [self = shared_from_this()] { self->read_request(); });
  }

  // Over a connection limit a newcomer is told to come back shortly and closed, unread and
  // uncounted, so open connections (and file descriptors) cannot grow without bound, nor
  // one client hold them all.
  void turn_away(std::string_view busy) {
    auto& socket = stream_.socket();
    beast::error_code ignored;
    socket.non_blocking(true, ignored);  // a fresh socket's send buffer takes this at once
    socket.write_some(asio::buffer(busy), ignored);
    socket.shutdown(tcp::socket::shutdown_both, ignored);
    socket.close(ignored);
  }

  // Called at shutdown: a connection waiting for a request is closed; one handling a
  // request finishes it and closes after writing.
  void close_if_idle() {
    asio::post(stream_.get_executor(), [self = shared_from_this()] {
      if (!self->busy_) self->stream_.socket().close();
    });
  }

 private:
  // Between requests on a kept-alive connection the client may pause for the idle timeout.
  // Once the next request's first byte arrives, its header must follow within the request
  // timeout, as for a first request: a client trickling a byte at a time cannot hold a
  // connection open for an idle timeout per byte.
  void read_request() {
    parser_.emplace();
    parser_->header_limit(static_cast<std::uint32_t>(state_.options.header_limit));
    parser_->body_limit(state_.options.body_limit);
    if (first_request_ || buffer_.size() > 0) return read_header();
    stream_.expires_after(state_.options.idle_timeout);
    stream_.async_read_some(buffer_.prepare(first_read_size),
                            [self = shared_from_this()](beast::error_code error, std::size_t bytes) {
                              if (error) return self->fail_read(error);
                              self->buffer_.commit(bytes);
                              self->read_header();
                            });
  }

  // A request starts with its first byte: from here its duration is measured, whether it
  // ends in an answer from the handler or in the server's own error.
  void read_header() {
    started_ = std::chrono::steady_clock::now();
    stream_.expires_after(state_.options.request_timeout);
    http::async_read_header(stream_, buffer_, *parser_,
                            [self = shared_from_this()](beast::error_code error, std::size_t) {
                              self->on_header(error);
                            });
  }

  void on_header(beast::error_code error) {
    if (error) return fail_read(error);
    busy_ = true;
    // Once a request has begun, the whole of it must arrive within the request timeout.
    stream_.expires_after(state_.options.request_timeout);
    const auto& header = parser_->get();
    auto target = header.target();
    std::string method(header.method_string()), path(target.substr(0, target.find('?')));
    if (auto fault = framing_fault(header)) return reply_error(400, *fault, method, path);
    auto length = parser_->content_length();
    if (length && *length > state_.options.body_limit) {
      return reply_error(413, "Request body too large", method, path);
    }
    http::async_read(stream_, buffer_, *parser_,
                     [self = shared_from_this()](beast::error_code read_error, std::size_t) {
                       self->on_body(read_error);
                     });
  }

  void on_body(beast::error_code error) {
    if (error) return fail_read(error);
    handle(parser_->release());
  }

  void fail_read(beast::error_code error) {
    // A client that went away or was too slow: nothing to answer.
    if (error == http::error::end_of_stream || error == beast::error::timeout ||
        error == asio::error::operation_aborted || error == asio::error::connection_reset ||
        error == asio::error::eof || error == asio::error::bad_descriptor) {
      return close();
    }
    if (error == http::error::header_limit) return reply_error(431, "Request headers too large");
    if (error == http::error::body_limit) return reply_error(413, "Request body too large");
    reply_error(400, "Malformed request");
  }

  // The server's own answer to a request it will not pass on; the connection is closed
  // after it. `method` and `path` are for the log, "-" when the header never arrived whole.
  void reply_error(int status, std::string_view message, std::string method = "-", std::string path = "-") {
    busy_ = true;
    // The client may still be sending the rest of the request: drain it after answering.
    unread_input_ = true;
    Response response = Response::plain(status, std::string(message) + "\n");
    Request request;
    request.correlation_id = random_token(9);
    send(request, std::move(response), std::move(method), std::move(path), false, 11);
  }

  void handle(http::request<http::string_body> message) {
    Request request;
    request.method = to_method(message.method());
    request.target = std::string(message.target());
    auto question = request.target.find('?');
    request.path = request.target.substr(0, question);
    if (question != std::string::npos) request.query = request.target.substr(question + 1);
    for (const auto& field : message) {
      std::string name(field.name_string());
      for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      request.headers.emplace_back(std::move(name), std::string(field.value()));
    }
    request.body = std::move(message.body());
    request.remote_address = address_;
    request.correlation_id = random_token(9);
    bool keep_alive = message.keep_alive() && !state_.stopping;
    auto job = std::make_shared<Job>(Job{std::move(request), std::string(message.method_string()), keep_alive,
                                         message.version()});
    asio::post(state_.workers, [self = shared_from_this(), job] {
      auto response = std::make_shared<Response>(self->state_.handlers.handle(job->request));
      // Back to this connection's strand to write the answer.
      asio::post(self->stream_.get_executor(), [self, job, response] {
        self->send(job->request, std::move(*response), job->method, job->request.path, job->keep_alive,
                   job->version, job->request.method == Method::head);
      });
    });
  }

  // A request on its way through a worker and back.
  struct Job {
    Request request;
    std::string method;
    bool keep_alive;
    unsigned version;
  };

  void send(const Request& request, Response response, std::string method, std::string path,
            bool keep_alive, unsigned version, bool head = false) {
    if (state_.handlers.finish) state_.handlers.finish(response);
    std::size_t bytes = response.body.size();
    int status = response.status;
    auto reply = std::make_shared<http::response<http::string_body>>(
        to_beast(request, std::move(response), version, keep_alive, head));
    auto entry = std::make_shared<std::tuple<std::string, std::string, int, std::string>>(
        std::move(method), std::move(path), status, request.correlation_id);
    http::async_write(stream_, *reply,
                      [self = shared_from_this(), reply, entry, bytes](beast::error_code error, std::size_t) {
                        self->on_written(error, *reply, *entry, bytes);
                      });
  }

  void on_written(beast::error_code error, const http::response<http::string_body>& reply,
                  const std::tuple<std::string, std::string, int, std::string>& entry, std::size_t bytes) {
    double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started_).count();
    if (state_.handlers.log) {
      state_.handlers.log({std::get<0>(entry), std::get<1>(entry), std::get<2>(entry), bytes, ms, std::get<3>(entry)});
    }
    busy_ = false;
    first_request_ = false;
    if (!error && unread_input_) return linger();
    if (error || !reply.keep_alive() || state_.stopping) return close();
    read_request();
  }

  // Closing a socket with unread input sends a TCP reset, which can destroy the answer
  // before the client reads it. So: stop sending, read and discard what the client still
  // sends for a short while, then close.
  void linger() {
    beast::error_code ignored;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
    stream_.expires_after(std::chrono::seconds(2));
    drain();
  }

  void drain() {
    stream_.async_read_some(asio::buffer(discard_), [self = shared_from_this()](beast::error_code error, std::size_t) {
      if (error) return self->close();
      self->drain();
    });
  }

  void close() {
    beast::error_code ignored;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
    stream_.socket().close(ignored);
    std::lock_guard lock(state_.mutex);
    state_.release(shared_from_this(), client_);
  }

  beast::tcp_stream stream_;
  ServerState& state_;
  static constexpr std::size_t first_read_size = 4096;
  beast::flat_buffer buffer_;
  std::optional<http::request_parser<http::string_body>> parser_;
  std::string address_;
  std::string client_;
  bool busy_ = false;
  bool unread_input_ = false;
  std::array<char, 16384> discard_{};
  bool first_request_ = true;
  std::chrono::steady_clock::time_point started_;
};

void accept_next(tcp::acceptor& acceptor, asio::io_context& io, ServerState& state) {
  acceptor.async_accept(asio::make_strand(io), [&acceptor, &io, &state](beast::error_code error,
                                                                        tcp::socket socket) {
    if (error == asio::error::operation_aborted || state.stopping) return;
    if (error) {
      // Out of file descriptors or memory: accepting again at once would spin. Pause.
      log_json("warning", "cannot accept a connection", {{"error", error.message()}});
      auto pause = std::make_shared<asio::steady_timer>(io, std::chrono::milliseconds(100));
      pause->async_wait([pause, &acceptor, &io, &state](beast::error_code) { accept_next(acceptor, io, state); });
      return;
    }
    beast::error_code unknown;
    auto endpoint = socket.remote_endpoint(unknown);
    std::string address = unknown ? std::string() : endpoint.address().to_string();
    auto connection = std::make_shared<Connection>(std::move(socket), std::move(address), state);
    std::unique_lock lock(state.mutex);
    if (state.admit(connection, connection->client())) {
      lock.unlock();
      connection->start();
    } else {
      lock.unlock();
      connection->turn_away(state.busy_answer);
    }
    accept_next(acceptor, io, state);
  });
}

}  // namespace

unsigned default_workers() { return 8 * std::max(1u, std::thread::hardware_concurrency()); }

void serve(const ServerOptions& options, ServerHandlers handlers) {
  unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  unsigned workers = options.workers ? options.workers : default_workers();
  asio::io_context io(static_cast<int>(threads));
  asio::thread_pool worker_pool(workers);
  std::string busy = busy_answer(handlers.finish);
  auto on_listening = std::move(handlers.on_listening);
  ServerState state{options, worker_pool, std::move(handlers), std::move(busy)};

  tcp::endpoint endpoint(asio::ip::make_address(options.bind), options.port);
  tcp::acceptor acceptor(io);
  beast::error_code error;
  acceptor.open(endpoint.protocol(), error);
  if (!error) acceptor.set_option(asio::socket_base::reuse_address(true), error);
  if (!error) acceptor.bind(endpoint, error);
  if (!error) acceptor.listen(asio::socket_base::max_listen_connections, error);
  if (error) {
    throw std::runtime_error("cannot listen on " + options.bind + ":" + std::to_string(options.port) +
                             ": " + error.message());
  }

  asio::steady_timer deadline(io);
  asio::signal_set signals(io, SIGINT, SIGTERM);
  signals.async_wait([&](beast::error_code, int) {
    state.stopping = true;
    beast::error_code ignored;
    acceptor.close(ignored);
    std::set<std::shared_ptr<Connection>> open;
    {
      std::lock_guard lock(state.mutex);
      open = state.open;
    }
    for (const auto& connection : open) connection->close_if_idle();
    // Requests still running after the grace period are abandoned; their transactions roll
    // back when the process exits, so nothing is half-written.
    deadline.expires_after(options.shutdown_grace);
    deadline.async_wait([&](beast::error_code timer_error) {
      if (!timer_error) io.stop();
    });
  });

  accept_next(acceptor, io, state);
  if (on_listening) on_listening(acceptor.local_endpoint().port());

  std::vector<std::thread> pool;
  for (unsigned i = 1; i < threads; ++i) pool.emplace_back([&io] { io.run(); });
  // run() returns when all connections are closed and the deadline timer is cancelled or
  // fired; cancel the timer once nothing else is left.
  std::thread watcher([&] {
    while (!io.stopped()) {
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
      if (!state.stopping) continue;
      std::lock_guard lock(state.mutex);
      if (state.open.empty()) {
        asio::post(io, [&] {
          deadline.cancel();
          signals.cancel();
        });
        break;
      }
    }
  });
  io.run();
  for (auto& thread : pool) thread.join();
  watcher.join();
  worker_pool.join();
}

}  // namespace pathway::web
