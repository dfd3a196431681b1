#pragma once
// Signing in: throttling of repeated failures, a bounded password check, a new session,
// and the audit events. Every failure gives the same answer, so the page reveals neither
// whether an account exists nor that it is being throttled. The one other answer is
// "busy": no password check came free in time, so nothing was checked or counted.
#include <cstdint>
#include <optional>
#include <string>

#include "access/audit_writer.h"
#include "access/password_checks.h"
#include "access/sessions.h"
#include "access/sign_in_throttle.h"
#include "access/two_factor_policy.h"
#include "store/database.h"

namespace pathway::access {

struct SignInAttempt {
  std::string username;  // as typed
  std::string password;
  std::string address;
};

// The one message shown for any failed sign-in.
inline constexpr std::string_view sign_in_failure_message =
    "Enter a correct username and password. If you have forgotten your password, or your "
    "account is locked, ask your administrator.";

// The message shown when the server is checking as many passwords as it may at once.
inline constexpr std::string_view sign_in_busy_message =
    "Too many people are signing in at the moment. Wait a few seconds, then sign in again.";

struct SignInResult {
  enum class Outcome { signed_in, refused, busy };
  Outcome outcome = Outcome::refused;
  std::optional<StartedSession> started;  // when signed_in
  // When signed_in: what the account must do before its session is a full one.
  SecondStep next = SecondStep::none;
};

class SignInService {
 public:
  // Borrows all three; they must outlive the service.
  SignInService(store::Database& database, AuditWriter& audit_log, PasswordChecks& password_checks,
                ThrottlePolicy policy = {});

  // Checks the attempt and, on success, starts a session. The throttle is consulted before
  // the password is checked, so a refused attempt costs no hash. Refused: unknown account,
  // wrong password, disabled or throttled; busy: no password check came free in time.
  // An account that must use two-factor sign-in, or has enrolled, gets a session pending
  // its second step (result.next says which). Records sign_in or sign_in_failed in the
  // audit trail (nothing when busy). Thread-safe.
  // Throws StoreError.
  SignInResult sign_in(const SignInAttempt& attempt, std::int64_t now);

 private:
  SignInResult refuse_throttled(const std::string& username, const std::string& address);

  store::Database& database_;
  AuditWriter& audit_log_;
  PasswordChecks& password_checks_;
  ThrottlePolicy policy_;
};

// Ends the session and records sign_out.
void sign_out(store::Database& database, std::string_view token, const StaffMember& staff,
              const std::string& address);

}  // namespace pathway::access
