#pragma once
// Where two-factor sign-in keeps its state: each account's sealed TOTP secret and the
// newest time step it has used, its recovery codes (hashes only) and its wrong codes.
// Every change that must happen once (using a step, using a recovery code, confirming an
// enrolment) is one conditional statement, so two servers cannot both accept it.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/database.h"

namespace pathway::access {

struct StoredTwoFactor {
  std::string sealed_secret;
  bool confirmed = false;   // false while the enrolment awaits its first code
  std::string confirmed_at;  // ISO UTC instant; "" while unconfirmed
  std::int64_t last_step = 0;
};

// The account's secret, confirmed or not; nullopt when it has none. Throws StoreError.
std::optional<StoredTwoFactor> find_two_factor(store::Connection& connection, std::int64_t staff_id);

// Stores a new unconfirmed secret for an account that has no confirmed one (replacing an
// earlier unconfirmed one). Returns false, changing nothing, if the account has a confirmed
// secret. Throws StoreError.
bool save_unconfirmed_two_factor(store::Connection& connection, std::int64_t staff_id,
                                 const std::string& sealed_secret, std::int64_t now);

// Confirms the account's unconfirmed secret with the step of the code that confirmed it.
// False if there was none to confirm (already confirmed, or reset meanwhile).
bool confirm_two_factor(store::Connection& connection, std::int64_t staff_id, std::int64_t step, std::int64_t now);

// Uses a time step of the confirmed secret: false, changing nothing, if that step or a
// later one was used already (the code is a replay). Throws StoreError.
bool use_two_factor_step(store::Connection& connection, std::int64_t staff_id, std::int64_t step);

// Replaces the account's recovery codes with these hashes. Throws StoreError.
void replace_recovery_codes(store::Connection& connection, std::int64_t staff_id,
                            const std::vector<std::string>& code_hashes);

// Marks the unused code with this hash used: false if there is none (wrong, or used).
bool use_recovery_code(store::Connection& connection, std::int64_t staff_id, const std::string& code_hash,
                       std::int64_t now);

// How many of the account's recovery codes are still unused. Throws StoreError.
std::int64_t unused_recovery_codes(store::Connection& connection, std::int64_t staff_id);

// Wrong codes for the account since `since` (Unix seconds). Throws StoreError.
std::int64_t two_factor_failures_since(store::Connection& connection, std::int64_t staff_id, std::int64_t since);

// Counts one wrong code. Throws StoreError.
void record_two_factor_failure(store::Connection& connection, std::int64_t staff_id, std::int64_t now);

struct EnrolledAccount {
  std::string username;
  std::string display_name;
  std::string confirmed_at;  // ISO UTC instant
};

// Every account with a confirmed second factor, by name. Throws StoreError.
std::vector<EnrolledAccount> enrolled_accounts(store::Connection& connection);

// Forgets the account's secret, recovery codes and wrong codes: its second factor is reset,
// and it enrols again at its next sign-in. Returns whether it had a secret. Throws StoreError.
bool remove_two_factor(store::Connection& connection, std::int64_t staff_id);

}  // namespace pathway::access
