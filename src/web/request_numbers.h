#pragma once
// Numbers read from a request (a query string or a posted form), bounded before any
// arithmetic: a typed address or a tampered form can hold anything.
#include <cstdint>
#include <optional>
#include <string_view>

namespace pathway::web {

// The largest page number a list reads: far beyond any list the service holds, and small
// enough that the first row's offset, (page - 1) * page size, fits in 64 bits for pages
// of up to 1000 rows.
inline constexpr std::int64_t max_page = 1'000'000'000'000'000;

// The page asked for in `?page=`: 1 when absent, not plain ASCII digits, or below 1;
// max_page when larger (however many digits), which is still a page beyond the last.
std::int64_t page_number(std::string_view text);

// A record version posted back by a form: plain ASCII digits for 1 to 2^63 - 1, or
// nullopt for anything else (no sign, spaces or trailing text; "1abc" is not version 1).
std::optional<std::int64_t> posted_version(std::string_view text);

}  // namespace pathway::web
