#include "core/text.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <optional>

namespace pathway {

namespace {

constexpr char32_t invalid_sequence = 0xFFFFFFFF;

// Decodes the code point starting at text[pos] and moves pos past it. A malformed sequence
// (stray continuation byte, truncation, overlong form, surrogate, beyond U+10FFFF) yields
// invalid_sequence and moves pos on by one byte, so a caller can drop it and carry on.
char32_t next_code_point(std::string_view text, std::size_t& pos) {
  auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  unsigned char lead = byte(pos);
  if (lead < 0x80) {
    ++pos;
    return lead;
  }
  std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0;
  if (length == 0 || pos + length > text.size()) {
    ++pos;
    return invalid_sequence;
  }
  char32_t code = lead & (0x7F >> length);
  for (std::size_t i = 1; i < length; ++i) {
    if ((byte(pos + i) & 0xC0) != 0x80) {
      ++pos;
      return invalid_sequence;
    }
    code = (code << 6) | (byte(pos + i) & 0x3F);
  }
  constexpr std::array<char32_t, 5> shortest_form_minimum = {0, 0, 0x80, 0x800, 0x10000};
  bool is_surrogate = code >= 0xD800 && code <= 0xDFFF;
  if (code < shortest_form_minimum[length] || code > 0x10FFFF || is_surrogate) {
    ++pos;
    return invalid_sequence;
  }
  pos += length;
  return code;
}

void append_utf8(std::string& out, char32_t code) {
  if (code < 0x80) {
    out += static_cast<char>(code);
  } else if (code < 0x800) {
    out += static_cast<char>(0xC0 | (code >> 6));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else if (code < 0x10000) {
    out += static_cast<char>(0xE0 | (code >> 12));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code >> 18));
    out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  }
}

bool is_ascii_space(char32_t code) {
  return code == ' ' || code == '\t' || code == '\n' || code == '\r' || code == '\v' ||
         code == '\f';
}

// C0 controls, DEL and C1 controls: Unicode's "Cc" category.
bool is_control(char32_t code) { return code < 0x20 || (code >= 0x7F && code <= 0x9F); }

bool is_space(char32_t code) {
  return is_ascii_space(code) || code == 0x85 || code == 0xA0 || code == 0x1680 ||
         (code >= 0x2000 && code <= 0x200A) || code == 0x2028 || code == 0x2029 || code == 0x202F ||
         code == 0x205F || code == 0x3000;
}

// Characters that change nothing a person would search by: combining accents (a name typed
// as "e" + U+0301 folds like "é"), the soft hyphen, zero-width characters and the BOM.
bool is_ignorable(char32_t code) {
  return (code >= 0x0300 && code <= 0x036F) || code == 0xAD || (code >= 0x200B && code <= 0x200D) ||
         code == 0x2060 || code == 0xFEFF;
}

// Punctuation inside names that staff leave out or type differently: every ASCII
// punctuation mark ("O'Brien", "Anne-Marie", "St. John"), typographic apostrophes
// (’ ‘ ʼ) and hyphens and dashes (U+2010 to U+2015).
bool is_punctuation(char32_t code) {
  bool ascii = (code >= '!' && code <= '/') || (code >= ':' && code <= '@') || (code >= '[' && code <= '`') ||
               (code >= '{' && code <= '~');
  return ascii || code == 0x2018 || code == 0x2019 || code == 0x02BC || (code >= 0x2010 && code <= 0x2015);
}

struct LatinFold {
  char32_t first;
  char32_t last;
  std::string_view ascii;
};

// Latin letters with accents or ligatures and their plain lower-case spelling, in code
// point order: Latin-1, Latin Extended-A, the parts of Latin Extended-B and Latin Extended
// Additional used by Romanian, Azerbaijani, Pinyin, Welsh and Vietnamese names.
// Letters absent from the table (× and ÷ among them) are kept as they are.
constexpr LatinFold latin_folds[] = {
    {0x00C0, 0x00C5, "a"},  {0x00C6, 0x00C6, "ae"}, {0x00C7, 0x00C7, "c"},  {0x00C8, 0x00CB, "e"},
    {0x00CC, 0x00CF, "i"},  {0x00D0, 0x00D0, "d"},  {0x00D1, 0x00D1, "n"},  {0x00D2, 0x00D6, "o"},
    {0x00D8, 0x00D8, "o"},  {0x00D9, 0x00DC, "u"},  {0x00DD, 0x00DD, "y"},  {0x00DE, 0x00DE, "th"},
    {0x00DF, 0x00DF, "ss"}, {0x00E0, 0x00E5, "a"},  {0x00E6, 0x00E6, "ae"}, {0x00E7, 0x00E7, "c"},
    {0x00E8, 0x00EB, "e"},  {0x00EC, 0x00EF, "i"},  {0x00F0, 0x00F0, "d"},  {0x00F1, 0x00F1, "n"},
    {0x00F2, 0x00F6, "o"},  {0x00F8, 0x00F8, "o"},  {0x00F9, 0x00FC, "u"},  {0x00FD, 0x00FD, "y"},
    {0x00FE, 0x00FE, "th"}, {0x00FF, 0x00FF, "y"},  {0x0100, 0x0105, "a"},  {0x0106, 0x010D, "c"},
    {0x010E, 0x0111, "d"},  {0x0112, 0x011B, "e"},  {0x011C, 0x0123, "g"},  {0x0124, 0x0127, "h"},
    {0x0128, 0x0131, "i"},  {0x0132, 0x0133, "ij"}, {0x0134, 0x0135, "j"},  {0x0136, 0x0138, "k"},
    {0x0139, 0x0142, "l"},  {0x0143, 0x014B, "n"},  {0x014C, 0x0151, "o"},  {0x0152, 0x0153, "oe"},
    {0x0154, 0x0159, "r"},  {0x015A, 0x0161, "s"},  {0x0162, 0x0167, "t"},  {0x0168, 0x0173, "u"},
    {0x0174, 0x0175, "w"},  {0x0176, 0x0178, "y"},  {0x0179, 0x017E, "z"},  {0x017F, 0x017F, "s"},
    {0x018F, 0x018F, "e"},  {0x01A0, 0x01A1, "o"},  {0x01AF, 0x01B0, "u"},  {0x01CD, 0x01CE, "a"},
    {0x01CF, 0x01D0, "i"},  {0x01D1, 0x01D2, "o"},  {0x01D3, 0x01DC, "u"},  {0x0218, 0x0219, "s"},
    {0x021A, 0x021B, "t"},  {0x0259, 0x0259, "e"},  {0x1E80, 0x1E85, "w"},  {0x1E9E, 0x1E9E, "ss"},
    {0x1EA0, 0x1EB7, "a"},  {0x1EB8, 0x1EC7, "e"},  {0x1EC8, 0x1ECB, "i"},  {0x1ECC, 0x1EE3, "o"},
    {0x1EE4, 0x1EF1, "u"},  {0x1EF2, 0x1EF9, "y"},
};

static_assert(std::ranges::is_sorted(latin_folds, {}, &LatinFold::first));

std::optional<std::string_view> fold_latin(char32_t code) {
  auto after = std::ranges::upper_bound(latin_folds, code, {}, &LatinFold::first);
  if (after == std::ranges::begin(latin_folds)) return std::nullopt;
  const LatinFold& candidate = *std::prev(after);
  if (code > candidate.last) return std::nullopt;
  return candidate.ascii;
}

// Upper to lower case in the ASCII, basic Greek and Cyrillic ranges; everything else
// unchanged.
char32_t to_lower(char32_t code) {
  if (code >= 'A' && code <= 'Z') return code + 0x20;
  if (code >= 0x0391 && code <= 0x03A9 && code != 0x03A2) return code + 0x20;
  if (code >= 0x0400 && code <= 0x040F) return code + 0x50;
  if (code >= 0x0410 && code <= 0x042F) return code + 0x20;
  return code;
}

}  // namespace

std::string fold_for_search(std::string_view text) {
  std::string folded;
  folded.reserve(text.size());  // folding never lengthens the UTF-8
  bool space_pending = false;
  for (std::size_t pos = 0; pos < text.size();) {
    char32_t code = next_code_point(text, pos);
    if (code == invalid_sequence || is_ignorable(code) || is_punctuation(code)) continue;
    if (is_space(code)) {
      space_pending = true;
      continue;
    }
    if (is_control(code)) continue;
    if (space_pending && !folded.empty()) folded += ' ';
    space_pending = false;
    if (auto ascii = fold_latin(code)) {
      folded += *ascii;
    } else {
      append_utf8(folded, to_lower(code));
    }
  }
  return folded;
}

std::string name_key(std::string_view name) {
  std::string key = fold_for_search(name);
  std::erase(key, ' ');
  return key;
}

std::string person_search_key(std::string_view given_name, std::string_view family_name) {
  return name_key(given_name) + ' ' + name_key(family_name);
}

std::string person_sort_key(std::string_view given_name, std::string_view family_name) {
  return fold_for_search(family_name) + '\x1f' + fold_for_search(given_name);
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && is_ascii_space(static_cast<unsigned char>(text.front()))) {
    text.remove_prefix(1);
  }
  while (!text.empty() && is_ascii_space(static_cast<unsigned char>(text.back()))) {
    text.remove_suffix(1);
  }
  return text;
}

bool is_clean_utf8(std::string_view text) {
  for (std::size_t pos = 0; pos < text.size();) {
    char32_t code = next_code_point(text, pos);
    if (code == invalid_sequence) return false;
    bool allowed_control = code == '\t' || code == '\r' || code == '\n';
    if (is_control(code) && !allowed_control) return false;
  }
  return true;
}

std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string with_valid_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t start = pos;
    char32_t code = next_code_point(text, pos);
    if (code == invalid_sequence) {
      append_utf8(out, 0xFFFD);
    } else {
      out.append(text.substr(start, pos - start));
    }
  }
  return out;
}

std::size_t utf8_length(std::string_view text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::vector<std::string> split_on_commas(std::string_view text) {
  std::vector<std::string> items;
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t comma = std::min(text.find(',', at), text.size());
    items.emplace_back(text.substr(at, comma - at));
    at = comma + 1;
  }
  return items;
}

std::string join_with_commas(const std::vector<std::string>& items) {
  std::string text;
  for (const auto& item : items) text += (text.empty() ? "" : ",") + item;
  return text;
}

void append_escaped_markup(std::string& out, std::string_view text) {
  std::size_t plain = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    std::string_view entity;
    switch (text[i]) {
      case '&': entity = "&amp;"; break;
      case '<': entity = "&lt;"; break;
      case '>': entity = "&gt;"; break;
      case '"': entity = "&quot;"; break;
      case '\'': entity = "&apos;"; break;
      default: continue;
    }
    out.append(text, plain, i - plain);
    out += entity;
    plain = i + 1;
  }
  out.append(text, plain);
}

}  // namespace pathway
