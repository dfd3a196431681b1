#include "access/password_hash.h"

#include <sodium.h>

#include <stdexcept>

#include "core/random.h"

namespace pathway::access {

std::string hash_password(std::string_view password) {
  char hashed[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str(hashed, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                        crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
    throw std::runtime_error("not enough memory to hash a password");
  }
  return hashed;
}

bool verify_password(std::string_view stored_hash, std::string_view password) {
  std::string hash(stored_hash);  // must be NUL-terminated for libsodium
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

const std::string& decoy_hash() {
  static const std::string hash = hash_password(random_token(24));
  return hash;
}

}  // namespace pathway::access
