#pragma once
// The rule for short free text that people type and other people read: a child's given or
// family name, a district or area name. Such text must be visible, unambiguous and the
// same on every screen, so that two records that look alike are alike (a duplicate record
// of a child is a safeguarding risk) and nothing hidden rides along into exports.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace pathway {

// What is wrong with `text` as a name, as a phrase that follows the name of the field
// ("must not contain tabs, line breaks or other control characters"), or nullopt when it
// is acceptable. The first rule broken, in this order:
// - valid UTF-8;
// - not blank: at least one character other than white space and invisible characters;
// - no white space at the start or end (callers trim ordinary spaces, tabs and line breaks
//   first; any other space left there is an error, not silently dropped);
// - no control characters (tabs, line breaks, C0/C1 controls, line/paragraph separators);
// - no bidirectional controls (U+061C, U+200E, U+200F, U+202A-U+202E, U+2066-U+2069);
// - no unassigned or private-use code points;
// - only the ordinary space U+0020 between words (no no-break, ideographic or other spaces);
// - no invisible characters (zero-width space, word joiner, soft hyphen, BOM, ...), except
//   the zero-width joiner and non-joiner and variation selectors directly after a visible
//   character, which some scripts need;
// - every combining mark (accent) follows a visible character, not a space or the start;
// - at most `max_length` characters (code points).
std::optional<std::string> free_text_problem(std::string_view text, std::size_t max_length);

// True for a code point that does not show as itself, so that a message quoting text a
// person must fix writes it as a code instead: controls, bidi controls, invisible
// (default-ignorable) characters, spaces other than U+0020, unassigned and private-use
// code points.
bool is_hidden_character(char32_t code);

}  // namespace pathway
