#include "core/free_text.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <limits>
#include <vector>

namespace pathway {

namespace {

// How a code point takes part in the rule. Unicode's own properties (through ICU) decide,
// so every space, mark and invisible character is covered, not only the ones we thought of.
enum class Kind {
  visible,        // letters, digits, punctuation, symbols
  space,          // U+0020
  other_space,    // no-break, ideographic, en/em and other Zs spaces
  control,        // Cc, line and paragraph separators
  bidi_control,   // changes the direction of the text around it
  unassigned,     // unassigned (noncharacters included) or private use: shown differently everywhere
  joiner,         // ZWJ and ZWNJ: invisible, but join (or keep apart) the characters either side
  selector,       // variation selectors: invisible, but choose the form of the character before
  invisible,      // other default-ignorable characters: zero-width space, soft hyphen, BOM, ...
  mark,           // combining marks (Mn, Mc, Me): accents and vowel signs
};

Kind kind_of(UChar32 code) {
  if (code == ' ') return Kind::space;
  int8_t category = u_charType(code);
  if (category == U_CONTROL_CHAR || category == U_LINE_SEPARATOR || category == U_PARAGRAPH_SEPARATOR) {
    return Kind::control;
  }
  if (u_hasBinaryProperty(code, UCHAR_BIDI_CONTROL)) return Kind::bidi_control;
  if (category == U_UNASSIGNED || category == U_PRIVATE_USE_CHAR) return Kind::unassigned;
  if (category == U_SPACE_SEPARATOR) return Kind::other_space;
  if (u_hasBinaryProperty(code, UCHAR_JOIN_CONTROL)) return Kind::joiner;
  if (u_hasBinaryProperty(code, UCHAR_VARIATION_SELECTOR)) return Kind::selector;
  if (u_hasBinaryProperty(code, UCHAR_DEFAULT_IGNORABLE_CODE_POINT)) return Kind::invisible;
  if (category == U_NON_SPACING_MARK || category == U_COMBINING_SPACING_MARK || category == U_ENCLOSING_MARK) {
    return Kind::mark;
  }
  return Kind::visible;
}

// The text as code points, or nullopt if it is not valid UTF-8 (ICU's U8_NEXT refuses
// overlong forms, surrogates and truncated sequences).
std::optional<std::vector<UChar32>> decode(std::string_view text) {
  if (text.size() > static_cast<std::size_t>(std::numeric_limits<int32_t>::max())) return std::nullopt;
  std::vector<UChar32> codes;
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  auto length = static_cast<int32_t>(text.size());
  for (int32_t at = 0; at < length;) {
    UChar32 code;
    U8_NEXT(bytes, at, length, code);
    if (code < 0) return std::nullopt;
    codes.push_back(code);
  }
  return codes;
}

bool is_blank_kind(Kind kind) {
  return kind == Kind::space || kind == Kind::other_space || kind == Kind::control || kind == Kind::joiner ||
         kind == Kind::selector || kind == Kind::invisible || kind == Kind::bidi_control;
}

bool is_white_space_kind(Kind kind) {
  return kind == Kind::space || kind == Kind::other_space || kind == Kind::control;
}

// The problem a character causes where it stands: `after_visible` is whether it follows a
// visible character (through the marks and selectors attached to it), `before_visible`
// whether a visible character or a mark comes next.
std::optional<std::string> character_problem(Kind kind, bool after_visible, bool before_visible) {
  constexpr std::string_view invisible = "must not contain invisible characters such as zero-width spaces or soft hyphens";
  switch (kind) {
    case Kind::control:
      return "must not contain tabs, line breaks or other control characters";
    case Kind::bidi_control:
      return "must not contain characters that change the direction of text";
    case Kind::unassigned:
      return "must not contain private-use or unassigned characters";
    case Kind::other_space:
      return "must use ordinary spaces between words, not no-break, ideographic or other special spaces";
    case Kind::invisible:
      return std::string(invisible);
    case Kind::joiner:
      if (after_visible && before_visible) return std::nullopt;
      return std::string(invisible);
    case Kind::selector:
      if (after_visible) return std::nullopt;
      return std::string(invisible);
    case Kind::mark:
      if (after_visible) return std::nullopt;
      return "must not start a word with an accent or other combining mark on its own";
    case Kind::visible:
    case Kind::space:
      return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace

bool is_hidden_character(char32_t code) {
  Kind kind = kind_of(static_cast<UChar32>(code));
  return kind != Kind::visible && kind != Kind::space && kind != Kind::mark;
}

std::optional<std::string> free_text_problem(std::string_view text, std::size_t max_length) {
  auto codes = decode(text);
  if (!codes) return "must be valid UTF-8 text";
  std::vector<Kind> kinds;
  kinds.reserve(codes->size());
  for (UChar32 code : *codes) kinds.push_back(kind_of(code));
  if (std::all_of(kinds.begin(), kinds.end(), is_blank_kind)) {
    return "must contain letters or other visible characters, not only spaces or invisible characters";
  }
  if (is_white_space_kind(kinds.front()) || is_white_space_kind(kinds.back())) {
    return "must not start or end with a space";
  }
  bool after_visible = false;
  for (std::size_t at = 0; at < kinds.size(); ++at) {
    Kind kind = kinds[at];
    bool before_visible = at + 1 < kinds.size() && (kinds[at + 1] == Kind::visible || kinds[at + 1] == Kind::mark);
    if (auto problem = character_problem(kind, after_visible, before_visible)) return problem;
    if (kind == Kind::visible) after_visible = true;
    if (kind == Kind::space) after_visible = false;
  }
  if (codes->size() > max_length) return "must be " + std::to_string(max_length) + " characters or fewer";
  return std::nullopt;
}

}  // namespace pathway
