#include "access/sign_in.h"

#include "access/audit.h"
#include "access/password_hash.h"
#include "store/transaction.h"

namespace pathway::access {

namespace {

bool throttled(store::Connection& connection, const SignInAttempt& attempt, std::int64_t now,
               const ThrottlePolicy& policy) {
  std::int64_t since = now - policy.window_seconds;
  auto by_account = connection.query_one(
      "SELECT COUNT(*) FROM sign_in_failures WHERE username = ? AND failed_at > ?",
      {attempt.username, since});
  if (by_account->integer(0) >= policy.failures_per_account) return true;
  auto by_address = connection.query_one(
      "SELECT COUNT(*) FROM sign_in_failures WHERE address = ? AND failed_at > ?",
      {attempt.address, since});
  return by_address->integer(0) >= policy.failures_per_address;
}

void record_failure(store::Connection& connection, const SignInAttempt& attempt, std::int64_t now,
                    std::string_view why) {
  store::Transaction transaction(connection);
  connection.execute("INSERT INTO sign_in_failures (username, address, failed_at) VALUES (?, ?, ?)",
                     {attempt.username, attempt.address, now});
  record_audit_event(connection, {attempt.username, "sign_in_failed", "", "", attempt.address,
                                  std::string(why)});
  transaction.commit();
}

}  // namespace

std::optional<StartedSession> sign_in(store::Database& database, const SignInAttempt& attempt,
                                      std::int64_t now, const ThrottlePolicy& policy) {
  auto connection = database.acquire();
  auto account = find_staff_with_password_hash(*connection, attempt.username);
  // Always run the slow hash check, so timing does not reveal whether the account exists.
  bool password_ok = verify_password(account ? account->second : decoy_hash(), attempt.password);
  if (throttled(*connection, attempt, now, policy)) {
    record_failure(*connection, attempt, now, "throttled");
    return std::nullopt;
  }
  if (!account || !password_ok || !account->first.active) {
    record_failure(*connection, attempt, now,
                   !account ? "unknown account" : !password_ok ? "wrong password" : "account disabled");
    return std::nullopt;
  }
  store::Transaction transaction(*connection);
  StartedSession started = start_session(*connection, account->first, now);
  record_audit_event(*connection, {account->first.username, "sign_in", "", "", attempt.address, ""});
  transaction.commit();
  return started;
}

void sign_out(store::Database& database, std::string_view token, const StaffMember& staff,
              const std::string& address) {
  auto connection = database.acquire();
  store::Transaction transaction(*connection);
  end_session(*connection, token);
  record_audit_event(*connection, {staff.username, "sign_out", "", "", address, ""});
  transaction.commit();
}

}  // namespace pathway::access
