#pragma once
// Staff accounts: the people who sign in to Pathway.
#include <cstdint>
#include <optional>
#include <string>

#include <vector>

#include "access/permissions.h"
#include "access/roles.h"
#include "core/result.h"
#include "store/database.h"

namespace pathway::access {

// How far a manager's oversight reaches: the children held by one team, by the teams
// covering a district or an area (and the unheld children living there), or the whole
// service (the head of service).
enum class ScopeKind { none, team, district, area, service };
std::string_view scope_kind_code(ScopeKind kind);  // "" for none
ScopeKind scope_kind_from_code(std::string_view code);  // none for anything unknown

struct StaffMember {
  std::int64_t id = 0;
  std::string username;
  std::string display_name;
  std::vector<Role> roles;  // the first is the job title shown beside the name
  bool active = true;
  std::string team_code;  // "" when in no team
  ScopeKind scope_kind = ScopeKind::none;
  std::string scope_code;  // the team, district or area code; "" for the whole service

  // Whether any of the account's roles grants the permission.
  bool may(Permission permission) const { return grants(roles, permission); }
  bool holds_role(Role role) const;
  // The job title: the first role's label ("" for an account with no known role).
  std::string_view main_role_label() const;
};

struct NewStaffMember {
  std::string username;
  std::string display_name;
  Role role = Role::case_manager;
  std::string password;
  std::vector<Role> more_roles = {};
  std::string team_code = {};
  // A manager without a scope given oversees the whole service.
  ScopeKind scope_kind = ScopeKind::none;
  std::string scope_code = {};
  std::int64_t fte_percent = 100;
  std::int64_t caseload_capacity = 0;
  std::int64_t line_manager_id = 0;  // 0: none
  // When set, stored instead of hashing `password` (which is then not checked): the demo
  // county gives fifty accounts one password and hashes it once.
  std::string password_hash = {};
};

// Usernames are 3 to 32 characters of a-z 0-9 . _ - (stored lower case).
bool is_valid_username(std::string_view username);

// The username as stored and looked up: letters folded to lower case. Whatever is typed,
// every part of sign-in (lookup, throttling, audit) uses this one form.
std::string canonical_username(std::string_view typed);

// Creates an account. Errors: invalid (bad username, password refused by the policy, with
// the policy's message), conflict (username taken). Throws StoreError.
Result<StaffMember> add_staff_member(store::Connection& connection, const NewStaffMember& member);

// Enables or disables the account (a disabled account cannot sign in, and its sessions
// end at their next request). Errors: not_found. Throws StoreError.
Result<StaffMember> set_staff_active(store::Connection& connection, std::string_view username, bool active);

// Replaces the account's password. Errors: not_found; invalid (refused by the password
// policy, with its message). Throws StoreError.
Result<StaffMember> set_staff_password(store::Connection& connection, std::string_view username,
                                       std::string_view password);

// The columns staff_from_row reads, for a query over `staff st`.
extern const std::string_view staff_member_columns;
// The account from a row whose first columns are staff_member_columns.
StaffMember staff_from_row(const store::Row& row);

// The account and its password hash, for signing in; nullopt if there is no such username.
std::optional<std::pair<StaffMember, std::string>> find_staff_with_password_hash(
    store::Connection& connection, std::string_view username);

}  // namespace pathway::access
