#include "admin/account_form.h"

#include <algorithm>

#include "access/password_policy.h"
#include "admin/admin_forms.h"

namespace pathway::admin {

namespace {

using access::Role;
using access::ScopeKind;

constexpr std::size_t max_display_name_length = 100;
constexpr int max_caseload_capacity = 200;

// Words the account pages use in their own addresses (/admin/accounts/new, /review).
bool reserved_username(std::string_view username) { return username == "new" || username == "review"; }

void check_username(const AccountForm& form, const AccountChoices& choices, std::vector<web::FieldError>& errors) {
  std::string username = access::canonical_username(form.username);
  if (username.empty()) {
    errors.push_back({"username", "Enter a username"});
  } else if (!access::is_valid_username(username)) {
    errors.push_back({"username", "Username must be 3 to 32 characters: letters, numbers, '.', '_' or '-'"});
  } else if (reserved_username(username) ||
             std::any_of(choices.accounts.begin(), choices.accounts.end(),
                         [&](const access::Account& account) { return account.staff.username == username; })) {
    errors.push_back({"username", "The username '" + username + "' is already taken: choose another"});
  }
}

std::vector<Role> checked_roles(const AccountForm& form, std::vector<web::FieldError>& errors) {
  std::vector<Role> roles;
  for (Role role : roles_in_form_order()) {
    if (std::find(form.roles.begin(), form.roles.end(), access::role_code(role)) != form.roles.end()) {
      roles.push_back(role);
    }
  }
  bool unknown = std::any_of(form.roles.begin(), form.roles.end(),
                             [](const std::string& code) { return !access::role_from_code(code); });
  if (roles.empty() || unknown) {
    errors.push_back({"roles", "Select at least one role", "roles-" + std::string(access::role_code(
                                                                          roles_in_form_order().front()))});
  }
  return roles;
}

std::string checked_team(const AccountForm& form, const AccountChoices& choices, const access::Account* existing,
                         std::vector<web::FieldError>& errors) {
  if (form.team.empty()) return "";
  auto team = std::find_if(choices.teams.begin(), choices.teams.end(),
                           [&](const reference::Team& candidate) { return candidate.code == form.team; });
  bool kept = existing && existing->settings.team_code == form.team;
  if (team == choices.teams.end() || (!team->active && !kept)) {
    errors.push_back({"team", "Select a team from the list"});
    return "";
  }
  return form.team;
}

std::string checked_line_manager(const AccountForm& form, const AccountChoices& choices,
                                 const access::Account* existing, std::vector<web::FieldError>& errors) {
  if (form.line_manager.empty()) return "";
  auto manager = std::find_if(choices.accounts.begin(), choices.accounts.end(), [&](const access::Account& account) {
    return account.staff.username == form.line_manager;
  });
  bool kept = existing && existing->settings.line_manager == form.line_manager;
  bool self = existing ? existing->staff.username == form.line_manager
                       : access::canonical_username(form.username) == form.line_manager;
  if (manager == choices.accounts.end() || self || (!manager->staff.active && !kept)) {
    errors.push_back({"line-manager", "Select a line manager from the list, or ‘No line manager’"});
    return "";
  }
  return form.line_manager;
}

// A manager's scope names a kind and, but for the whole service, a team, district or area
// that exists.
bool scope_exists(const AccountChoices& choices, ScopeKind kind, const std::string& code) {
  auto has = [&code](const auto& list) {
    return std::any_of(list.begin(), list.end(), [&code](const auto& item) { return item.code == code; });
  };
  switch (kind) {
    case ScopeKind::service: return code.empty();
    case ScopeKind::team: return has(choices.teams);
    case ScopeKind::district: return has(choices.districts);
    case ScopeKind::area: return has(choices.areas);
    case ScopeKind::none: return false;
  }
  return false;
}

}  // namespace

const std::vector<Role>& roles_in_form_order() {
  static const std::vector<Role> roles = [] {
    std::vector<Role> ordered;
    for (Role role : access::all_roles()) {
      if (role != Role::administrator) ordered.push_back(role);
    }
    ordered.push_back(Role::administrator);
    return ordered;
  }();
  return roles;
}

std::string scope_choice(ScopeKind kind, const std::string& code) {
  if (kind == ScopeKind::none) return "";
  if (kind == ScopeKind::service) return "service";
  return std::string(access::scope_kind_code(kind)) + ":" + code;
}

AccountValidation validate_account_form(const AccountForm& form, const AccountChoices& choices,
                                        const access::Account* existing) {
  AccountValidation result;
  auto& errors = result.errors;
  if (!existing) check_username(form, choices, errors);
  auto name = checked_name(form.display_name, "person's name", max_display_name_length, "display-name", errors);
  auto roles = checked_roles(form, errors);
  ScopeKind scope_kind = ScopeKind::none;
  std::string scope_code;
  // Only a manager has a scope; whatever the select says is ignored for anyone else.
  if (std::find(roles.begin(), roles.end(), Role::manager) != roles.end()) {
    auto colon = form.scope.find(':');
    scope_kind = access::scope_kind_from_code(form.scope.substr(0, colon));
    if (colon != std::string::npos) scope_code = form.scope.substr(colon + 1);
    if (!scope_exists(choices, scope_kind, scope_code)) {
      errors.push_back({"scope", "Select what this manager oversees"});
    }
  }
  std::string team = checked_team(form, choices, existing, errors);
  std::string line_manager = checked_line_manager(form, choices, existing, errors);
  auto fte = checked_whole_number(form.fte_percent, 1, 100, "fte",
                                  "Enter working hours as a whole percentage of full time, from 1 to 100", errors);
  auto capacity = checked_whole_number(form.caseload_capacity, 0, max_caseload_capacity, "capacity",
                                       "Enter caseload capacity as a whole number of children, from 0 to " +
                                           std::to_string(max_caseload_capacity),
                                       errors);
  if (!existing && !form.password.empty()) {
    if (auto refusal = access::check_new_password(form.password, access::canonical_username(form.username))) {
      errors.push_back({"password", *refusal});
    }
  }
  if (errors.empty()) {
    result.settings = access::AccountSettings{*name, roles, team, line_manager, *fte, *capacity, scope_kind,
                                              scope_code};
  }
  return result;
}

}  // namespace pathway::admin
