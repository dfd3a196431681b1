#include "web/request_numbers.h"

#include <charconv>

namespace pathway::web {

namespace {

enum class Reading { number, too_large, not_a_number };

// Plain ASCII digits and nothing else, into `value`; too_large past 2^63 - 1.
Reading read_digits(std::string_view text, std::int64_t& value) {
  if (text.empty() || text.front() < '0' || text.front() > '9') return Reading::not_a_number;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (end != text.data() + text.size() && error == std::errc{}) return Reading::not_a_number;
  if (error == std::errc::result_out_of_range) {
    // from_chars stops at the first non-digit even when the digits overflow.
    for (char c : text) {
      if (c < '0' || c > '9') return Reading::not_a_number;
    }
    return Reading::too_large;
  }
  return error == std::errc{} ? Reading::number : Reading::not_a_number;
}

}  // namespace

std::int64_t page_number(std::string_view text) {
  std::int64_t page = 1;
  switch (read_digits(text, page)) {
    case Reading::number: return page < 1 ? 1 : page > max_page ? max_page : page;
    case Reading::too_large: return max_page;
    case Reading::not_a_number: return 1;
  }
  return 1;
}

std::optional<std::int64_t> posted_version(std::string_view text) {
  std::int64_t version = 0;
  if (read_digits(text, version) != Reading::number || version < 1) return std::nullopt;
  return version;
}

}  // namespace pathway::web
