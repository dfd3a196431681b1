// Sign in and sign out. The sign-in form is posted before a session exists, so its CSRF
// token is a double-submit cookie: a random value in a cookie that must match the form.
#include "access/sign_in.h"
#include "core/clock.h"
#include "core/random.h"
#include "web/app.h"
#include "web/cookies.h"
#include "web/return_target.h"

namespace pathway::web {

namespace {

constexpr std::string_view sign_in_cookie = "pathway_sign_in";

Response sign_in_form(PageContext& context, const AppOptions& options, const std::vector<FieldError>& errors,
                      int status) {
  std::string form_token;
  if (auto cookies = context.request.header("cookie")) {
    form_token = std::string(cookie_value(*cookies, sign_in_cookie).value_or(""));
  }
  if (form_token.size() != 43) form_token = random_token(32);
  ViewData data = layout_data(context, "Sign in", "");
  add_errors(data, errors);
  data.set("csrf_token", form_token);
  data.set("username", context.form_value("username"));
  data.set("return", context.query_value("return").empty() ? context.form_value("return")
                                                            : context.query_value("return"));
  if (context.query_value("signed_out") == "1") {
    ViewData banner;
    banner.set("heading", "You have signed out");
    banner.set("text", "Close the browser if you are on a shared computer.");
    data.set("notification", banner);
  }
  Response response = render_page(context, pages::sign_in, data, status);
  response.set_header("Set-Cookie", set_cookie(sign_in_cookie, form_token,
                                               {.secure = options.secure_cookies, .max_age_seconds = 3600}));
  return response;
}

// Seconds a browser is told to wait before signing in again when the server is busy.
constexpr int busy_retry_seconds = 5;

Response submit_sign_in(PageContext& context, const AppOptions& options, access::SignInService& sign_ins) {
  std::string cookie_token;
  if (auto cookies = context.request.header("cookie")) {
    cookie_token = std::string(cookie_value(*cookies, sign_in_cookie).value_or(""));
  }
  if (cookie_token.empty() || !constant_time_equal(cookie_token, context.form_value("csrf_token"))) {
    return sign_in_form(context, options, {{"username", "Your sign-in page expired. Sign in again."}}, 403);
  }
  std::string username = context.form_value("username");
  std::string password = context.form_value("password");
  std::vector<FieldError> errors;
  if (username.empty()) errors.push_back({"username", "Enter your username"});
  if (password.empty()) errors.push_back({"password", "Enter your password"});
  if (!errors.empty()) return sign_in_form(context, options, errors, 422);

  auto result = sign_ins.sign_in({username, password, context.request.remote_address}, now_unix_seconds());
  if (result.outcome == access::SignInResult::Outcome::busy) {
    Response busy = sign_in_form(context, options, {{"username", std::string(access::sign_in_busy_message)}}, 503);
    busy.set_header("Retry-After", std::to_string(busy_retry_seconds));
    return busy;
  }
  if (result.outcome == access::SignInResult::Outcome::refused) {
    return sign_in_form(context, options, {{"username", std::string(access::sign_in_failure_message)}}, 422);
  }
  // An account with a second step goes to it, carrying where it was going.
  std::string target = safe_return_target(context.form_value("return"));
  if (result.next == access::SecondStep::code) target = "/sign-in/two-factor?return=" + encode_query_value(target);
  if (result.next == access::SecondStep::enrol) target = "/account/two-factor?return=" + encode_query_value(target);
  Response response = Response::redirect(target);
  response.headers.emplace_back("Set-Cookie", set_cookie(session_cookie, result.started->token,
                                                         {.secure = options.secure_cookies}));
  response.headers.emplace_back("Set-Cookie", set_cookie(sign_in_cookie, "",
                                                         {.secure = options.secure_cookies, .max_age_seconds = 0}));
  return response;
}

Response submit_sign_out(PageContext& context, const AppOptions& options) {
  access::sign_out(context.database, session_token(context.request), context.session->staff,
                   context.request.remote_address);
  Response response = Response::redirect("/sign-in?signed_out=1");
  response.set_header("Set-Cookie", set_cookie(session_cookie, "", {.secure = options.secure_cookies, .max_age_seconds = 0}));
  return response;
}

}  // namespace

void add_sign_in_pages(Routes& routes, const AppOptions& options, access::SignInService& sign_ins) {
  routes.public_page(Method::get, "/sign-in", [&options](PageContext& context) {
    if (context.session) return Response::redirect("/");
    return sign_in_form(context, options, {}, 200);
  });
  routes.public_page(Method::post, "/sign-in", [&options, &sign_ins](PageContext& context) {
    return submit_sign_in(context, options, sign_ins);
  });
  routes.second_step_page(Method::post, "/sign-out", access::Permission::use_pathway,
              [&options](PageContext& context) { return submit_sign_out(context, options); });
}

}  // namespace pathway::web
