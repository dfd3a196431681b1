#pragma once
// One-time recovery codes: the way to sign in when the phone is lost. Each carries 80
// random bits, so a fast hash (BLAKE2b) keeps them safe in the database without the cost
// of a password hash; each is shown once, when made, and works once.
#include <string>
#include <string_view>
#include <vector>

namespace pathway::access {

inline constexpr int recovery_codes_per_account = 10;

// Fresh codes, as shown to the person: 16 characters a-z 2-7 in groups of four
// ("abcd-efgh-ijkm-nop2").
std::vector<std::string> new_recovery_codes();

// Whether the typed text looks like a recovery code rather than an authenticator code.
bool looks_like_recovery_code(std::string_view typed);

// The hash stored for a code, from the code as typed: case, spaces and hyphens ignored.
std::string recovery_code_hash(std::string_view typed);

}  // namespace pathway::access
