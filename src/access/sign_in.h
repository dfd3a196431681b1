#pragma once
// Signing in: password check, throttling of repeated failures, a new session, and the
// audit events. Every failure gives the same answer, so the page reveals neither whether
// an account exists nor that it is being throttled.
#include <cstdint>
#include <optional>
#include <string>

#include "access/sessions.h"
#include "store/database.h"

namespace pathway::access {

struct ThrottlePolicy {
  std::int64_t window_seconds = 15 * 60;
  int failures_per_account = 5;    // then the account refuses sign-in until the window passes
  int failures_per_address = 20;   // one address guessing across many accounts
};

struct SignInAttempt {
  std::string username;
  std::string password;
  std::string address;
};

// The one message shown for any failed sign-in.
inline constexpr std::string_view sign_in_failure_message =
    "Enter a correct username and password. If you have forgotten your password, or your "
    "account is locked, ask your administrator.";

// Checks the attempt and, on success, starts a session. Returns nullopt on any failure
// (unknown account, wrong password, disabled, throttled). Records sign_in or
// sign_in_failed in the audit trail. Throws StoreError.
std::optional<StartedSession> sign_in(store::Database& database, const SignInAttempt& attempt,
                                      std::int64_t now, const ThrottlePolicy& policy = {});

// Ends the session and records sign_out.
void sign_out(store::Database& database, std::string_view token, const StaffMember& staff,
              const std::string& address);

}  // namespace pathway::access
