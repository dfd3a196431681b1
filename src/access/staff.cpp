#include "access/staff.h"

#include <algorithm>

#include "access/password_hash.h"
#include "access/password_policy.h"
#include "core/clock.h"
#include "core/dates.h"
#include "core/text.h"

namespace pathway::access {

namespace {

Error no_such_account(std::string_view username) {
  return Error{ErrorKind::not_found, "There is no account with the username '" + std::string(username) + "'"};
}

StaffMember staff_from_row(const store::Row& row) {
  return {row.integer(0), row.text(1), row.text(2), role_from_code(row.text(3)).value_or(Role::panel_volunteer),
          row.integer(4) != 0};
}

constexpr std::string_view staff_columns = "id, username, display_name, role, active";

}  // namespace

std::string canonical_username(std::string_view typed) { return ascii_lower(typed); }

bool is_valid_username(std::string_view username) {
  if (username.size() < 3 || username.size() > 32) return false;
  return std::all_of(username.begin(), username.end(), [](unsigned char c) {
    return std::isalnum(c) || c == '.' || c == '_' || c == '-';
  });
}

Result<StaffMember> add_staff_member(store::Connection& connection, const NewStaffMember& member) {
  std::string username = canonical_username(member.username);
  if (!is_valid_username(username)) {
    return Error{ErrorKind::invalid,
                 "Username must be 3 to 32 characters: letters, numbers, '.', '_' or '-'"};
  }
  if (auto refusal = check_new_password(member.password, username)) {
    return Error{ErrorKind::invalid, *refusal};
  }
  std::string display_name = member.display_name.empty() ? username : member.display_name;
  std::int64_t id = 0;
  try {
    id = connection.query(
        "INSERT INTO staff (username, display_name, role, password_hash, created_at)"
        " VALUES (?, ?, ?, ?, ?) RETURNING id",
        {username, display_name, std::string(role_code(member.role)),
         hash_password(member.password), to_iso_instant(now_unix_seconds())}).at(0).integer(0);
  } catch (const store::UniqueViolation&) {
    return Error{ErrorKind::conflict, "An account with the username '" + username + "' already exists"};
  }
  return StaffMember{id, username, display_name, member.role, true};
}

std::optional<std::pair<StaffMember, std::string>> find_staff_with_password_hash(
    store::Connection& connection, std::string_view username) {
  auto row = connection.query_one("SELECT " + std::string(staff_columns) + ", password_hash FROM staff WHERE username = ?",
                                  {canonical_username(username)});
  if (!row) return std::nullopt;
  return std::make_pair(staff_from_row(*row), row->text(5));
}

Result<StaffMember> set_staff_active(store::Connection& connection, std::string_view username, bool active) {
  auto row = connection.query_one("UPDATE staff SET active = ? WHERE username = ? RETURNING " + std::string(staff_columns),
                                  {std::int64_t{active ? 1 : 0}, canonical_username(username)});
  if (!row) return no_such_account(username);
  return staff_from_row(*row);
}

Result<StaffMember> set_staff_password(store::Connection& connection, std::string_view username,
                                       std::string_view password) {
  std::string canonical = canonical_username(username);
  if (!connection.query_one("SELECT 1 FROM staff WHERE username = ?", {canonical})) return no_such_account(username);
  if (auto refusal = check_new_password(password, canonical)) return Error{ErrorKind::invalid, *refusal};
  auto row = connection.query_one("UPDATE staff SET password_hash = ? WHERE username = ? RETURNING " +
                                      std::string(staff_columns),
                                  {hash_password(password), canonical});
  return staff_from_row(*row);
}

}  // namespace pathway::access
