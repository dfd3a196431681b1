#pragma once
// Checks what an administrator typed into the account form, against the teams, places and
// accounts that exist, and turns it into AccountSettings.
#include <optional>
#include <string>
#include <vector>

#include "access/accounts.h"
#include "reference/geography.h"
#include "reference/teams.h"
#include "web/page.h"

namespace pathway::admin {

// The form as typed; every field a string so it can be shown back unchanged.
struct AccountForm {
  std::string username;  // only when creating
  std::string display_name;
  std::vector<std::string> roles;  // role codes, one per ticked box
  std::string team;                // team code, "" for none
  std::string line_manager;        // username, "" for none
  std::string fte_percent;
  std::string caseload_capacity;
  std::string scope;  // "service", "team:CODE", "district:CODE", "area:CODE" or ""
  std::string password;  // only when creating; "" to generate one
};

// What the form may choose from.
struct AccountChoices {
  std::vector<reference::Team> teams;
  std::vector<reference::District> districts;
  std::vector<reference::Area> areas;
  std::vector<access::Account> accounts;  // every account, for line managers and taken usernames
};

struct AccountValidation {
  std::optional<access::AccountSettings> settings;  // set when there are no errors
  std::vector<web::FieldError> errors;               // in form order
};

// The roles in the order the form offers them: the practice roles, then administrator
// (so an administrator who also practises is titled by their practice role).
const std::vector<access::Role>& roles_in_form_order();

// The scope as the form's select names it ("team:north"; "service"; "" for none).
std::string scope_choice(access::ScopeKind kind, const std::string& code);

// Checks the form. `existing` is the account being changed, or nullptr when creating
// (then the username and password are checked too: a blank password is allowed, and one
// is generated). An inactive team or line manager is accepted only if the account already
// has it.
AccountValidation validate_account_form(const AccountForm& form, const AccountChoices& choices,
                                        const access::Account* existing);

}  // namespace pathway::admin
