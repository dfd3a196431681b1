#pragma once
// Time-based one-time passwords (RFC 6238) as authenticator apps make them: HMAC-SHA-1,
// 30-second steps counted from the Unix epoch, 6 digits. The arithmetic is liboath's.
#include <cstdint>
#include <string>
#include <string_view>

namespace pathway::access {

inline constexpr int totp_step_seconds = 30;
inline constexpr int totp_digits = 6;
// Codes from this many steps either side of now are accepted, for a phone whose clock is a
// little out and for a code typed just as it changed.
inline constexpr int totp_window_steps = 1;

// A new random TOTP secret: 20 bytes (160 bits, as RFC 4226 recommends), raw.
std::string new_totp_secret();

// Bytes in base32 (RFC 4648, upper case, no padding): a secret as authenticator apps take it.
std::string base32_text(std::string_view secret);

// The base32 secret in groups of four characters, for typing in by hand.
std::string grouped_for_reading(std::string_view base32);

// The otpauth:// address a QR code carries to enrol an authenticator app, labelled with the
// service and the username (a-z 0-9 . _ -, so nothing needs escaping).
std::string totp_enrolment_uri(std::string_view secret, std::string_view issuer, std::string_view username);

// The time step that `now` (Unix seconds) falls in.
std::int64_t totp_step_at(std::int64_t now);

struct TotpCheck {
  enum class Outcome { accepted, wrong, replayed };
  Outcome outcome = Outcome::wrong;
  std::int64_t step = 0;  // the step the code belongs to, when accepted or replayed
};

// Checks a typed code (spaces ignored) against the secret at `now`, within the window.
// Replayed: the code is right but belongs to `last_step` or earlier, the newest step
// this account has already used. Wrong: anything else that is not accepted.
TotpCheck check_totp(std::string_view secret, std::string_view typed_code, std::int64_t now,
                     std::int64_t last_step);

}  // namespace pathway::access
