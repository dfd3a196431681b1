#pragma once
// The password rules of NCSC guidance: long enough, not a common password, no composition
// rules. Argon2id hashing lives in access/password_hash.h.
#include <optional>
#include <string>
#include <string_view>

namespace pathway::access {

inline constexpr std::size_t minimum_password_length = 12;  // in characters, not bytes
inline constexpr std::size_t maximum_password_length = 256;

// Returns nullopt when the password is acceptable, otherwise a message to show the person
// choosing it, e.g. "Password must be at least 12 characters". Checks: length in UTF-8
// characters between the limits; not in the common password list (compared case-
// insensitively; the list is access/common_passwords.cpp); not containing the username
// (case-insensitive) when the username has 4 or more characters.
std::optional<std::string> check_new_password(std::string_view password,
                                              std::string_view username);

}  // namespace pathway::access
