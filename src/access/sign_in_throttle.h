#pragma once
// Throttling of sign-in guesses (docs/decisions/0004-sign-in-throttling.md). Failures are
// counted by the account's canonical username and the client's address. The hard refusal
// is per account AND address, so a stranger elsewhere cannot lock anyone out; an account
// guessed at from many addresses, or an address guessing at many accounts, only lowers
// that allowance, so a correct password from an address that is not itself guessing at
// the account still passes. Only checked attempts count: a refused attempt is not a new
// failure, so a lock always ends when its window has passed.
#include <cstdint>
#include <string>

#include "store/database.h"

namespace pathway::access {

struct ThrottlePolicy {
  std::int64_t window_seconds = 15 * 60;
  // Failures for one account from one address, after which that address may not try that
  // account again until the oldest has left the window.
  int failures_per_account_and_address = 5;
  // Failures for one account from all addresses (it is being guessed at from many), or
  // from one address across all accounts (it is guessing at many): either lowers the
  // allowance for each account and address to failures_when_under_attack.
  int failures_per_account = 20;
  int failures_per_address = 20;
  int failures_when_under_attack = 2;
};

// True when sign-in to the account (canonical username) from the address is refused
// without checking the password. Throws StoreError.
bool sign_in_throttled(store::Connection& connection, const std::string& username, const std::string& address,
                       std::int64_t now, const ThrottlePolicy& policy);

// Counts one checked, failed attempt. Throws StoreError.
void record_sign_in_failure(store::Connection& connection, const std::string& username,
                            const std::string& address, std::int64_t now);

// Forgets every counted failure for the account (canonical username), from every address:
// an administrator's unlock. Returns how many there were. Throws StoreError.
std::int64_t clear_sign_in_failures(store::Connection& connection, const std::string& username);

}  // namespace pathway::access
