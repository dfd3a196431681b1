#pragma once
// How the account pages show an account and fill the account form.
#include <map>
#include <string>

#include "access/accounts.h"
#include "admin/account_form.h"
#include "web/page.h"

namespace pathway::admin {

// Every team, district, area and account, for the form and the account page. Throws
// StoreError.
AccountChoices load_account_choices(store::Connection& connection);

// "/admin/accounts/USERNAME".
std::string account_href(const std::string& username);

// The answer for a username that is not an account.
web::Response account_not_found(web::PageContext& context);

// Team names by code, for showing an account's team.
std::map<std::string, std::string> team_names(const std::vector<reference::Team>& teams);

// An account for a list row or the account page: username, name, roles, team, line
// manager, hours, capacity, scope, status, created and last sign-in, and its href.
web::ViewData account_data(const access::Account& account, const std::map<std::string, std::string>& teams,
                           const AccountChoices* places = nullptr);

// The form as typed for an account (what it holds now).
AccountForm form_of(const access::Account& account);

// Fills the form's fields and choices: the values typed, the role checkboxes, and the
// teams, line managers and scopes to choose from (inactive ones only when `existing` has them).
void add_account_form_data(web::ViewData& data, const AccountForm& form, const AccountChoices& choices,
                           const access::Account* existing);

}  // namespace pathway::admin
