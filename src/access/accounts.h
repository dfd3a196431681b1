#pragma once
// Accounts as an administrator keeps them: where each person sits in the organisation
// (team, line manager, working hours, caseload capacity, a manager's scope) and the
// account's lifecycle (created, changed, disabled, re-enabled, made to change its
// password, last used). The caller checks what was typed (admin/account_form.h) and writes
// the audit event in the same transaction as the change.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "access/staff.h"
#include "core/result.h"
#include "store/database.h"

namespace pathway::access {

// Everything an administrator sets on an account but its username and password.
struct AccountSettings {
  std::string display_name;
  std::vector<Role> roles;  // at least one; the first is the job title shown
  std::string team_code;    // "" for none
  std::string line_manager;  // their username; "" for none
  int fte_percent = 100;     // working hours as a percentage of full time, 1 to 100
  int caseload_capacity = 0;  // children they may hold at full time
  // A manager's oversight; none for an account that does not hold the manager role.
  ScopeKind scope_kind = ScopeKind::none;
  std::string scope_code;  // "" for the whole service
};

struct Account {
  StaffMember staff;
  AccountSettings settings;
  std::string line_manager_name;  // "" when none
  std::string created_at;         // ISO UTC instant
  std::string last_sign_in_at;    // ISO UTC instant; "" when never
};

// Which accounts a list shows; an empty field does not filter.
struct AccountFilter {
  std::optional<Role> role;
  std::string team_code;
  std::optional<bool> active;
};

// Accounts unused for this long are listed for review.
inline constexpr std::int64_t account_review_after_days = 90;

// The account, or nullopt when there is no such username. Throws StoreError.
std::optional<Account> find_account(store::Connection& connection, std::string_view username);

// Accounts matching the filter, by name. Throws StoreError.
std::vector<Account> list_accounts(store::Connection& connection, const AccountFilter& filter);

// Active accounts nobody has signed in to for account_review_after_days before `now`
// (Unix seconds), and those never used and created longer ago than that; least recently
// used first. Throws StoreError.
std::vector<Account> accounts_for_review(store::Connection& connection, std::int64_t now);

// Creates the account with its settings. If `must_change_password`, the person must
// choose a new password when they first sign in. Errors: as add_staff_member. Throws
// StoreError (for a team or line manager that does not exist).
Result<Account> create_account(store::Connection& connection, std::string_view username, std::string_view password,
                               const AccountSettings& settings, bool must_change_password);

// Replaces the account's settings. Errors: not_found. Throws StoreError (for a team or line
// manager that does not exist).
Result<Account> update_account(store::Connection& connection, std::string_view username,
                               const AccountSettings& settings);

// Disables the account and ends every session it has, at once and on every server (the
// sessions live in the database). Errors: not_found. Throws StoreError.
Result<StaffMember> disable_account(store::Connection& connection, std::string_view username);

// Sets or clears the demand that the person choose a new password before doing anything
// else. Errors: not_found. Throws StoreError.
Result<StaffMember> set_must_change_password(store::Connection& connection, std::string_view username,
                                             bool must_change);

// Replaces the password with a generated one that the person must change when they next
// sign in; ends the account's sessions and forgets its failed sign-ins. Returns the new
// password, to be shown once. Errors: not_found. Throws StoreError.
Result<std::string> reset_password(store::Connection& connection, std::string_view username);

// The person's own change of password: checks `current`, applies the password policy to
// `replacement`, clears must_change_password and ends every other session of the account
// (keeping the one with `kept_session_token`). Errors: forbidden (current password wrong),
// invalid (refused by the policy, with its message). Throws StoreError.
Result<Done> change_own_password(store::Connection& connection, const StaffMember& staff, std::string_view current,
                                 std::string_view replacement, std::string_view kept_session_token);

// What differs between two settings of one account, for the audit event: "roles
// case_manager -> case_manager,manager; team north -> south". "" when nothing differs.
std::string describe_changes(const AccountSettings& before, const AccountSettings& after);

// Records a successful sign-in at `now` (Unix seconds). Throws StoreError.
void record_sign_in(store::Connection& connection, std::int64_t staff_id, std::int64_t now);

// A random password that the password policy accepts, for an administrator to hand over
// once (the person is then made to change it).
std::string generate_password();

}  // namespace pathway::access
