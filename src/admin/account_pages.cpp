// The administrator's account pages: the list with its filters, the review of unused
// accounts, one account, and the lifecycle actions (disable, re-enable, make the person
// change their password, reset it, unlock). Each change and its audit event are written in
// one transaction.
#include "access/accounts.h"
#include "access/audit.h"
#include "access/sign_in_throttle.h"
#include "admin/account_views.h"
#include "admin/admin_views.h"
#include "core/clock.h"
#include "store/transaction.h"
#include "web/app.h"

namespace pathway::web {

namespace {

using access::Account;
using admin::account_href;
using admin::account_not_found;
using admin::option;

// The banner after each action, by the `done` code it redirects with.
struct DoneBanner {
  std::string_view code;
  std::string_view heading;
  std::string_view text;
};
constexpr DoneBanner done_banners[] = {
    {"created", "Account created", ""},
    {"changed", "Account details saved", "They apply from the person's next page."},
    {"unchanged", "Nothing was changed", ""},
    {"disabled", "Account disabled", "Every session of this account has ended, on every server."},
    {"enabled", "Account enabled", "The person can sign in again with their password."},
    {"must-change", "Password change required", "The person must choose a new password when they next sign in."},
    {"unlocked", "Account unlocked", "Failed sign-ins are forgotten: the person can sign in at once."},
};

ViewList account_rows(const std::vector<Account>& accounts, const std::map<std::string, std::string>& teams) {
  ViewList rows;
  rows.reserve(accounts.size());
  for (const auto& account : accounts) rows.push_back(admin::account_data(account, teams));
  return rows;
}

Response list_accounts(PageContext& context) {
  std::string role = context.query_value("role"), team = context.query_value("team"),
              status = context.query_value("status");
  access::AccountFilter filter;
  filter.role = access::role_from_code(role);
  filter.team_code = team;
  if (status == "active" || status == "disabled") filter.active = status == "active";

  auto connection = context.database.acquire();
  auto teams = reference::list_teams(*connection);
  auto accounts = access::list_accounts(*connection, filter);
  connection.reset();

  ViewData data = layout_data(context, "Accounts", "/admin/accounts");
  ViewList role_options{option("", "Any role", !filter.role)};
  for (auto candidate : admin::roles_in_form_order()) {
    role_options.push_back(option(std::string(access::role_code(candidate)), std::string(access::role_label(candidate)),
                                  filter.role == candidate));
  }
  data.set("role_options", std::move(role_options));
  ViewList team_options{option("", "Any team", team.empty())};
  for (const auto& candidate : teams) team_options.push_back(option(candidate.code, candidate.name, team == candidate.code));
  data.set("team_options", std::move(team_options));
  data.set("status_options", ViewList{option("", "Active or disabled", !filter.active),
                                      option("active", "Active", filter.active == true),
                                      option("disabled", "Disabled", filter.active == false)});
  data.set("filtered", filter.role || !team.empty() || filter.active);
  data.set("total", std::to_string(accounts.size()));
  data.set("has_accounts", !accounts.empty());
  data.set("accounts", account_rows(accounts, admin::team_names(teams)));
  return render_page(context, pages::accounts, data);
}

Response review_accounts(PageContext& context) {
  auto connection = context.database.acquire();
  auto teams = reference::list_teams(*connection);
  auto accounts = access::accounts_for_review(*connection, now_unix_seconds());
  connection.reset();
  ViewData data = layout_data(context, "Accounts to review", "/admin/accounts");
  admin::set_back_link(data, "/admin/accounts", "Back to accounts");
  data.set("days", std::to_string(access::account_review_after_days));
  data.set("has_accounts", !accounts.empty());
  data.set("accounts", account_rows(accounts, admin::team_names(teams)));
  return render_page(context, pages::accounts_review, data);
}

Response view_account(PageContext& context) {
  auto connection = context.database.acquire();
  auto account = access::find_account(*connection, context.params.at("username"));
  if (!account) return account_not_found(context);
  auto choices = admin::load_account_choices(*connection);
  connection.reset();
  ViewData data = layout_data(context, account->settings.display_name, "/admin/accounts");
  admin::set_back_link(data, "/admin/accounts", "Back to accounts");
  data.set("account", admin::account_data(*account, admin::team_names(choices.teams), &choices));
  data.set("is_self", account->staff.username == context.username());
  for (const auto& banner : done_banners) {
    if (banner.code != context.query_value("done")) continue;
    ViewData notification;
    notification.set("heading", std::string(banner.heading));
    if (!banner.text.empty()) notification.set("text", std::string(banner.text));
    data.set("notification", std::move(notification));
  }
  return render_page(context, pages::account, data);
}

// One change to the account named in the path: its detail for the audit event, or an Error
// (nothing is written).
using AccountChange = std::function<Result<std::string>(const PageContext&, store::Connection&, const Account&)>;

// Runs the change and its audit event `action` in one transaction. nullopt when there is
// no such account.
std::optional<Result<std::string>> change_account(PageContext& context, const std::string& action,
                                                  const AccountChange& change) {
  auto connection = context.database.acquire();
  store::Transaction transaction(*connection);
  auto account = access::find_account(*connection, context.params.at("username"));
  if (!account) return std::nullopt;
  auto detail = change(context, *connection, *account);
  if (!detail) return detail;
  access::record_audit_event(*connection, context.audit(action, "staff", account->staff.username, detail.value()));
  transaction.commit();
  return detail;
}

// A lifecycle button's handler: the change, then back to the account page with a banner.
PageHandler lifecycle(std::string action, std::string_view done, AccountChange change) {
  return [action = std::move(action), done, change = std::move(change)](PageContext& context) {
    auto changed = change_account(context, action, change);
    if (!changed) return account_not_found(context);
    if (!*changed) return message_page(context, 409, "Nothing was changed", changed->error().message);
    return Response::redirect(account_href(context.params.at("username")) + "?done=" + std::string(done));
  };
}

// Administrators do not lock themselves out: another administrator must disable them.
Result<std::string> disable(const PageContext& context, store::Connection& connection, const Account& account) {
  if (account.staff.username == context.username()) {
    return Error{ErrorKind::forbidden, "You cannot disable your own account. Ask another administrator."};
  }
  auto disabled = access::disable_account(connection, account.staff.username);
  if (!disabled) return disabled.error();
  return std::string("sessions ended");
}

Response reset_password(PageContext& context) {
  std::string password;
  auto changed = change_account(context, "staff.reset_password",
                                [&password](const PageContext&, store::Connection& connection,
                                            const Account& account) -> Result<std::string> {
                                  auto reset = access::reset_password(connection, account.staff.username);
                                  if (!reset) return reset.error();
                                  password = reset.value();
                                  return std::string("generated; must change at next sign-in; sessions ended; "
                                                     "failed sign-ins forgotten");
                                });
  if (!changed) return account_not_found(context);
  if (!*changed) return message_page(context, 409, "Nothing was changed", changed->error().message);
  ViewData data = layout_data(context, "New password", "/admin/accounts");
  data.set("heading", "Password reset");
  data.set("username", context.params.at("username"));
  data.set("href", account_href(context.params.at("username")));
  data.set("password", password);
  return render_page(context, pages::password_shown, data);
}

}  // namespace

void add_account_pages(Routes& routes) {
  using access::Permission;
  routes.page(Method::get, "/admin/accounts", Permission::manage_accounts, list_accounts);
  routes.page(Method::get, "/admin/accounts/review", Permission::manage_accounts, review_accounts);
  routes.page(Method::get, "/admin/accounts/{username}", Permission::manage_accounts, view_account);
  routes.page(Method::post, "/admin/accounts/{username}/disable", Permission::manage_accounts,
              lifecycle("staff.disable", "disabled", disable));
  routes.page(Method::post, "/admin/accounts/{username}/enable", Permission::manage_accounts,
              lifecycle("staff.enable", "enabled", [](const PageContext&, store::Connection& connection, const Account& account)
                                                       -> Result<std::string> {
                auto enabled = access::set_staff_active(connection, account.staff.username, true);
                if (!enabled) return enabled.error();
                return std::string();
              }));
  routes.page(Method::post, "/admin/accounts/{username}/require-password-change", Permission::manage_accounts,
              lifecycle("staff.require_password_change", "must-change",
                        [](const PageContext&, store::Connection& connection, const Account& account) -> Result<std::string> {
                          auto changed = access::set_must_change_password(connection, account.staff.username, true);
                          if (!changed) return changed.error();
                          return std::string();
                        }));
  routes.page(Method::post, "/admin/accounts/{username}/reset-password", Permission::manage_accounts,
              reset_password);
  routes.page(Method::post, "/admin/accounts/{username}/unlock", Permission::manage_accounts,
              lifecycle("staff.unlock", "unlocked", [](const PageContext&, store::Connection& connection, const Account& account) {
                std::int64_t cleared = access::clear_sign_in_failures(connection, account.staff.username);
                return Result<std::string>(std::to_string(cleared) + " failed sign-ins forgotten");
              }));
}

}  // namespace pathway::web
