#pragma once
// Decoding of application/x-www-form-urlencoded bodies and query strings. This parses
// outside input, so it has a fuzz target (tests/fuzz/form_decoder_fuzz.cpp).
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pathway::web {

// Ordered name/value pairs as sent; a name may repeat.
using FormFields = std::vector<std::pair<std::string, std::string>>;

// Decodes "a=1&b=x%20y+z&c" into {{"a","1"},{"b","x y z"},{"c",""}}. '+' is a space;
// %XX is a byte. Returns nullopt when the input is malformed: a bad percent escape
// ("%G1", "%4"), a decoded name or value that is not valid UTF-8, a NUL byte, more than
// max_fields pairs. Empty segments ("a=1&&b=2") are skipped.
std::optional<FormFields> decode_form(std::string_view encoded, std::size_t max_fields = 500);

// Percent-encodes a value for a query string (unreserved characters kept, space as %20).
std::string encode_query_value(std::string_view value);

// The first value for a name, or nullopt.
std::optional<std::string> first_value(const FormFields& fields, std::string_view name);

// Every value for a name, in the order sent (a group of checkboxes).
std::vector<std::string> all_values(const FormFields& fields, std::string_view name);

}  // namespace pathway::web
