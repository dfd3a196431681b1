#include "web/form_decoding.h"

#include <algorithm>

// Deliberately standard library only, so scripts/run-fuzz can build this file on its own.

namespace pathway::web {

namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

// Structural UTF-8 check (shortest form, no surrogates, at most U+10FFFF) that also refuses
// NUL, which would otherwise cut a value short in C APIs such as SQLite's.
bool is_valid_text(std::string_view text) {
  auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  for (std::size_t pos = 0; pos < text.size();) {
    unsigned char lead = byte(pos);
    if (lead == 0) return false;
    if (lead < 0x80) {
      ++pos;
      continue;
    }
    // The second byte's range carries the overlong, surrogate and maximum checks.
    unsigned char low = 0x80, high = 0xBF;
    std::size_t length;
    if (lead >= 0xC2 && lead <= 0xDF) {
      length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      length = 3;
      if (lead == 0xE0) low = 0xA0;
      if (lead == 0xED) high = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      length = 4;
      if (lead == 0xF0) low = 0x90;
      if (lead == 0xF4) high = 0x8F;
    } else {
      return false;
    }
    if (pos + length > text.size() || byte(pos + 1) < low || byte(pos + 1) > high) return false;
    for (std::size_t i = 2; i < length; ++i) {
      if ((byte(pos + i) & 0xC0) != 0x80) return false;
    }
    pos += length;
  }
  return true;
}

// Decodes '+' and %XX into out; false on a bad escape or text that is not valid.
bool decode_component(std::string_view encoded, std::string& out) {
  // Most names and many values need no decoding at all.
  if (encoded.find_first_of("%+") == std::string_view::npos) {
    out.assign(encoded);
    return is_valid_text(out);
  }
  out.clear();
  out.reserve(encoded.size());
  for (std::size_t i = 0; i < encoded.size(); ++i) {
    char c = encoded[i];
    if (c == '+') {
      out += ' ';
    } else if (c == '%') {
      if (encoded.size() - i < 3) return false;
      int high = hex_value(encoded[i + 1]), low = hex_value(encoded[i + 2]);
      if (high < 0 || low < 0) return false;
      out += static_cast<char>(high * 16 + low);
      i += 2;
    } else {
      out += c;
    }
  }
  return is_valid_text(out);
}

}  // namespace

std::optional<FormFields> decode_form(std::string_view encoded, std::size_t max_fields) {
  FormFields fields;
  std::size_t separators =
      static_cast<std::size_t>(std::count(encoded.begin(), encoded.end(), '&'));
  fields.reserve(std::min(separators + 1, max_fields));
  while (!encoded.empty()) {
    std::size_t end = std::min(encoded.find('&'), encoded.size());
    std::string_view segment = encoded.substr(0, end);
    encoded.remove_prefix(std::min(end + 1, encoded.size()));
    if (segment.empty()) continue;
    if (fields.size() == max_fields) return std::nullopt;
    std::size_t equals = std::min(segment.find('='), segment.size());
    auto& [name, value] = fields.emplace_back();
    if (!decode_component(segment.substr(0, equals), name)) return std::nullopt;
    if (equals < segment.size() && !decode_component(segment.substr(equals + 1), value)) {
      return std::nullopt;
    }
  }
  return fields;
}

std::string encode_query_value(std::string_view value) {
  constexpr char hex_digits[] = "0123456789ABCDEF";
  std::string encoded;
  encoded.reserve(value.size());
  for (char c : value) {
    bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                      c == '-' || c == '.' || c == '_' || c == '~';
    if (unreserved) {
      encoded += c;
    } else {
      auto byte = static_cast<unsigned char>(c);
      encoded += '%';
      encoded += hex_digits[byte >> 4];
      encoded += hex_digits[byte & 0x0F];
    }
  }
  return encoded;
}

std::optional<std::string> first_value(const FormFields& fields, std::string_view name) {
  auto found = std::find_if(fields.begin(), fields.end(),
                            [&](const auto& field) { return field.first == name; });
  if (found == fields.end()) return std::nullopt;
  return found->second;
}

std::vector<std::string> all_values(const FormFields& fields, std::string_view name) {
  std::vector<std::string> values;
  for (const auto& [key, value] : fields) {
    if (key == name) values.push_back(value);
  }
  return values;
}

}  // namespace pathway::web
