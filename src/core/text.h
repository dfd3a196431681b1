#pragma once
// Text helpers shared by features: search folding and trimming.
#include <string>
#include <string_view>

namespace pathway {

// Folds text for searching names: lower case, accents removed from Latin letters
// (é -> e, Ø -> o, ß -> ss, Ł -> l, æ -> ae, ...), apostrophes and hyphens kept, runs of
// white space collapsed to one space, leading/trailing space removed. Input is UTF-8;
// invalid sequences are dropped. fold_for_search("  Zoë  O'Brien-Ñúñez ") == "zoe o'brien-nunez".
std::string fold_for_search(std::string_view text);

// The text with ASCII letters in lower case and every other byte as it is: for protocol
// tokens (header names, media types), which are ASCII and case-insensitive.
std::string ascii_lower(std::string_view text);

// Removes leading and trailing ASCII white space.
std::string_view trim(std::string_view text);

// True if the text is valid UTF-8 with no control characters other than tab, CR and LF.
bool is_clean_utf8(std::string_view text);

// The text with every byte that is not part of a valid UTF-8 sequence replaced by U+FFFD,
// so that it can be written where only valid UTF-8 may go (a JSON log line).
// with_valid_utf8("a\xFFb") == "a\uFFFDb" (as UTF-8).
std::string with_valid_utf8(std::string_view text);

}  // namespace pathway
