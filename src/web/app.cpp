#include "web/app.h"

#include "core/clock.h"
#include "core/log.h"
#include "core/random.h"
#include "core/text.h"
#include "web/client_address.h"
#include "web/cookies.h"
#include "web/media_type.h"
#include "web/security_headers.h"

namespace pathway::web {

// Each feature adds its pages here; defined in the feature's own folder.
void add_sign_in_pages(Routes& routes, const AppOptions& options, access::SignInService& sign_ins);
void add_two_factor_pages(Routes& routes, access::TwoFactorService& two_factor);
void add_two_factor_admin_pages(Routes& routes);
void add_home_pages(Routes& routes);
void add_children_pages(Routes& routes);
void add_allocation_pages(Routes& routes);
void add_chronology_pages(Routes& routes);
void add_caseload_pages(Routes& routes);
void add_password_change_pages(Routes& routes);
void add_account_form_pages(Routes& routes);
void add_account_pages(Routes& routes);
void add_team_pages(Routes& routes);
void add_place_pages(Routes& routes);
void add_settings_pages(Routes& routes);
void add_break_glass_pages(Routes& routes);
void add_restriction_pages(Routes& routes);
void add_sharing_pages(Routes& routes);
void add_audit_pages(Routes& routes);
void add_record_viewers_page(Routes& routes);
void add_offence_pages(Routes& routes);
void add_outcome_pages(Routes& routes);
void add_establishment_pages(Routes& routes);
void add_custody_pages(Routes& routes);
void add_requirement_pages(Routes& routes);
void add_order_pages(Routes& routes);
void add_court_pages(Routes& routes);
void add_decision_panel_pages(Routes& routes);
void add_performance_pages(Routes& routes);
void add_board_report_pages(Routes& routes);
void add_my_work_pages(Routes& routes);
void add_bank_holiday_pages(Routes& routes);
void add_deadline_rule_pages(Routes& routes);
void add_practice_assessment_pages(Routes& routes);
void add_contacts_pages(Routes& routes);
void add_breach_pages(Routes& routes);
void add_my_appointments_page(Routes& routes);
void add_calendar_pages(Routes& routes);
void add_contact_expectation_pages(Routes& routes);
void add_plan_pages(Routes& routes);
void add_case_note_pages(Routes& routes);
void add_flag_pages(Routes& routes);
void add_network_pages(Routes& routes);
void add_circumstance_pages(Routes& routes);
void add_wider_service_pages(Routes& routes);
void add_early_warning_pages(Routes& routes);

namespace {

// A form post from a signed-in user must carry the session's CSRF token. The sign-in form,
// posted before there is a session, is checked by its own page (double-submit cookie).
bool csrf_ok(const PageContext& context) {
  if (!context.session) return true;
  auto token = first_value(context.form, "csrf_token");
  return token && constant_time_equal(*token, context.session->csrf_token);
}

// Behind the TLS proxy every connection comes from the proxy: the client is the last
// address in X-Forwarded-For, which the proxy adds (the earlier entries, if any, came from
// the client and can be forged; a repeated header counts as one list, so the last header's
// last entry). Without the header, or when that entry is not an IP address, the
// connection's address stands: nothing else reaches the audit trail or the throttle.
std::string forwarded_client(const Request& request) {
  std::optional<std::string_view> forwarded;
  for (const auto& [name, value] : request.headers) {
    if (name == "x-forwarded-for") forwarded = value;
  }
  if (!forwarded) return request.remote_address;
  auto last = forwarded->rfind(',');
  auto client = parse_ip_address(trim(last == std::string_view::npos ? *forwarded : forwarded->substr(last + 1)));
  return client ? *client : request.remote_address;
}

Response method_not_allowed(const std::vector<Method>& allowed) {
  Response response = Response::plain(405, "Method not allowed\n");
  response.set_header("Allow", allow_header(allowed));
  return response;
}

// Where only reading makes sense (the health check, the front end's files): GET and HEAD.
std::optional<Response> unless_read(const Request& request) {
  if (request.method == Method::get || request.method == Method::head) return std::nullopt;
  return method_not_allowed({Method::get});
}

}  // namespace

std::string session_token(const Request& request) {
  auto header = request.header("cookie");
  if (!header) return "";
  return std::string(cookie_value(*header, session_cookie).value_or(""));
}

WebApp::WebApp(store::Database& database, const Views& views, const StaticAssets& assets, AppOptions options)
    : database_(database),
      views_(views),
      assets_(assets),
      options_(options),
      audit_log_(database),
      password_checks_(access::default_password_check_limits()),
      sign_ins_(database, audit_log_, password_checks_),
      two_factor_(database, options_.two_factor_key) {
  Routes routes(router_);
  add_sign_in_pages(routes, options_, sign_ins_);
  add_two_factor_pages(routes, two_factor_);
  add_two_factor_admin_pages(routes);
  add_home_pages(routes);
  add_children_pages(routes);
  add_allocation_pages(routes);
  add_chronology_pages(routes);
  add_caseload_pages(routes);
  add_password_change_pages(routes);
  add_account_form_pages(routes);  // before add_account_pages: "/admin/accounts/new" is not a username
  add_account_pages(routes);
  add_team_pages(routes);
  add_place_pages(routes);
  add_settings_pages(routes);
  add_break_glass_pages(routes);
  add_restriction_pages(routes);
  add_sharing_pages(routes);
  add_audit_pages(routes);
  add_record_viewers_page(routes);
  add_offence_pages(routes);
  add_outcome_pages(routes);
  add_establishment_pages(routes);
  add_custody_pages(routes);
  add_requirement_pages(routes);
  add_order_pages(routes);  // after add_outcome_pages: "/outcomes/new" is not an outcome
  add_court_pages(routes);
  add_decision_panel_pages(routes);
  add_performance_pages(routes);
  add_board_report_pages(routes);
  add_my_work_pages(routes);
  add_bank_holiday_pages(routes);
  add_deadline_rule_pages(routes);
  add_practice_assessment_pages(routes);
  add_contacts_pages(routes);
  add_breach_pages(routes);
  add_my_appointments_page(routes);
  add_calendar_pages(routes);
  add_contact_expectation_pages(routes);
  add_plan_pages(routes);
  add_case_note_pages(routes);
  add_flag_pages(routes);
  add_network_pages(routes);
  add_circumstance_pages(routes);
  add_wider_service_pages(routes);
  add_early_warning_pages(routes);
}

std::vector<std::string> WebApp::routes() const {
  std::vector<std::string> listed;
  for (const auto& [method, pattern, route] : router_.list()) {
    listed.push_back(std::string(method_name(method)) + " " + pattern + " " +
                     std::string(route->permission ? access::permission_code(*route->permission) : "public"));
  }
  return listed;
}

Response WebApp::handle(Request& request) {
  request.secure = options_.secure_cookies;
  if (options_.secure_cookies) request.remote_address = forwarded_client(request);
  Response response;
  try {
    response = dispatch(request);
  } catch (const std::exception& error) {
    log_json("error", "request failed", {{"correlation_id", request.correlation_id}, {"error", error.what()}});
    response = Response::plain(500, "Sorry, there is a problem with the service. Quote reference " +
                                         request.correlation_id + " if you contact support.\n");
    try {
      PageContext context{request, {}, std::nullopt, {}, {}, database_, views_, audit_log_};
      response = message_page(context, 500, "Sorry, there is a problem with the service",
                              "Try again later. If you contact support, quote reference " +
                                  request.correlation_id + ".");
    } catch (const std::exception&) {
      // Keep the plain-text answer: the templates themselves are what failed.
    }
  }
  return response;
}

void WebApp::finish(Response& response) const { add_security_headers(response, options_.secure_cookies); }

// Ready only when the database answers: a load balancer stops sending requests to a
// server whose database is unreachable, and sends them again once it is back.
Response WebApp::health() {
  try {
    auto connection = database_.acquire();
    connection->query("SELECT 1", {});
    return Response::plain(200, "ok\n");
  } catch (const store::StoreError& error) {
    log_json("warning", "not ready: the database does not answer", {{"error", error.what()}});
    return Response::plain(503, "not ready: the database does not answer\n");
  }
}

Response WebApp::dispatch(Request& request) {
  bool health_check = request.path == "/health";
  if (health_check || request.path.starts_with("/assets/")) {
    if (auto refusal = unless_read(request)) return *refusal;
    if (health_check) return health();
    if (auto asset = assets_.serve(request)) return *asset;
    return Response::plain(404, "Not found\n");
  }
  auto match = router_.match(request.method, request.path);
  return route(request, match);
}

Response WebApp::route(Request& request, const Router<Route>::Match& match) {
  auto query = decode_form(request.query);
  if (!query) return Response::plain(400, "The address has a malformed query string\n");
  PageContext context{request, match.params, std::nullopt, std::move(*query), {}, database_, views_, audit_log_};

  std::string token = session_token(request);
  if (!token.empty()) {
    auto connection = database_.acquire();
    context.session = access::resume_session(*connection, token, now_unix_seconds(), options_.session_policy);
  }

  if (!match.handler) {
    if (!match.allowed.empty()) return method_not_allowed(match.allowed);
    if (!context.session) return Response::plain(404, "Not found\n");
    return message_page(context, 404, "Page not found",
                        "If you typed the web address, check it is correct. If you pasted it, check "
                        "you copied the entire address.");
  }

  if (match.handler->permission && !context.session) {
    std::string target = request.method == Method::get ? request.target : "/";
    return Response::redirect("/sign-in?return=" + encode_query_value(target));
  }
  // A session whose password was accepted but whose second step is still to do opens
  // nothing else: every other page sends it to that step.
  if (match.handler->permission && context.session->two_factor_pending && !match.handler->open_before_second_step) {
    std::string target = request.method == Method::get ? request.target : "/";
    return Response::redirect("/sign-in/two-factor?return=" + encode_query_value(target));
  }

  if (match.handler->permission && context.session && context.session->staff.must_change_password &&
      request.path != password_change_path && request.path != "/sign-out") {
    return Response::redirect(std::string(password_change_path));
  }

  if (request.method == Method::post) {
    if (!is_form_content_type(request.header("content-type"))) {
      return Response::plain(415, "Forms must be sent as application/x-www-form-urlencoded\n");
    }
    auto form = decode_form(request.body);
    if (!form) return Response::plain(400, "The form data is malformed\n");
    context.form = std::move(*form);
    if (!csrf_ok(context)) {
      return message_page(context, 403, "This form has expired",
                          "For your security, forms stop working after a while or when you sign in "
                          "again. Go back, reload the page and try again. Nothing was saved.");
    }
  }
  if (auto refused = refusal(context, *match.handler)) return *refused;
  return match.handler->handler(context);
}

std::optional<Response> WebApp::refusal(PageContext& context, const Route& route) {
  if (!route.permission) return std::nullopt;
  const access::StaffMember& staff = context.session->staff;
  if (!staff.may(*route.permission)) {
    context.audit_log.record(context.audit("access.refused", "", "",
                                           std::string(method_name(context.request.method)) + " " +
                                               context.request.path + ": needs " +
                                               std::string(access::permission_code(*route.permission))));
    return message_page(context, 403, "You do not have access to this page",
                        "Your role does not include this part of Pathway. If you need it for your work, ask "
                        "your manager.");
  }
  if (!route.guard) return std::nullopt;
  const RecordGuard& guard = *route.guard;
  auto id = context.params.find(guard.param);
  if (id == context.params.end() || guard.may_open(context, id->second)) return std::nullopt;
  context.audit_log.record(context.audit(guard.record_type + ".refused", guard.record_type, id->second,
                                         std::string(method_name(context.request.method)) + " " +
                                             context.request.path));
  return guard.not_found(context);
}

}  // namespace pathway::web
