#include "practice/contacts/calendar_addresses.h"

#include "core/clock.h"
#include "core/dates.h"
#include "core/random.h"

namespace pathway::practice {

std::string issue_calendar_secret(store::Connection& connection, std::int64_t staff_id) {
  std::string secret = random_token(32);
  revoke_calendar_secret(connection, staff_id);
  connection.execute("INSERT INTO calendar_feeds (staff_id, token_hash, created_at) VALUES (?, ?, ?)",
                     std::vector<store::Value>{staff_id, sha256_hex(secret), to_iso_instant(now_unix_seconds())});
  return secret;
}

bool revoke_calendar_secret(store::Connection& connection, std::int64_t staff_id) {
  bool had = calendar_address_since(connection, staff_id).has_value();
  connection.execute("DELETE FROM calendar_feeds WHERE staff_id = ?", std::vector<store::Value>{staff_id});
  return had;
}

std::optional<std::string> calendar_address_since(store::Connection& connection, std::int64_t staff_id) {
  auto row = connection.query_one("SELECT created_at FROM calendar_feeds WHERE staff_id = ?", {staff_id});
  if (!row) return std::nullopt;
  return row->text(0);
}

std::optional<CalendarOwner> calendar_owner(store::Connection& connection, const std::string& secret) {
  auto row = connection.query_one("SELECT s.id, s.username FROM calendar_feeds f JOIN staff s ON s.id = f.staff_id"
                                  " WHERE f.token_hash = ? AND s.active = 1",
                                  {sha256_hex(secret)});
  if (!row) return std::nullopt;
  return CalendarOwner{row->integer(0), row->text(1)};
}

}  // namespace pathway::practice
