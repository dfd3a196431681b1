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

constexpr std::string_view staff_columns = "id, username, display_name, roles, active, team_code, scope_kind, scope_code";

}  // namespace

const std::string_view staff_member_columns =
    "st.id, st.username, st.display_name, st.roles, st.active, st.team_code, st.scope_kind, st.scope_code";

StaffMember staff_from_row(const store::Row& row) {
  return {row.integer(0),
          row.text(1),
          row.text(2),
          roles_from_code(row.text(3)),
          row.integer(4) != 0,
          row.is_null(5) ? "" : row.text(5),
          row.is_null(6) ? ScopeKind::none : scope_kind_from_code(row.text(6)),
          row.is_null(7) ? "" : row.text(7)};
}

namespace {
constexpr std::pair<ScopeKind, std::string_view> scope_codes[] = {
    {ScopeKind::team, "team"}, {ScopeKind::district, "district"}, {ScopeKind::area, "area"},
    {ScopeKind::service, "service"}};
}  // namespace

std::string_view scope_kind_code(ScopeKind kind) {
  for (auto [candidate, code] : scope_codes) {
    if (candidate == kind) return code;
  }
  return "";
}

ScopeKind scope_kind_from_code(std::string_view code) {
  for (auto [kind, candidate] : scope_codes) {
    if (candidate == code) return kind;
  }
  return ScopeKind::none;
}

bool StaffMember::holds_role(Role role) const { return std::find(roles.begin(), roles.end(), role) != roles.end(); }

std::string_view StaffMember::main_role_label() const { return roles.empty() ? "" : role_label(roles.front()); }

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
  if (member.password_hash.empty()) {
    if (auto refusal = check_new_password(member.password, username)) return Error{ErrorKind::invalid, *refusal};
  }
  std::string display_name = member.display_name.empty() ? username : member.display_name;
  StaffMember added{0, username, display_name, {member.role}, true, member.team_code, member.scope_kind,
                    member.scope_code};
  for (Role role : member.more_roles) {
    if (!added.holds_role(role)) added.roles.push_back(role);
  }
  if (added.holds_role(Role::manager) && added.scope_kind == ScopeKind::none) {
    added.scope_kind = ScopeKind::service;
    added.scope_code.clear();
  }
  auto optional_text = [](const std::string& text) -> store::Value {
    if (text.empty()) return nullptr;
    return text;
  };
  try {
    added.id = connection.query(
        "INSERT INTO staff (username, display_name, roles, password_hash, created_at, team_code, scope_kind,"
        " scope_code, fte_percent, caseload_capacity, line_manager_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " RETURNING id",
        {username, display_name, roles_code(added.roles),
         member.password_hash.empty() ? hash_password(member.password) : member.password_hash,
         to_iso_instant(now_unix_seconds()), optional_text(added.team_code),
         optional_text(std::string(scope_kind_code(added.scope_kind))), optional_text(added.scope_code),
         member.fte_percent, member.caseload_capacity,
         member.line_manager_id > 0 ? store::Value{member.line_manager_id} : store::Value{nullptr}})
        .at(0).integer(0);
  } catch (const store::UniqueViolation&) {
    return Error{ErrorKind::conflict, "An account with the username '" + username + "' already exists"};
  }
  return added;
}

std::optional<std::pair<StaffMember, std::string>> find_staff_with_password_hash(
    store::Connection& connection, std::string_view username) {
  auto row = connection.query_one("SELECT " + std::string(staff_columns) + ", password_hash FROM staff WHERE username = ?",
                                  {canonical_username(username)});
  if (!row) return std::nullopt;
  return std::make_pair(staff_from_row(*row), row->text(8));
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
