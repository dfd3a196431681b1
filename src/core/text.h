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

// Removes leading and trailing ASCII white space.
std::string_view trim(std::string_view text);

// True if the text is valid UTF-8 with no control characters other than tab, CR and LF.
bool is_clean_utf8(std::string_view text);

// The number of characters (code points) in UTF-8 text, for length limits people read
// ("100 characters or fewer"): every byte that does not continue a sequence.
std::size_t utf8_length(std::string_view text);

}  // namespace pathway
