#include "web/security_headers.h"

#include <string>

namespace pathway::web {

const std::string_view js_enabled_script_hash = "sha256-GUQ5ad8JK5KmEWmROf3LZd9ge94daqNvd8xy9YS1iDw=";

void add_security_headers(Response& response, bool secure) {
  static const std::string policy =
      "default-src 'self'; script-src 'self' '" + std::string(js_enabled_script_hash) +
      "'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
      "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";
  response.set_header("Content-Security-Policy", policy);
  response.set_header("X-Content-Type-Options", "nosniff");
  response.set_header("X-Frame-Options", "DENY");
  response.set_header("Referrer-Policy", "same-origin");
  response.set_header("Cross-Origin-Opener-Policy", "same-origin");
  response.set_header("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
  if (secure) response.set_header("Strict-Transport-Security", "max-age=31536000");
  if (!response.header("Cache-Control")) response.set_header("Cache-Control", "no-store");
}

}  // namespace pathway::web
