#pragma once
// The web application's composition root: the chain every request passes through
// (health -> assets -> session -> sign-in gate -> CSRF -> route -> 404/405 -> 500), and
// the finishing touches (security headers) the server puts on every answer it writes.
// Features add their pages through Routes.
#include <memory>
#include <optional>

#include "access/permissions.h"
#include "access/sessions.h"
#include "access/sign_in.h"
#include "store/database.h"
#include "web/page.h"
#include "web/static_assets.h"
#include "web/views.h"

namespace pathway::web {

inline constexpr std::string_view session_cookie = "pathway_session";

// Where someone an administrator has required to change their password is sent from every
// other page until they have done it (signing out stays open to them).
inline constexpr std::string_view password_change_path = "/account/password";

struct AppOptions {
  bool secure_cookies = false;  // served over TLS (directly or by a proxy in front)
  access::SessionPolicy session_policy;
};

// How a route that shows or changes one record checks need to know before its handler
// runs. A refused record answers exactly as a record that does not exist (same status,
// same page), and the refusal is audited.
struct RecordGuard {
  std::string record_type;    // "child": names the record in the refusal's audit event
  std::string param = "id";   // the route parameter holding the record's public id
  std::function<bool(PageContext&, const std::string& id)> may_open;
  std::function<Response(PageContext&)> not_found;  // the answer for a missing or refused record
};

struct Route {
  PageHandler handler;
  std::optional<access::Permission> permission;  // nullopt: open to anyone, signed in or not
  std::shared_ptr<const RecordGuard> guard;      // null: the route is not about one record
};

// Every route declares what it needs: there is no way to add one without a permission or
// an explicit public_page, and the access matrix test (tests/http/access_matrix.test.mjs)
// fails for a route missing from its table.
class Routes {
 public:
  explicit Routes(Router<Route>& router) : router_(router) {}
  // Signed in, holding `permission`.
  void page(Method method, std::string pattern, access::Permission permission, PageHandler handler) {
    router_.add(method, std::move(pattern), Route{std::move(handler), permission, nullptr});
  }
  // Signed in, holding `permission`, and allowed the record named in the path by `guard`.
  void record_page(Method method, std::string pattern, access::Permission permission,
                   std::shared_ptr<const RecordGuard> guard, PageHandler handler) {
    router_.add(method, std::move(pattern), Route{std::move(handler), permission, std::move(guard)});
  }
  // Anyone, signed in or not (sign-in, the accessibility statement, the privacy notice).
  void public_page(Method method, std::string pattern, PageHandler handler) {
    router_.add(method, std::move(pattern), Route{std::move(handler), std::nullopt, nullptr});
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
  // Every page route as "METHOD /pattern permission" ("GET /children/{id}
  // read_child_record", "GET /privacy public"), for `serve --list-routes`: the audit
  // coverage and access matrix tests drive each of them. /health and /assets/ are answered
  // before routing.
  std::vector<std::string> routes() const;

 private:
  Response dispatch(Request& request);
  Response health();
  Response route(Request& request, const Router<Route>::Match& match);
  // The refusal when the signed-in account lacks the route's permission or the record.
  std::optional<Response> refusal(PageContext& context, const Route& route);

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
