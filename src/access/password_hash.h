#pragma once
// Argon2id password hashes (libsodium's encoded string format, which carries its own salt
// and cost parameters, so the cost can rise later without a migration).
#include <string>
#include <string_view>

namespace pathway::access {

// Hashes with libsodium's interactive limits. Throws std::runtime_error if memory is short.
std::string hash_password(std::string_view password);

// True if the password matches the stored hash. False for a malformed hash.
bool verify_password(std::string_view stored_hash, std::string_view password);

// A hash of a random password, for comparing against when the account does not exist, so
// a sign-in for an unknown user takes as long as one for a known user.
const std::string& decoy_hash();

}  // namespace pathway::access
