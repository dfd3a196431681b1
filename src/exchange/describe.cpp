// One import problem as one line a person can act on.
#include <cstdio>

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

// The text with control characters and bytes that are not UTF-8 written as \xNN, so that a
// problem always prints as one readable line.
std::string printable(std::string_view text) {
  std::string shown;
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t length = sequence_length(static_cast<unsigned char>(text[pos]));
    std::string_view character = text.substr(pos, length);
    bool plain = character.size() == length && is_clean_utf8(character) && character != "\t" &&
                 character != "\r" && character != "\n";
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
