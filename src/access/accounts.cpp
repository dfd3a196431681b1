#include "access/accounts.h"

#include "access/password_hash.h"
#include "access/sessions.h"
#include "access/sign_in_throttle.h"
#include "core/dates.h"
#include "core/random.h"

namespace pathway::access {

namespace {

// staff_member_columns (0-8), then the line manager, hours, capacity and dates (9-14).
const std::string& select_accounts() {
  static const std::string sql =
      "SELECT " + std::string(staff_member_columns) +
      ", m.username, m.display_name, st.fte_percent, st.caseload_capacity, st.created_at, st.last_sign_in_at"
      " FROM staff st LEFT JOIN staff m ON m.id = st.line_manager_id";
  return sql;
}

Account account_from_row(const store::Row& row) {
  Account account;
  account.staff = staff_from_row(row);
  const StaffMember& staff = account.staff;
  account.settings = {staff.display_name,
                      staff.roles,
                      staff.team_code,
                      row.is_null(9) ? "" : row.text(9),
                      static_cast<int>(row.integer(11)),
                      static_cast<int>(row.integer(12)),
                      staff.scope_kind,
                      staff.scope_code};
  account.line_manager_name = row.is_null(10) ? "" : row.text(10);
  account.created_at = row.text(13);
  account.last_sign_in_at = row.is_null(14) ? "" : row.text(14);
  return account;
}

std::vector<Account> accounts_from(const std::vector<store::Row>& rows) {
  std::vector<Account> accounts;
  accounts.reserve(rows.size());
  for (const auto& row : rows) accounts.push_back(account_from_row(row));
  return accounts;
}

store::Value text_or_null(const std::string& text) {
  if (text.empty()) return nullptr;
  return text;
}

Error no_such_account(std::string_view username) {
  return Error{ErrorKind::not_found, "There is no account with the username '" + std::string(username) + "'"};
}

// LIKE treats '_' and '%' as wildcards; role codes contain '_'.
std::string like_escaped(std::string_view text) {
  std::string escaped;
  for (char c : text) {
    if (c == '_' || c == '%' || c == '\\') escaped += '\\';
    escaped += c;
  }
  return escaped;
}

}  // namespace

std::optional<Account> find_account(store::Connection& connection, std::string_view username) {
  auto row = connection.query_one(select_accounts() + " WHERE st.username = ?", {canonical_username(username)});
  if (!row) return std::nullopt;
  return account_from_row(*row);
}

std::vector<Account> list_accounts(store::Connection& connection, const AccountFilter& filter) {
  std::string sql = select_accounts() + " WHERE 1 = 1";
  std::vector<store::Value> params;
  if (filter.role) {
    // roles is a comma-separated list: match a whole code, not part of a longer one.
    sql += " AND (',' || st.roles || ',') LIKE ? ESCAPE '\\'";
    params.emplace_back("%," + like_escaped(role_code(*filter.role)) + ",%");
  }
  if (!filter.team_code.empty()) {
    sql += " AND st.team_code = ?";
    params.emplace_back(filter.team_code);
  }
  if (filter.active) {
    sql += " AND st.active = ?";
    params.emplace_back(std::int64_t{*filter.active ? 1 : 0});
  }
  return accounts_from(connection.query(sql + " ORDER BY st.display_name, st.username", params));
}

std::vector<Account> accounts_for_review(store::Connection& connection, std::int64_t now) {
  std::string cutoff = to_iso_instant(now - account_review_after_days * 24 * 60 * 60);
  return accounts_from(connection.query(
      select_accounts() +
          " WHERE st.active = 1 AND COALESCE(st.last_sign_in_at, st.created_at) < ?"
          " ORDER BY COALESCE(st.last_sign_in_at, st.created_at), st.username",
      {cutoff}));
}

Result<Account> create_account(store::Connection& connection, std::string_view username, std::string_view password,
                               const AccountSettings& settings, bool must_change_password) {
  if (settings.roles.empty()) return Error{ErrorKind::invalid, "An account needs at least one role"};
  auto added = add_staff_member(connection, {std::string(username), settings.display_name, settings.roles.front(),
                                             std::string(password)});
  if (!added) return added.error();
  if (must_change_password) set_must_change_password(connection, added->username, true);
  return update_account(connection, added->username, settings);
}

Result<Account> update_account(store::Connection& connection, std::string_view username,
                               const AccountSettings& settings) {
  std::string canonical = canonical_username(username);
  auto changed = connection.query_one(
      "UPDATE staff SET display_name = ?, roles = ?, team_code = ?,"
      " line_manager_id = (SELECT m.id FROM staff m WHERE m.username = ?), fte_percent = ?, caseload_capacity = ?,"
      " scope_kind = ?, scope_code = ? WHERE username = ? RETURNING id",
      {settings.display_name, roles_code(settings.roles), text_or_null(settings.team_code),
       text_or_null(settings.line_manager), std::int64_t{settings.fte_percent},
       std::int64_t{settings.caseload_capacity}, text_or_null(std::string(scope_kind_code(settings.scope_kind))),
       text_or_null(settings.scope_code), canonical});
  if (!changed) return no_such_account(username);
  return *find_account(connection, canonical);
}

Result<StaffMember> disable_account(store::Connection& connection, std::string_view username) {
  auto disabled = set_staff_active(connection, username, false);
  if (disabled) end_sessions_of(connection, disabled.value());
  return disabled;
}

Result<StaffMember> set_must_change_password(store::Connection& connection, std::string_view username,
                                             bool must_change) {
  auto changed = connection.query_one("UPDATE staff SET must_change_password = ? WHERE username = ? RETURNING id",
                                      {std::int64_t{must_change ? 1 : 0}, canonical_username(username)});
  if (!changed) return no_such_account(username);
  return find_account(connection, username)->staff;
}

Result<std::string> reset_password(store::Connection& connection, std::string_view username) {
  std::string password = generate_password();
  auto changed = set_staff_password(connection, username, password);
  if (!changed) return changed.error();
  set_must_change_password(connection, username, true);
  end_sessions_of(connection, changed.value());
  clear_sign_in_failures(connection, changed->username);
  return password;
}

Result<Done> change_own_password(store::Connection& connection, const StaffMember& staff, std::string_view current,
                                 std::string_view replacement, std::string_view kept_session_token) {
  auto stored = find_staff_with_password_hash(connection, staff.username);
  if (!stored) return no_such_account(staff.username);
  if (!verify_password(stored->second, current)) {
    return Error{ErrorKind::forbidden, "Your current password is not correct"};
  }
  if (current == replacement) {
    return Error{ErrorKind::invalid, "Your new password must be different from your current password"};
  }
  auto changed = set_staff_password(connection, staff.username, replacement);
  if (!changed) return changed.error();
  set_must_change_password(connection, staff.username, false);
  end_other_sessions_of(connection, staff, kept_session_token);
  return Done{};
}

std::string describe_changes(const AccountSettings& before, const AccountSettings& after) {
  std::string changes;
  auto compare = [&changes](std::string_view what, const std::string& old_value, const std::string& new_value) {
    if (old_value == new_value) return;
    if (!changes.empty()) changes += "; ";
    changes += std::string(what) + " " + (old_value.empty() ? "(none)" : old_value) + " -> " +
               (new_value.empty() ? "(none)" : new_value);
  };
  compare("name", before.display_name, after.display_name);
  compare("roles", roles_code(before.roles), roles_code(after.roles));
  compare("team", before.team_code, after.team_code);
  compare("line manager", before.line_manager, after.line_manager);
  compare("FTE %", std::to_string(before.fte_percent), std::to_string(after.fte_percent));
  compare("caseload capacity", std::to_string(before.caseload_capacity), std::to_string(after.caseload_capacity));
  compare("scope", std::string(scope_kind_code(before.scope_kind)) + (before.scope_code.empty() ? "" : ":") +
                       before.scope_code,
          std::string(scope_kind_code(after.scope_kind)) + (after.scope_code.empty() ? "" : ":") + after.scope_code);
  return changes;
}

void record_sign_in(store::Connection& connection, std::int64_t staff_id, std::int64_t now) {
  connection.execute("UPDATE staff SET last_sign_in_at = ? WHERE id = ?", {to_iso_instant(now), staff_id});
}

std::string generate_password() {
  // Four groups of four from an alphabet without look-alikes (about 79 bits), so it can be
  // read out over the phone.
  std::string characters = random_public_id(16);
  std::string password;
  for (std::size_t i = 0; i < characters.size(); i += 4) {
    if (!password.empty()) password += '-';
    password += characters.substr(i, 4);
  }
  return password;
}

}  // namespace pathway::access
