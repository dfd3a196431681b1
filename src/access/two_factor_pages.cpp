// Two-factor sign-in for the person signing in: the second step after the password, and
// their own page (enrol, status, new recovery codes). A session pending its second step
// reaches only these pages and sign-out (Routes::second_step_page).
#include "access/two_factor.h"
#include "access/two_factor_policy.h"
#include "core/clock.h"
#include "core/dates.h"
#include "web/app.h"
#include "web/qr_code.h"
#include "web/return_target.h"

namespace pathway::web {

namespace {

constexpr std::string_view account_page = "/account/two-factor";

std::string return_value(const PageContext& context) {
  std::string query = context.query_value("return");
  return query.empty() ? context.form_value("return") : query;
}

// Where to go once the second step is done: back where the person was going.
Response continue_to_return(const PageContext& context) {
  return Response::redirect(safe_return_target(return_value(context)));
}

int status_for(const Error& error) {
  switch (error.kind) {
    case ErrorKind::invalid: return 422;
    case ErrorKind::forbidden: return 429;  // too many wrong codes
    case ErrorKind::unavailable: return 503;
    default: return 409;
  }
}

void set_code_field(ViewData& data, std::string_view label, std::string_view hint) {
  data.set("code_label", std::string(label));
  data.set("code_hint", std::string(hint));
}

access::CodeAttempt attempt_of(const PageContext& context) {
  return {context.staff(), context.form_value("code"), context.request.remote_address, now_unix_seconds()};
}

// The second step only makes sense for a session still waiting for it: a full session
// goes on, and one that must enrol first goes to enrolment.
std::optional<Response> elsewhere_than_code_step(PageContext& context) {
  if (!context.session->two_factor_pending) return continue_to_return(context);
  auto connection = context.database.acquire();
  auto step = access::second_step_after_password(*connection, context.staff());
  if (step == access::SecondStep::enrol) {
    return Response::redirect(std::string(account_page) + "?return=" + encode_query_value(return_value(context)));
  }
  if (step == access::SecondStep::none) {  // the administrator no longer requires it
    access::complete_two_factor(*connection, session_token(context.request));
    return continue_to_return(context);
  }
  return std::nullopt;
}

Response code_form(PageContext& context, const std::vector<FieldError>& errors, int status) {
  ViewData data = layout_data(context, "Enter your two-factor code", "");
  add_errors(data, errors);
  data.set("return", return_value(context));
  set_code_field(data, "Code", "The 6-digit code from your authenticator app, or a recovery code");
  return render_page(context, pages::two_factor_code, data, status);
}

Response submit_code(PageContext& context, access::TwoFactorService& two_factor) {
  if (auto elsewhere = elsewhere_than_code_step(context)) return *elsewhere;
  if (context.form_value("code").empty()) {
    return code_form(context, {{"code", "Enter the code from your authenticator app, or a recovery code"}}, 422);
  }
  auto done = two_factor.complete_sign_in(attempt_of(context), session_token(context.request));
  if (!done) return code_form(context, {{"code", done.error().message}}, status_for(done.error()));
  return continue_to_return(context);
}

Response enrol_form(PageContext& context, access::TwoFactorService& two_factor, const std::vector<FieldError>& errors,
                    int status) {
  auto enrolment = two_factor.enrolment(context.staff(), now_unix_seconds());
  if (!enrolment) {
    if (enrolment.error().kind == ErrorKind::conflict) return Response::redirect(std::string(account_page));
    return message_page(context, status_for(enrolment.error()), "Two-factor sign-in is not available",
                        enrolment.error().message);
  }
  ViewData data = layout_data(context, "Set up two-factor sign-in", "");
  add_errors(data, errors);
  data.set("required", context.session->two_factor_pending);
  data.set("return", return_value(context));
  data.set("qr_code", qr_code_data_uri(enrolment->uri));
  data.set("secret", enrolment->secret_for_reading);
  data.set("issuer", std::string(access::two_factor_issuer));
  data.set("username", context.username());
  set_code_field(data, "Code", "The 6-digit code the app shows for Pathway");
  return render_page(context, pages::two_factor_enrol, data, status);
}

Response status_page(PageContext& context, access::TwoFactorService& two_factor, const std::vector<FieldError>& errors,
                     int status) {
  auto enrolled = two_factor.status(context.staff());
  if (!enrolled.enrolled) return Response::redirect(std::string(account_page));
  ViewData data = layout_data(context, "Two-factor sign-in", "");
  add_errors(data, errors);
  auto since = parse_iso_instant(enrolled.enrolled_at);
  data.set("enrolled_at", since ? to_uk_local_display(*since) : enrolled.enrolled_at);
  data.set("recovery_codes_left", std::to_string(enrolled.recovery_codes_left));
  set_code_field(data, "Code from your authenticator app", "The 6-digit code the app shows now");
  return render_page(context, pages::two_factor_status, data, status);
}

Response show_account(PageContext& context, access::TwoFactorService& two_factor) {
  if (context.session->two_factor_pending) {
    auto connection = context.database.acquire();
    if (access::second_step_after_password(*connection, context.staff()) == access::SecondStep::code) {
      return Response::redirect("/sign-in/two-factor?return=" + encode_query_value(return_value(context)));
    }
  }
  if (two_factor.status(context.staff()).enrolled) return status_page(context, two_factor, {}, 200);
  return enrol_form(context, two_factor, {}, 200);
}

Response recovery_codes_page(PageContext& context, std::string heading, const std::vector<std::string>& codes,
                             std::string continue_to) {
  ViewData data = layout_data(context, heading, "");
  data.set("heading", std::move(heading));
  ViewList list;
  for (const auto& code : codes) list.emplace_back(code);
  data.set("codes", std::move(list));
  data.set("continue_to", std::move(continue_to));
  return render_page(context, pages::two_factor_recovery_codes, data, 200);
}

Response submit_enrolment(PageContext& context, access::TwoFactorService& two_factor) {
  if (context.form_value("code").empty()) {
    return enrol_form(context, two_factor, {{"code", "Enter the code your authenticator app shows"}}, 422);
  }
  auto codes = two_factor.confirm_enrolment(attempt_of(context), session_token(context.request));
  if (!codes) {
    if (codes.error().kind == ErrorKind::conflict) return Response::redirect(std::string(account_page));
    return enrol_form(context, two_factor, {{"code", codes.error().message}}, status_for(codes.error()));
  }
  std::string target = return_value(context).empty() ? std::string(account_page)
                                                     : safe_return_target(return_value(context));
  return recovery_codes_page(context, "Two-factor sign-in is on", codes.value(), target);
}

Response submit_new_recovery_codes(PageContext& context, access::TwoFactorService& two_factor) {
  if (context.form_value("code").empty()) {
    return status_page(context, two_factor, {{"code", "Enter the code your authenticator app shows"}}, 422);
  }
  auto codes = two_factor.replace_recovery_codes(attempt_of(context));
  if (!codes) {
    if (codes.error().kind == ErrorKind::conflict) return Response::redirect(std::string(account_page));
    return status_page(context, two_factor, {{"code", codes.error().message}}, status_for(codes.error()));
  }
  return recovery_codes_page(context, "Your new recovery codes", codes.value(), std::string(account_page));
}

}  // namespace

void add_two_factor_pages(Routes& routes, access::TwoFactorService& two_factor) {
  using access::Permission;
  routes.second_step_page(Method::get, "/sign-in/two-factor", Permission::use_pathway, [](PageContext& context) {
    if (auto elsewhere = elsewhere_than_code_step(context)) return *elsewhere;
    return code_form(context, {}, 200);
  });
  routes.second_step_page(Method::post, "/sign-in/two-factor", Permission::use_pathway,
                          [&two_factor](PageContext& context) { return submit_code(context, two_factor); });
  routes.second_step_page(Method::get, std::string(account_page), Permission::use_pathway,
                          [&two_factor](PageContext& context) { return show_account(context, two_factor); });
  routes.second_step_page(Method::post, std::string(account_page), Permission::use_pathway,
                          [&two_factor](PageContext& context) { return submit_enrolment(context, two_factor); });
  routes.page(Method::post, std::string(account_page) + "/recovery-codes", Permission::use_pathway,
              [&two_factor](PageContext& context) { return submit_new_recovery_codes(context, two_factor); });
}

}  // namespace pathway::web
