#pragma once
// The web application's composition root: the chain every request passes through
// (health -> assets -> session -> sign-in gate -> CSRF -> route -> 404/405 -> 500), and
// the finishing touches (security headers) the server puts on every answer it writes.
// Features add their pages through Routes.
#include "access/sessions.h"
#include "access/sign_in.h"
#include "store/database.h"
#include "web/page.h"
#include "web/static_assets.h"
#include "web/views.h"

namespace pathway::web {

inline constexpr std::string_view session_cookie = "pathway_session";

struct AppOptions {
  bool secure_cookies = false;  // served over TLS (directly or by a proxy in front)
  access::SessionPolicy session_policy;
};

struct Route {
  PageHandler handler;
  bool signed_in_only = true;
};

class Routes {
 public:
  explicit Routes(Router<Route>& router) : router_(router) {}
  void page(Method method, std::string pattern, PageHandler handler) {
    router_.add(method, std::move(pattern), Route{std::move(handler), true});
  }
  void public_page(Method method, std::string pattern, PageHandler handler) {
    router_.add(method, std::move(pattern), Route{std::move(handler), false});
  }

 private:
  Router<Route>& router_;
};

class WebApp {
 public:
  WebApp(store::Database& database, const Views& views, const StaticAssets& assets, AppOptions options);
  // Never throws: a failure becomes a 500 page carrying the correlation id.
  Response handle(Request& request);
  // Adds the security headers: the server calls it on every response it writes, its own
  // refusals (400, 413, 431, 503) included.
  void finish(Response& response) const;
  const AppOptions& options() const { return options_; }
  // Every page route as "METHOD /pattern" ("GET /children/{id}"), for `serve
  // --list-routes`: the audit coverage test drives each of them. /health and /assets/ are
  // answered before routing.
  std::vector<std::string> routes() const;

 private:
  Response dispatch(Request& request);
  Response health();
  Response route(Request& request, const Router<Route>::Match& match);

  store::Database& database_;
  const Views& views_;
  const StaticAssets& assets_;
  AppOptions options_;
  access::AuditWriter audit_log_;
  access::PasswordChecks password_checks_;
  access::SignInService sign_ins_;
  Router<Route> router_;
};

// The session token from the request's cookie ("" if none).
std::string session_token(const Request& request);

}  // namespace pathway::web
