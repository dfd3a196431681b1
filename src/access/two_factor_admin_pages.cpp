// The administrator's side of two-factor sign-in: which roles must use it, who has set it
// up, and resetting one person's second factor (a lost phone). Each change is audited in
// the transaction that makes it.
#include <algorithm>

#include "access/audit.h"
#include "access/two_factor.h"
#include "access/two_factor_policy.h"
#include "access/two_factor_store.h"
#include "core/dates.h"
#include "store/transaction.h"
#include "web/app.h"

namespace pathway::web {

namespace {

constexpr std::string_view admin_page = "/admin/two-factor";

Response roles_page(PageContext& context, const std::vector<access::Role>& chosen,
                    const std::vector<FieldError>& errors, int status) {
  ViewData data = layout_data(context, "Two-factor sign-in", "");
  add_errors(data, errors);
  if (context.query_value("saved") == "1") {
    ViewData banner;
    banner.set("heading", "The roles that must use two-factor sign-in are saved");
    data.set("notification", banner);
  }
  ViewList roles;
  for (auto role : access::all_roles()) {
    ViewData item;
    std::string code(access::role_code(role));
    item.set("id", roles.empty() ? "roles" : "role-" + code);  // the error summary links to the first
    item.set("code", code);
    item.set("label", std::string(access::role_label(role)));
    item.set("checked", std::find(chosen.begin(), chosen.end(), role) != chosen.end());
    roles.push_back(std::move(item));
  }
  data.set("roles", std::move(roles));
  ViewList enrolled;
  auto connection = context.database.acquire();
  for (const auto& account : access::enrolled_accounts(*connection)) {
    ViewData item;
    item.set("display_name", account.display_name);
    item.set("username", account.username);
    auto since = parse_iso_instant(account.confirmed_at);
    item.set("enrolled_at", since ? to_uk_local_display(*since) : account.confirmed_at);
    enrolled.push_back(std::move(item));
  }
  data.set("has_enrolled", !enrolled.empty());
  data.set("enrolled", std::move(enrolled));
  return render_page(context, pages::two_factor_roles, data, status);
}

Response show_roles(PageContext& context) {
  std::vector<access::Role> chosen;
  {
    auto connection = context.database.acquire();
    chosen = access::two_factor_roles(*connection);
  }
  return roles_page(context, chosen, {}, 200);
}

Response save_roles(PageContext& context) {
  std::vector<access::Role> chosen;
  for (const auto& [name, value] : context.form) {
    if (name != "roles") continue;
    auto role = access::role_from_code(value);
    if (!role) return roles_page(context, chosen, {{"roles", "Choose roles from the list"}}, 422);
    chosen.push_back(*role);
  }
  auto connection = context.database.acquire();
  store::Transaction transaction(*connection);
  access::set_two_factor_roles(*connection, chosen);
  std::string listed = access::roles_code(chosen);
  access::record_audit_event(*connection, context.audit("service_settings.change", "service_setting",
                                                        "two_factor_roles",
                                                        listed.empty() ? "no roles" : "roles " + listed));
  transaction.commit();
  return Response::redirect(std::string(admin_page) + "?saved=1");
}

Response reset(PageContext& context) {
  const std::string& username = context.params.at("username");
  auto connection = context.database.acquire();
  store::Transaction transaction(*connection);
  auto account = access::find_staff_with_password_hash(*connection, username);
  if (!account) {
    return message_page(context, 404, "Account not found", "There is no account with the username " + username + ".");
  }
  const access::StaffMember& staff = account->first;
  bool had = access::reset_two_factor(*connection, staff);
  access::record_audit_event(*connection, context.audit("staff.reset_two_factor", "staff", staff.username,
                                                        had ? "sessions ended" : "had not set it up; sessions ended"));
  transaction.commit();
  return message_page(context, 200, "Two-factor sign-in reset for " + staff.display_name,
                      staff.display_name + " (" + staff.username +
                          ") has been signed out, and sets up two-factor sign-in again the next time they sign in "
                          "if their role requires it.");
}

}  // namespace

void add_two_factor_admin_pages(Routes& routes) {
  using access::Permission;
  routes.page(Method::get, std::string(admin_page), Permission::manage_accounts, show_roles);
  routes.page(Method::post, std::string(admin_page), Permission::manage_accounts, save_roles);
  routes.page(Method::post, "/admin/accounts/{username}/reset-two-factor", Permission::manage_accounts, reset);
}

}  // namespace pathway::web
