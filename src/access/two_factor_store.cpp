#include "access/two_factor_store.h"

#include "core/dates.h"

namespace pathway::access {

std::optional<StoredTwoFactor> find_two_factor(store::Connection& connection, std::int64_t staff_id) {
  auto row = connection.query_one(
      "SELECT sealed_secret, COALESCE(confirmed_at, ''), last_step"
      " FROM staff_two_factor WHERE staff_id = ?",
      {staff_id});
  if (!row) return std::nullopt;
  std::string confirmed_at = row->text(1);
  return StoredTwoFactor{row->text(0), !confirmed_at.empty(), std::move(confirmed_at), row->integer(2)};
}

bool save_unconfirmed_two_factor(store::Connection& connection, std::int64_t staff_id,
                                 const std::string& sealed_secret, std::int64_t now) {
  connection.execute("DELETE FROM staff_two_factor WHERE staff_id = ? AND confirmed_at IS NULL", {staff_id});
  auto saved = connection.query(
      "INSERT INTO staff_two_factor (staff_id, sealed_secret, created_at) VALUES (?, ?, ?)"
      " ON CONFLICT (staff_id) DO NOTHING RETURNING staff_id",
      {staff_id, sealed_secret, to_iso_instant(now)});
  return !saved.empty();
}

bool confirm_two_factor(store::Connection& connection, std::int64_t staff_id, std::int64_t step, std::int64_t now) {
  return !connection
              .query("UPDATE staff_two_factor SET confirmed_at = ?, last_step = ?"
                     " WHERE staff_id = ? AND confirmed_at IS NULL RETURNING staff_id",
                     {to_iso_instant(now), step, staff_id})
              .empty();
}

bool use_two_factor_step(store::Connection& connection, std::int64_t staff_id, std::int64_t step) {
  return !connection
              .query("UPDATE staff_two_factor SET last_step = ?"
                     " WHERE staff_id = ? AND confirmed_at IS NOT NULL AND last_step < ? RETURNING staff_id",
                     {step, staff_id, step})
              .empty();
}

void replace_recovery_codes(store::Connection& connection, std::int64_t staff_id,
                            const std::vector<std::string>& code_hashes) {
  connection.execute("DELETE FROM two_factor_recovery_codes WHERE staff_id = ?", {staff_id});
  for (const auto& hash : code_hashes) {
    connection.execute("INSERT INTO two_factor_recovery_codes (staff_id, code_hash) VALUES (?, ?)", {staff_id, hash});
  }
}

bool use_recovery_code(store::Connection& connection, std::int64_t staff_id, const std::string& code_hash,
                       std::int64_t now) {
  return !connection
              .query("UPDATE two_factor_recovery_codes SET used_at = ?"
                     " WHERE staff_id = ? AND code_hash = ? AND used_at IS NULL RETURNING id",
                     {to_iso_instant(now), staff_id, code_hash})
              .empty();
}

std::int64_t unused_recovery_codes(store::Connection& connection, std::int64_t staff_id) {
  return connection
      .query_one("SELECT COUNT(*) FROM two_factor_recovery_codes WHERE staff_id = ? AND used_at IS NULL", {staff_id})
      ->integer(0);
}

std::int64_t two_factor_failures_since(store::Connection& connection, std::int64_t staff_id, std::int64_t since) {
  return connection
      .query_one("SELECT COUNT(*) FROM two_factor_failures WHERE staff_id = ? AND failed_at > ?", {staff_id, since})
      ->integer(0);
}

void record_two_factor_failure(store::Connection& connection, std::int64_t staff_id, std::int64_t now) {
  connection.execute("INSERT INTO two_factor_failures (staff_id, failed_at) VALUES (?, ?)", {staff_id, now});
}

std::vector<EnrolledAccount> enrolled_accounts(store::Connection& connection) {
  std::vector<EnrolledAccount> accounts;
  for (const auto& row : connection.query(
           "SELECT st.username, st.display_name, tf.confirmed_at FROM staff_two_factor tf"
           " JOIN staff st ON st.id = tf.staff_id WHERE tf.confirmed_at IS NOT NULL"
           " ORDER BY st.display_name, st.username",
           {})) {
    accounts.push_back({row.text(0), row.text(1), row.text(2)});
  }
  return accounts;
}

bool remove_two_factor(store::Connection& connection, std::int64_t staff_id) {
  connection.execute("DELETE FROM two_factor_recovery_codes WHERE staff_id = ?", {staff_id});
  connection.execute("DELETE FROM two_factor_failures WHERE staff_id = ?", {staff_id});
  return !connection.query("DELETE FROM staff_two_factor WHERE staff_id = ? RETURNING staff_id", {staff_id}).empty();
}

}  // namespace pathway::access
