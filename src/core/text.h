#pragma once
// Text helpers shared by features: search folding and trimming.
#include <string>
#include <string_view>

namespace pathway {

// Folds text for searching names: lower case, accents removed from Latin letters
// (é -> e, Ø -> o, ß -> ss, Ł -> l, æ -> ae, ...), ASCII punctuation and typographic
// apostrophes and hyphens dropped (staff type "obrien" for O'Brien, "st john" for St. John),
// runs of white space collapsed to one space, leading/trailing space removed. Input is UTF-8;
// invalid sequences are dropped. fold_for_search("  Zoë  O'Brien-Ñúñez ") == "zoe obriennunez".
std::string fold_for_search(std::string_view text);

// One name (a given or a family name) as search and the duplicate check compare it:
// fold_for_search without the spaces, so "Anne Marie", "Anne-Marie" and "Annemarie", or
// "Mc Donald" and "McDonald", are the same name. name_key("St. John") == "stjohn".
std::string name_key(std::string_view name);

// Removes leading and trailing ASCII white space.
std::string_view trim(std::string_view text);

// True if the text is valid UTF-8 with no control characters other than tab, CR and LF.
bool is_clean_utf8(std::string_view text);

}  // namespace pathway
