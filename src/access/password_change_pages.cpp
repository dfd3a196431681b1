// Changing your own password (/account/password). An administrator may require it: until
// the person has chosen a new password, every other page sends them here (web/app.cpp).
#include "access/accounts.h"
#include "access/audit.h"
#include "store/transaction.h"
#include "web/app.h"

namespace pathway::web {

namespace {

Response password_form(PageContext& context, const std::vector<FieldError>& errors, int status) {
  ViewData data = layout_data(context, "Change your password", "");
  data.set("must_change", context.staff().must_change_password);
  if (context.query_value("changed") == "1") {
    ViewData banner;
    banner.set("heading", "Your password has been changed");
    banner.set("text", "Any other sessions you had open have ended.");
    data.set("notification", std::move(banner));
  }
  add_errors(data, errors);
  return render_page(context, pages::change_password, data, status);
}

Response change_password(PageContext& context) {
  std::string current = context.form_value("current-password");
  std::string replacement = context.form_value("new-password");
  std::vector<FieldError> errors;
  if (current.empty()) errors.push_back({"current-password", "Enter your current password"});
  if (replacement.empty()) {
    errors.push_back({"new-password", "Enter a new password"});
  } else if (replacement != context.form_value("confirm-password")) {
    errors.push_back({"confirm-password", "The passwords do not match: type the new password again"});
  }
  if (!errors.empty()) return password_form(context, errors, 422);

  auto connection = context.database.acquire();
  store::Transaction transaction(*connection);
  auto changed = access::change_own_password(*connection, context.staff(), current, replacement,
                                             session_token(context.request));
  if (!changed) {
    bool wrong_current = changed.error().kind == ErrorKind::forbidden;
    return password_form(context, {{wrong_current ? "current-password" : "new-password", changed.error().message}},
                         422);
  }
  access::record_audit_event(*connection, context.audit("staff.change_password", "staff", context.username(),
                                                        "other sessions ended"));
  transaction.commit();
  return Response::redirect(std::string(password_change_path) + "?changed=1");
}

}  // namespace

void add_password_change_pages(Routes& routes) {
  routes.page(Method::get, std::string(password_change_path), access::Permission::use_pathway,
              [](PageContext& context) { return password_form(context, {}, 200); });
  routes.page(Method::post, std::string(password_change_path), access::Permission::use_pathway, change_password);
}

}  // namespace pathway::web
