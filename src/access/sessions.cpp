#include "access/sessions.h"

#include "core/random.h"

namespace pathway::access {

StartedSession start_session(store::Connection& connection, const StaffMember& staff, std::int64_t now) {
  StartedSession started{random_token(32), Session{staff, random_token(32)}};
  connection.execute(
      "INSERT INTO sessions (token_hash, staff_id, csrf_token, created_at, last_seen_at)"
      " VALUES (?, ?, ?, ?, ?)",
      {sha256_hex(started.token), staff.id, started.session.csrf_token, now, now});
  return started;
}

std::optional<Session> resume_session(store::Connection& connection, std::string_view token,
                                      std::int64_t now, const SessionPolicy& policy) {
  if (token.empty() || token.size() > 64) return std::nullopt;
  std::string token_hash = sha256_hex(token);
  auto row = connection.query_one(
      "SELECT " + std::string(staff_member_columns) +
          ", s.csrf_token, s.created_at, s.last_seen_at FROM sessions s JOIN staff st ON st.id = s.staff_id"
          " WHERE s.token_hash = ?",
      {token_hash});
  if (!row) return std::nullopt;
  std::int64_t created_at = row->integer(10);
  std::int64_t last_seen_at = row->integer(11);
  StaffMember staff = staff_from_row(*row);
  if (!staff.active || now - last_seen_at > policy.idle_seconds || now - created_at > policy.absolute_seconds) {
    connection.execute("DELETE FROM sessions WHERE token_hash = ?", {token_hash});
    return std::nullopt;
  }
  if (now - last_seen_at >= policy.touch_interval_seconds) {
    connection.execute("UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?", {now, token_hash});
  }
  return Session{std::move(staff), row->text(9)};
}

void end_session(store::Connection& connection, std::string_view token) {
  connection.execute("DELETE FROM sessions WHERE token_hash = ?", {sha256_hex(token)});
}

void end_sessions_of(store::Connection& connection, const StaffMember& staff) {
  connection.execute("DELETE FROM sessions WHERE staff_id = ?", {staff.id});
}

void end_other_sessions_of(store::Connection& connection, const StaffMember& staff, std::string_view kept_token) {
  connection.execute("DELETE FROM sessions WHERE staff_id = ? AND token_hash <> ?", {staff.id, sha256_hex(kept_token)});
}

}  // namespace pathway::access
