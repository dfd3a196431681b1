// Adding an account and changing one: the form, its checks, and the change with its audit
// event in one transaction. A form with mistakes is shown again with the GOV.UK error
// summary and nothing is saved.
#include "access/accounts.h"
#include "access/audit.h"
#include "admin/account_views.h"
#include "admin/admin_views.h"
#include "store/transaction.h"
#include "web/app.h"

namespace pathway::web {

namespace {

using access::Account;
using admin::AccountChoices;
using admin::AccountForm;
using admin::account_not_found;

AccountForm read_form(const PageContext& context, bool creating) {
  AccountForm form;
  if (creating) {
    form.username = context.form_value("username");
    form.password = context.form_value("password");
  }
  form.display_name = context.form_value("display-name");
  form.roles = all_values(context.form, "roles");
  form.team = context.form_value("team");
  form.line_manager = context.form_value("line-manager");
  form.fte_percent = context.form_value("fte");
  form.caseload_capacity = context.form_value("capacity");
  form.scope = context.form_value("scope");
  return form;
}

Response form_page(PageContext& context, const AccountForm& form, const AccountChoices& choices,
                   const Account* existing, const std::vector<FieldError>& errors, int status) {
  std::string title = existing ? "Change " + existing->settings.display_name + "’s account" : "Add an account";
  ViewData data = layout_data(context, title, "/admin/accounts");
  data.set("heading", title);
  admin::set_back_link(data, existing ? admin::account_href(existing->staff.username) : "/admin/accounts", "Back");
  data.set("creating", existing == nullptr);
  data.set("action", existing ? admin::account_href(existing->staff.username) + "/edit" : "/admin/accounts/new");
  admin::add_account_form_data(data, form, choices, existing);
  add_errors(data, errors);
  return render_page(context, pages::account_form, data, status);
}

Response new_account_form(PageContext& context) {
  auto connection = context.database.acquire();
  auto choices = admin::load_account_choices(*connection);
  connection.reset();
  AccountForm blank;
  blank.fte_percent = "100";
  blank.caseload_capacity = "0";
  return form_page(context, blank, choices, nullptr, {}, 200);
}

// A password typed by the administrator is not shown again; a generated one is shown once.
// Either way the person must choose their own when they first sign in.
Response create_account(PageContext& context) {
  AccountForm form = read_form(context, true);
  auto connection = context.database.acquire();
  store::Transaction transaction(*connection);
  auto choices = admin::load_account_choices(*connection);
  auto checked = admin::validate_account_form(form, choices, nullptr);
  if (!checked.settings) {
    form.password.clear();
    return form_page(context, form, choices, nullptr, checked.errors, 422);
  }
  bool generated = form.password.empty();
  std::string password = generated ? access::generate_password() : form.password;
  auto created = access::create_account(*connection, form.username, password, *checked.settings, true);
  if (!created) {
    form.password.clear();
    return form_page(context, form, choices, nullptr, {{"username", created.error().message}}, 422);
  }
  const Account& account = created.value();
  access::record_audit_event(
      *connection, context.audit("staff.create", "staff", account.staff.username,
                                 "roles " + access::roles_code(account.settings.roles) +
                                     (generated ? "; password generated" : "; password set by the administrator") +
                                     "; must change at first sign-in"));
  transaction.commit();
  if (!generated) return Response::redirect(admin::account_href(account.staff.username) + "?done=created");
  ViewData data = layout_data(context, "Account created", "/admin/accounts");
  data.set("heading", "Account created");
  data.set("username", account.staff.username);
  data.set("href", admin::account_href(account.staff.username));
  data.set("password", password);
  return render_page(context, pages::password_shown, data, 201);
}

Response edit_account_form(PageContext& context) {
  auto connection = context.database.acquire();
  auto account = access::find_account(*connection, context.params.at("username"));
  if (!account) return account_not_found(context);
  auto choices = admin::load_account_choices(*connection);
  connection.reset();
  return form_page(context, admin::form_of(*account), choices, &*account, {}, 200);
}

Response update_account(PageContext& context) {
  AccountForm form = read_form(context, false);
  auto connection = context.database.acquire();
  store::Transaction transaction(*connection);
  auto account = access::find_account(*connection, context.params.at("username"));
  if (!account) return account_not_found(context);
  auto choices = admin::load_account_choices(*connection);
  auto checked = admin::validate_account_form(form, choices, &*account);
  if (!checked.settings) return form_page(context, form, choices, &*account, checked.errors, 422);
  std::string changes = access::describe_changes(account->settings, *checked.settings);
  std::string href = admin::account_href(account->staff.username);
  if (changes.empty()) return Response::redirect(href + "?done=unchanged");
  auto updated = access::update_account(*connection, account->staff.username, *checked.settings);
  if (!updated) return account_not_found(context);
  access::record_audit_event(*connection, context.audit("staff.update", "staff", account->staff.username, changes));
  transaction.commit();
  return Response::redirect(href + "?done=changed");
}

}  // namespace

void add_account_form_pages(Routes& routes) {
  using access::Permission;
  // Before /admin/accounts/{username}, which would otherwise match "new".
  routes.page(Method::get, "/admin/accounts/new", Permission::manage_accounts, new_account_form);
  routes.page(Method::post, "/admin/accounts/new", Permission::manage_accounts, create_account);
  routes.page(Method::get, "/admin/accounts/{username}/edit", Permission::manage_accounts, edit_account_form);
  routes.page(Method::post, "/admin/accounts/{username}/edit", Permission::manage_accounts, update_account);
}

}  // namespace pathway::web
