#include "web/cookies.h"

#include "core/text.h"

namespace pathway::web {

std::optional<std::string_view> cookie_value(std::string_view header, std::string_view name) {
  while (!header.empty()) {
    std::size_t end = header.find(';');
    std::string_view pair = trim(header.substr(0, end));
    std::size_t equals = pair.find('=');
    if (equals != std::string_view::npos && pair.substr(0, equals) == name) {
      return pair.substr(equals + 1);
    }
    if (end == std::string_view::npos) break;
    header.remove_prefix(end + 1);
  }
  return std::nullopt;
}

std::string set_cookie(std::string_view name, std::string_view value, const CookieOptions& options) {
  std::string cookie;
  cookie.append(name).append("=").append(value).append("; Path=").append(options.path);
  cookie += "; HttpOnly; SameSite=Lax";
  if (options.secure) cookie += "; Secure";
  if (options.max_age_seconds >= 0) cookie += "; Max-Age=" + std::to_string(options.max_age_seconds);
  return cookie;
}

}  // namespace pathway::web
