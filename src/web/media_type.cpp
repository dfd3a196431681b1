#include "web/media_type.h"

#include <algorithm>

#include "core/text.h"

namespace pathway::web {

namespace {

bool is_token_char(char c) {
  static constexpr std::string_view symbols = "!#$%&'*+-.^_`|~";
  bool letter_or_digit = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  return letter_or_digit || symbols.find(c) != std::string_view::npos;
}

void skip_white_space(std::string_view& rest) {
  while (!rest.empty() && (rest.front() == ' ' || rest.front() == '\t')) rest.remove_prefix(1);
}

// The token at the start of `rest` (empty if none), removed from it.
std::string_view take_token(std::string_view& rest) {
  std::size_t length = 0;
  while (length < rest.size() && is_token_char(rest[length])) ++length;
  auto token = rest.substr(0, length);
  rest.remove_prefix(length);
  return token;
}

// A quoted-string at the start of `rest`, unquoted and removed from it; nullopt if unterminated.
std::optional<std::string> take_quoted(std::string_view& rest) {
  std::string value;
  for (std::size_t i = 1; i < rest.size(); ++i) {
    if (rest[i] == '"') {
      rest.remove_prefix(i + 1);
      return value;
    }
    if (rest[i] == '\\' && ++i == rest.size()) break;
    value += rest[i];
  }
  return std::nullopt;
}

// One "name=value" parameter at the start of `rest`, removed from it.
std::optional<std::pair<std::string, std::string>> take_parameter(std::string_view& rest) {
  auto name = take_token(rest);
  if (name.empty() || rest.empty() || rest.front() != '=') return std::nullopt;
  rest.remove_prefix(1);
  if (!rest.empty() && rest.front() == '"') {
    auto value = take_quoted(rest);
    if (!value) return std::nullopt;
    return std::pair{ascii_lower(name), std::move(*value)};
  }
  auto value = take_token(rest);
  if (value.empty()) return std::nullopt;
  return std::pair{ascii_lower(name), std::string(value)};
}

}  // namespace

std::optional<MediaType> parse_media_type(std::string_view value) {
  std::string_view rest = value;
  skip_white_space(rest);
  auto type = take_token(rest);
  if (type.empty() || rest.empty() || rest.front() != '/') return std::nullopt;
  rest.remove_prefix(1);
  auto subtype = take_token(rest);
  if (subtype.empty()) return std::nullopt;
  MediaType media{ascii_lower(type) + "/" + ascii_lower(subtype), {}};
  while (true) {
    skip_white_space(rest);
    if (rest.empty()) return media;
    if (rest.front() != ';') return std::nullopt;
    rest.remove_prefix(1);
    skip_white_space(rest);
    if (rest.empty() || rest.front() == ';') continue;  // an empty parameter is allowed
    auto parameter = take_parameter(rest);
    if (!parameter) return std::nullopt;
    media.parameters.push_back(std::move(*parameter));
  }
}

bool is_form_content_type(std::optional<std::string_view> value) {
  if (!value) return false;
  auto media = parse_media_type(*value);
  if (!media || media->essence != "application/x-www-form-urlencoded") return false;
  return std::all_of(media->parameters.begin(), media->parameters.end(), [](const auto& parameter) {
    return parameter.first != "charset" || ascii_lower(parameter.second) == "utf-8";
  });
}

}  // namespace pathway::web
