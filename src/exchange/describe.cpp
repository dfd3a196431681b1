// One import problem as one line a person can act on.
#include <cstdio>

#include "core/free_text.h"
#include "core/text.h"
#include "exchange/exchange.h"

namespace pathway::exchange {

namespace {

std::size_t sequence_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead >= 0xF0) return 4;
  if (lead >= 0xE0) return 3;
  return 2;
}

// The code point of one well-formed UTF-8 character.
char32_t code_point(std::string_view character) {
  static constexpr unsigned char lead_bits[] = {0, 0x7F, 0x1F, 0x0F, 0x07};
  char32_t code = static_cast<unsigned char>(character[0]) & lead_bits[character.size()];
  for (std::size_t i = 1; i < character.size(); ++i) code = (code << 6) | (static_cast<unsigned char>(character[i]) & 0x3F);
  return code;
}

// The text with control characters and bytes that are not UTF-8 written as \xNN, and
// characters that do not show as themselves (a bidi override would reorder the rest of the
// line, a zero-width space would not show at all) as \u{XXXX}, so that a problem always
// prints as one readable line that shows what is wrong.
std::string printable(std::string_view text) {
  std::string shown;
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t length = sequence_length(static_cast<unsigned char>(text[pos]));
    std::string_view character = text.substr(pos, length);
    bool plain = character.size() == length && is_clean_utf8(character) && character != "\t" &&
                 character != "\r" && character != "\n";
    if (plain && length > 1 && is_hidden_character(code_point(character))) {
      char escaped[16];
      std::snprintf(escaped, sizeof escaped, "\\u{%04X}", static_cast<unsigned>(code_point(character)));
      shown += escaped;
      pos += length;
      continue;
    }
    if (plain) {
      shown += character;
      pos += length;
      continue;
    }
    char escaped[8];
    std::snprintf(escaped, sizeof escaped, "\\x%02X", static_cast<unsigned>(static_cast<unsigned char>(text[pos])));
    shown += escaped;
    ++pos;
  }
  return shown;
}

void append(std::string& text, std::string_view separator, std::string_view part) {
  if (!text.empty()) text += separator;
  text += part;
}

}  // namespace

std::string describe(const ImportProblem& problem) {
  std::string where = printable(problem.file);
  if (problem.line > 0) append(where, " ", "line " + std::to_string(problem.line));
  if (!problem.column.empty()) append(where, ", ", "column " + printable(problem.column));
  if (!problem.value.empty()) append(where, ", ", "value '" + printable(problem.value) + "'");
  if (where.empty()) return problem.reason;
  return where + ": " + problem.reason;
}

}  // namespace pathway::exchange
