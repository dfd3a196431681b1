#include "core/random.h"

#include <sodium.h>

#include <stdexcept>

namespace pathway {

void initialise_crypto() {
  if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialised");
}

std::string random_token(std::size_t bytes) {
  std::string raw(bytes, '\0');
  randombytes_buf(raw.data(), raw.size());
  std::string encoded(sodium_base64_ENCODED_LEN(bytes, sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
  sodium_bin2base64(encoded.data(), encoded.size(), reinterpret_cast<const unsigned char*>(raw.data()),
                    raw.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  encoded.resize(encoded.find('\0'));
  return encoded;
}

std::string_view public_id_alphabet() { return "23456789ABCDEFGHJKMNPQRSTUVWXYZ"; }

std::string random_public_id(std::size_t length) {
  std::string_view alphabet = public_id_alphabet();
  std::string id(length, ' ');
  for (char& c : id) c = alphabet[randombytes_uniform(static_cast<std::uint32_t>(alphabet.size()))];
  return id;
}

std::string sha256_hex(std::string_view text) {
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(text.data()), text.size());
  char hex[crypto_hash_sha256_BYTES * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  return hex;
}

bool constant_time_equal(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  return sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace pathway
