#pragma once
// Two-factor sign-in (decision 0007): enrolling an authenticator app, the second step of
// signing in, and new recovery codes. Every code is checked under a per-account throttle:
// after `failures` wrong codes in `window_seconds` the account's codes are refused unchecked
// until the oldest leaves the window. Each accepted TOTP step is used up, so a code cannot
// be replayed, and each recovery code works once. Every attempt is audited.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "access/staff.h"
#include "access/two_factor_key.h"
#include "core/result.h"
#include "store/database.h"

namespace pathway::access {

struct TwoFactorThrottle {
  std::int64_t window_seconds = 15 * 60;
  int failures = 5;
};

// The name an authenticator app shows beside the account.
inline constexpr std::string_view two_factor_issuer = "Pathway";

struct TwoFactorStatus {
  bool enrolled = false;
  std::string enrolled_at;  // ISO UTC instant, when enrolled
  std::int64_t recovery_codes_left = 0;
};

// An enrolment waiting for its first code: what the person puts in their app.
struct Enrolment {
  std::string secret_for_reading;  // base32 in groups of four
  std::string uri;                 // otpauth://, for the QR code
};

// One code typed by a signed-in person.
struct CodeAttempt {
  const StaffMember& staff;
  std::string code;
  std::string address;
  std::int64_t now;
};

class TwoFactorService {
 public:
  // Borrows the database. Without a key no secret can be sealed or opened: enrolment and
  // codes answer `unavailable`, so accounts that need a second step cannot finish signing
  // in until the server is given its key (fail closed).
  TwoFactorService(store::Database& database, std::optional<TwoFactorKey> key, TwoFactorThrottle throttle = {});

  bool available() const { return key_.has_value(); }

  // Whether the account has enrolled, since when, and its unused recovery codes.
  TwoFactorStatus status(const StaffMember& staff);

  // The account's enrolment awaiting confirmation, made now if it has none. Errors:
  // conflict (already enrolled), unavailable (no key, or the key does not open the secret).
  Result<Enrolment> enrolment(const StaffMember& staff, std::int64_t now);

  // Confirms the enrolment with a current code: the second factor takes effect, the session
  // (by its token) becomes a full one, and the new recovery codes are returned to be shown
  // once. Errors: invalid (wrong or used code), forbidden (too many wrong codes),
  // conflict (nothing awaiting confirmation), unavailable.
  Result<std::vector<std::string>> confirm_enrolment(const CodeAttempt& attempt, std::string_view session_token);

  // The second step of signing in, with an authenticator code or an unused recovery code:
  // the session becomes a full one. Errors as confirm_enrolment (conflict: not enrolled).
  Result<Done> complete_sign_in(const CodeAttempt& attempt, std::string_view session_token);

  // New recovery codes in place of the old, for a current authenticator code; returned to
  // be shown once. Errors as complete_sign_in.
  Result<std::vector<std::string>> replace_recovery_codes(const CodeAttempt& attempt);

 private:
  enum class Purpose { sign_in, enrolment, recovery_codes };
  // Checks the code in the caller's transaction: the audit detail of an accepted code, or
  // the error for the person. A wrong code is counted and audited there too.
  Result<std::string> check_code(store::Connection& connection, const CodeAttempt& attempt, Purpose purpose);
  std::vector<std::string> issue_recovery_codes(store::Connection& connection, std::int64_t staff_id);

  store::Database& database_;
  std::optional<TwoFactorKey> key_;
  TwoFactorThrottle throttle_;
};

// Resets the account's second factor in the caller's transaction: its secret, recovery
// codes and wrong codes are forgotten and its sessions end, so it enrols again at its next
// sign-in. The caller audits it. Returns whether it had enrolled (or started to). Throws
// StoreError.
bool reset_two_factor(store::Connection& connection, const StaffMember& staff);

}  // namespace pathway::access
