#include "access/two_factor_key.h"

#include <sodium.h>

#include <vector>

namespace pathway::access {

namespace {

// Binds a sealed secret to its account: moving it to another account's row makes it
// fail to open, rather than letting one person's phone sign in as someone else.
std::string associated_data(std::int64_t staff_id) {
  return "pathway two-factor secret for staff " + std::to_string(staff_id);
}

}  // namespace

Result<TwoFactorKey> TwoFactorKey::from_hex(std::string_view hex) {
  TwoFactorKey key;
  if (hex.size() != key.bytes_.size() * 2) {
    return Error{ErrorKind::invalid, "the two-factor key must be 64 hexadecimal digits (32 bytes), but it has " +
                                         std::to_string(hex.size()) + " characters"};
  }
  std::size_t length = 0;
  if (sodium_hex2bin(key.bytes_.data(), key.bytes_.size(), hex.data(), hex.size(), nullptr, &length, nullptr) != 0 ||
      length != key.bytes_.size()) {
    return Error{ErrorKind::invalid, "the two-factor key must be 64 hexadecimal digits (0-9, a-f)"};
  }
  return key;
}

std::string TwoFactorKey::seal(std::string_view secret, std::int64_t staff_id) const {
  std::string data = associated_data(staff_id);
  std::vector<unsigned char> sealed(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + secret.size() +
                                    crypto_aead_xchacha20poly1305_ietf_ABYTES);
  unsigned char* nonce = sealed.data();
  randombytes_buf(nonce, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
  unsigned long long written = 0;
  crypto_aead_xchacha20poly1305_ietf_encrypt(
      nonce + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, &written,
      reinterpret_cast<const unsigned char*>(secret.data()), secret.size(),
      reinterpret_cast<const unsigned char*>(data.data()), data.size(), nullptr, nonce, bytes_.data());
  std::string hex(sealed.size() * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), sealed.data(), sealed.size());
  hex.pop_back();
  return hex;
}

std::optional<std::string> TwoFactorKey::open(std::string_view sealed_hex, std::int64_t staff_id) const {
  // Too short to hold a nonce and a tag: nothing to open (and an empty buffer's data()
  // may be null, which libsodium must not be given).
  constexpr std::size_t least = 2 * (crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + crypto_aead_xchacha20poly1305_ietf_ABYTES);
  if (sealed_hex.size() < least) return std::nullopt;
  std::vector<unsigned char> sealed(sealed_hex.size() / 2);
  std::size_t length = 0;
  if (sodium_hex2bin(sealed.data(), sealed.size(), sealed_hex.data(), sealed_hex.size(), nullptr, &length,
                     nullptr) != 0 ||
      length < crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + crypto_aead_xchacha20poly1305_ietf_ABYTES) {
    return std::nullopt;
  }
  const unsigned char* nonce = sealed.data();
  std::size_t cipher_length = length - crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
  std::string secret(cipher_length - crypto_aead_xchacha20poly1305_ietf_ABYTES, '\0');
  std::string data = associated_data(staff_id);
  unsigned long long opened = 0;
  if (crypto_aead_xchacha20poly1305_ietf_decrypt(
          reinterpret_cast<unsigned char*>(secret.data()), &opened, nullptr,
          nonce + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, cipher_length,
          reinterpret_cast<const unsigned char*>(data.data()), data.size(), nonce, bytes_.data()) != 0) {
    return std::nullopt;
  }
  secret.resize(opened);
  return secret;
}

}  // namespace pathway::access
