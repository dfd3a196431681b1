#include "access/staff.h"

#include <algorithm>

#include "access/password_hash.h"
#include "access/password_policy.h"
#include "core/clock.h"
#include "core/dates.h"

namespace pathway::access {

namespace {
std::string lower(std::string_view text) {
  std::string result(text);
  std::transform(result.begin(), result.end(), result.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return result;
}
}  // namespace

bool is_valid_username(std::string_view username) {
  if (username.size() < 3 || username.size() > 32) return false;
  return std::all_of(username.begin(), username.end(), [](unsigned char c) {
    return std::isalnum(c) || c == '.' || c == '_' || c == '-';
  });
}

Result<StaffMember> add_staff_member(store::Connection& connection, const NewStaffMember& member) {
  std::string username = lower(member.username);
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
  auto row = connection.query_one(
      "SELECT id, username, display_name, role, active, password_hash FROM staff WHERE username = ?",
      {lower(username)});
  if (!row) return std::nullopt;
  StaffMember member{row->integer(0), row->text(1), row->text(2),
                     role_from_code(row->text(3)).value_or(Role::panel_volunteer), row->integer(4) != 0};
  return std::make_pair(std::move(member), row->text(5));
}

}  // namespace pathway::access
