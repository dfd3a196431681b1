#pragma once
// The server's two-factor key: it seals each account's TOTP secret before it is stored, so
// a copy of the database alone does not hand the secrets out (decision 0007). It comes
// from the server's environment (PATHWAY_TWO_FACTOR_KEY: 64 hex digits), never from the
// database; every server sharing a database must have the same key.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"

namespace pathway::access {

class TwoFactorKey {
 public:
  // The key from 64 hexadecimal digits (32 bytes). Errors: invalid, saying what is wrong
  // (never repeating the text, which may be most of a key).
  static Result<TwoFactorKey> from_hex(std::string_view hex);

  // The secret encrypted and authenticated (XChaCha20-Poly1305) for one account, as hex
  // text: sealed for one account, it does not open for another.
  std::string seal(std::string_view secret, std::int64_t staff_id) const;

  // The secret, or nullopt when the text was not sealed by this key for this account.
  std::optional<std::string> open(std::string_view sealed, std::int64_t staff_id) const;

 private:
  TwoFactorKey() = default;
  std::array<unsigned char, 32> bytes_{};
};

// The environment variable a server reads its two-factor key from.
inline constexpr const char* two_factor_key_variable = "PATHWAY_TWO_FACTOR_KEY";

}  // namespace pathway::access
