#include "access/totp.h"

#include <liboath/oath.h>
#include <sodium.h>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <stdexcept>

namespace pathway::access {

namespace {

// liboath must be initialised once before use; a function-local static does it exactly
// once, whichever thread comes first.
void ensure_oath() {
  static const int initialised = oath_init();
  if (initialised != OATH_OK) throw std::runtime_error("liboath could not be initialised");
}

}  // namespace

std::string new_totp_secret() {
  std::string secret(20, '\0');
  randombytes_buf(secret.data(), secret.size());
  return secret;
}

std::string base32_text(std::string_view secret) {
  ensure_oath();
  char* encoded = nullptr;
  size_t length = 0;
  if (oath_base32_encode(secret.data(), secret.size(), &encoded, &length) != OATH_OK) {
    throw std::runtime_error("liboath could not encode a secret in base32");
  }
  std::unique_ptr<char, decltype(&std::free)> owned(encoded, &std::free);
  std::string text(encoded, length);
  while (!text.empty() && text.back() == '=') text.pop_back();
  return text;
}

std::string grouped_for_reading(std::string_view base32) {
  std::string grouped;
  for (std::size_t i = 0; i < base32.size(); ++i) {
    if (i > 0 && i % 4 == 0) grouped += ' ';
    grouped += base32[i];
  }
  return grouped;
}

std::string totp_enrolment_uri(std::string_view secret, std::string_view issuer, std::string_view username) {
  std::string issuer_text(issuer);
  return "otpauth://totp/" + issuer_text + ":" + std::string(username) + "?secret=" + base32_text(secret) +
         "&issuer=" + issuer_text + "&algorithm=SHA1&digits=" + std::to_string(totp_digits) +
         "&period=" + std::to_string(totp_step_seconds);
}

std::int64_t totp_step_at(std::int64_t now) { return now / totp_step_seconds; }

TotpCheck check_totp(std::string_view secret, std::string_view typed_code, std::int64_t now,
                     std::int64_t last_step) {
  std::string code;
  for (char c : typed_code) {
    if (c != ' ') code += c;
  }
  if (code.size() != totp_digits || !std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return {};
  }
  ensure_oath();
  int position = 0;
  std::uint64_t counter = 0;
  int found = oath_totp_validate3(secret.data(), secret.size(), static_cast<time_t>(now), totp_step_seconds, 0,
                                  totp_window_steps, &position, &counter, code.c_str());
  if (found < 0) return {};
  auto step = static_cast<std::int64_t>(counter);
  return {step > last_step ? TotpCheck::Outcome::accepted : TotpCheck::Outcome::replayed, step};
}

}  // namespace pathway::access
