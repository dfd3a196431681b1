#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace pathway::web {

// The value of the named cookie in a Cookie header ("a=1; b=2"), or nullopt.
std::optional<std::string_view> cookie_value(std::string_view cookie_header, std::string_view name);

struct CookieOptions {
  bool secure = false;          // only over TLS
  long max_age_seconds = -1;    // -1: a session cookie; 0: delete it
  std::string_view path = "/";
};

// A Set-Cookie value that is HttpOnly and SameSite=Lax (Lax, so that following a link
// to Pathway from an email keeps the user signed in; state changes are POSTs with a CSRF
// token and are not sent cross-site).
std::string set_cookie(std::string_view name, std::string_view value, const CookieOptions& options);

}  // namespace pathway::web
