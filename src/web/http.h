#pragma once
// The request and response the application sees. The HTTP server (web/http_server.cpp)
// translates to and from Boost.Beast, so nothing else includes Beast.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pathway::web {

enum class Method { get, head, post, put, patch, delete_, options, other };

struct Request {
  Method method = Method::get;
  std::string target;  // as sent: path and query string
  std::string path;    // percent-decoding is left to the router
  std::string query;   // without the '?'
  std::vector<std::pair<std::string, std::string>> headers;  // names in lower case
  std::string body;
  std::string remote_address;
  std::string correlation_id;
  bool secure = false;  // served over TLS (directly or behind a proxy we trust)

  // The first header with this lower-case name.
  std::optional<std::string_view> header(std::string_view name) const;
};

struct Response {
  int status = 200;
  std::string content_type = "text/html; charset=utf-8";
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;

  void set_header(std::string name, std::string value);
  std::optional<std::string_view> header(std::string_view name) const;

  // 303 See Other: the answer to a successful form post (post/redirect/get).
  static Response redirect(std::string location);
  static Response plain(int status, std::string body);
};

// The method's name as sent on the wire ("GET"); "" for Method::other.
std::string_view method_name(Method method);

// The value of an Allow header for these methods: each named once, HEAD wherever GET is
// (the GET handler answers it), in a fixed order: allow_header({post, get, post}) ==
// "GET, HEAD, POST".
std::string allow_header(const std::vector<Method>& methods);

// The reason phrase for a status code ("Not Found").
std::string_view status_reason(int status);

}  // namespace pathway::web
