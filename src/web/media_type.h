#pragma once
// Content-Type values (RFC 9110, 8.3): parsed whole, so that a type is matched exactly and
// never by prefix ("application/x-www-form-urlencodedx" is another type).
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pathway::web {

struct MediaType {
  std::string essence;  // "type/subtype" in lower case
  std::vector<std::pair<std::string, std::string>> parameters;  // names in lower case, values unquoted
};

// Parses `type "/" subtype *( OWS ";" OWS [ name "=" ( token / quoted-string ) ] )`;
// nullopt when the value is anything else (a missing subtype, a stray character, a
// parameter without a value, an unterminated quote).
std::optional<MediaType> parse_media_type(std::string_view value);

// True when a request's Content-Type says the body is a form as browsers send it:
// exactly application/x-www-form-urlencoded (any case), with no charset or charset utf-8.
bool is_form_content_type(std::optional<std::string_view> value);

}  // namespace pathway::web
