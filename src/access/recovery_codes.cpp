#include "access/recovery_codes.h"

#include <sodium.h>

#include "access/totp.h"
#include "core/text.h"

namespace pathway::access {

namespace {

constexpr std::size_t code_bytes = 10;  // 80 bits: 16 base32 characters

// The code as stored before hashing: lower case, without the separators people type.
std::string normalised(std::string_view typed) {
  std::string code;
  for (char c : ascii_lower(typed)) {
    if (c != ' ' && c != '-') code += c;
  }
  return code;
}

}  // namespace

std::vector<std::string> new_recovery_codes() {
  std::vector<std::string> codes;
  for (int i = 0; i < recovery_codes_per_account; ++i) {
    std::string random(code_bytes, '\0');
    randombytes_buf(random.data(), random.size());
    std::string grouped = grouped_for_reading(ascii_lower(base32_text(random)));
    for (char& c : grouped) {
      if (c == ' ') c = '-';
    }
    codes.push_back(std::move(grouped));
  }
  return codes;
}

bool looks_like_recovery_code(std::string_view typed) { return normalised(typed).size() == code_bytes * 8 / 5; }

std::string recovery_code_hash(std::string_view typed) {
  std::string code = normalised(typed);
  unsigned char hash[crypto_generichash_BYTES];
  crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(code.data()), code.size(), nullptr, 0);
  std::string hex(sizeof hash * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), hash, sizeof hash);
  hex.pop_back();
  return hex;
}

}  // namespace pathway::access
