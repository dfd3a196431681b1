#include "access/sign_in.h"

#include "access/accounts.h"
#include "access/audit.h"
#include "access/password_hash.h"
#include "store/transaction.h"

namespace pathway::access {

SignInService::SignInService(store::Database& database, AuditWriter& audit_log, PasswordChecks& password_checks,
                             ThrottlePolicy policy)
    : database_(database), audit_log_(audit_log), password_checks_(password_checks), policy_(policy) {
  decoy_hash();  // made now, not by the first sign-in for an unknown account
}

// A throttled attempt is audited but not counted, so retrying cannot extend a lock. Its
// event goes through the group-committing writer: a flood of them costs few commits.
SignInResult SignInService::refuse_throttled(const std::string& username, const std::string& address) {
  audit_log_.record({username, "sign_in_failed", "", "", address, "throttled"});
  return {SignInResult::Outcome::refused, std::nullopt};
}

SignInResult SignInService::sign_in(const SignInAttempt& attempt, std::int64_t now) {
  const std::string username = canonical_username(attempt.username);
  std::optional<std::pair<StaffMember, std::string>> account;
  bool throttled = false;
  {
    auto connection = database_.acquire();
    throttled = sign_in_throttled(*connection, username, attempt.address, now, policy_);
    if (!throttled) account = find_staff_with_password_hash(*connection, username);
  }  // no connection is held while waiting for a password check
  if (throttled) return refuse_throttled(username, attempt.address);

  // Unknown accounts are checked against a decoy, so they take as long as known ones.
  auto password_ok = password_checks_.check(account ? account->second : decoy_hash(), attempt.password);
  if (!password_ok) return {SignInResult::Outcome::busy, std::nullopt};

  auto connection = database_.acquire();
  // Attempts checked at the same time may have used up the allowance meanwhile: refusing
  // here, whatever the password, keeps the number of guesses to the policy.
  if (sign_in_throttled(*connection, username, attempt.address, now, policy_)) {
    connection.reset();
    return refuse_throttled(username, attempt.address);
  }
  store::Transaction transaction(*connection);
  if (!account || !*password_ok || !account->first.active) {
    record_sign_in_failure(*connection, username, attempt.address, now);
    record_audit_event(*connection, {username, "sign_in_failed", "", "", attempt.address,
                                     !account ? "unknown account" : !*password_ok ? "wrong password"
                                                                                  : "account disabled"});
    transaction.commit();
    return {SignInResult::Outcome::refused, std::nullopt};
  }
  StartedSession started = start_session(*connection, account->first, now);
  record_sign_in(*connection, account->first.id, now);
  record_audit_event(*connection, {account->first.username, "sign_in", "", "", attempt.address, ""});
  transaction.commit();
  return {SignInResult::Outcome::signed_in, std::move(started)};
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
