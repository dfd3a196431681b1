#pragma once
#include "web/http.h"

namespace pathway::web {

// The SHA-256 of the one inline script the pages carry: GOV.UK Frontend's documented
// js-enabled line in templates/partials/layout_top.mustache (checked by a unit test).
extern const std::string_view js_enabled_script_hash;

// Adds the Content-Security-Policy and the other security headers to every answer, and
// "no-store" to pages, which hold personal data and must not sit in shared caches.
void add_security_headers(Response& response, bool secure);

}  // namespace pathway::web
