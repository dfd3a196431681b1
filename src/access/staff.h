#pragma once
// Staff accounts: the people who sign in to Pathway.
#include <cstdint>
#include <optional>
#include <string>

#include "access/roles.h"
#include "core/result.h"
#include "store/database.h"

namespace pathway::access {

struct StaffMember {
  std::int64_t id = 0;
  std::string username;
  std::string display_name;
  Role role = Role::case_manager;
  bool active = true;
};

struct NewStaffMember {
  std::string username;
  std::string display_name;
  Role role = Role::case_manager;
  std::string password;
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

// The account and its password hash, for signing in; nullopt if there is no such username.
std::optional<std::pair<StaffMember, std::string>> find_staff_with_password_hash(
    store::Connection& connection, std::string_view username);

}  // namespace pathway::access
