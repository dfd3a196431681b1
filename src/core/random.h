#pragma once
// Cryptographically secure randomness (libsodium) for session ids, CSRF tokens and public
// record ids.
#include <cstddef>
#include <string>
#include <string_view>

namespace pathway {

// Initialises libsodium; call once at start. Throws std::runtime_error if it cannot.
void initialise_crypto();

// `bytes` random bytes as unpadded base64url text (32 bytes = 256 bits = 43 characters).
std::string random_token(std::size_t bytes = 32);

// A public record id: `length` characters from an alphabet without look-alikes
// (no 0/O, 1/I/L), for URLs and for reading out over the phone.
std::string random_public_id(std::size_t length = 10);

// The characters of a public record id.
std::string_view public_id_alphabet();

// Lower-case hex SHA-256 of the text (for storing session tokens by hash).
std::string sha256_hex(std::string_view text);

// Compares two strings in time that depends only on their lengths.
bool constant_time_equal(std::string_view a, std::string_view b);

}  // namespace pathway
