#include "access/password_policy.h"

#include <algorithm>

#include "core/text.h"

namespace pathway::access {

// Defined in access/common_passwords.cpp; takes the password already in lower case.
bool is_common_password(std::string_view lower_case_password);

namespace {

// Usernames shorter than this would refuse too many good passwords ("amy" in "dreamy").
constexpr std::size_t minimum_username_length_to_check = 4;

// Characters, not bytes: every UTF-8 code point has exactly one byte that is not a
// continuation byte (10xxxxxx).
std::size_t character_count(std::string_view text) {
  return static_cast<std::size_t>(std::ranges::count_if(
      text, [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

bool contains_username(const std::string& lower_case_password, std::string_view username) {
  if (character_count(username) < minimum_username_length_to_check) return false;
  return lower_case_password.find(ascii_lower(username)) != std::string::npos;
}

}  // namespace

std::optional<std::string> check_new_password(std::string_view password,
                                              std::string_view username) {
  std::size_t length = character_count(password);
  if (length < minimum_password_length) {
    return "Password must be at least " + std::to_string(minimum_password_length) + " characters";
  }
  if (length > maximum_password_length) {
    return "Password must be " + std::to_string(maximum_password_length) + " characters or fewer";
  }
  std::string lowered = ascii_lower(password);
  if (is_common_password(lowered)) {
    return "Password is too easy to guess: it is one that many people use";
  }
  if (contains_username(lowered, username)) return "Password must not contain your username";
  return std::nullopt;
}

}  // namespace pathway::access
