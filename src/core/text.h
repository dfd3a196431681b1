#pragma once
// Text helpers shared by features: search folding and trimming.
#include <string>
#include <string_view>
#include <vector>

namespace pathway {

// Folds text for searching names: lower case, accents removed from Latin letters
// (é -> e, Ø -> o, ß -> ss, Ł -> l, æ -> ae, ...), ASCII punctuation and typographic
// apostrophes and hyphens dropped (staff type "obrien" for O'Brien, "st john" for St. John),
// runs of white space collapsed to one space, leading/trailing space removed. Input is UTF-8;
// invalid sequences are dropped. fold_for_search("  Zoë  O'Brien-Ñúñez ") == "zoe obriennunez".
std::string fold_for_search(std::string_view text);

// The text with ASCII letters in lower case and every other byte as it is: for protocol
// tokens (header names, media types), which are ASCII and case-insensitive.
std::string ascii_lower(std::string_view text);

// One name (a given or a family name) as search and the duplicate check compare it:
// fold_for_search without the spaces, so "Anne Marie", "Anne-Marie" and "Annemarie", or
// "Mc Donald" and "McDonald", are the same name. name_key("St. John") == "stjohn".
std::string name_key(std::string_view name);

// The keys a person's record carries so that the store can find and order people by name
// without folding text in SQL (the folding is C++). The search key is name_key(given) + ' '
// + name_key(family): "Zoë O'Brien" is "zoe obrien", "Anne Marie St. John" is "annemarie
// stjohn". Search matches the words of a query inside it; the single space marks where the
// given name ends, for ranking exact and leading matches first.
std::string person_search_key(std::string_view given_name, std::string_view family_name);

// Family name first, so that ORDER BY sort key lists people as staff expect.
std::string person_sort_key(std::string_view given_name, std::string_view family_name);

// Removes leading and trailing ASCII white space.
std::string_view trim(std::string_view text);

// True if the text is valid UTF-8 with no control characters other than tab, CR and LF.
bool is_clean_utf8(std::string_view text);

// The text with every byte that is not part of a valid UTF-8 sequence replaced by U+FFFD,
// so that it can be written where only valid UTF-8 may go (a JSON log line).
// with_valid_utf8("a\xFFb") == "a\uFFFDb" (as UTF-8).
std::string with_valid_utf8(std::string_view text);

// The number of characters (code points) in UTF-8 text, for length limits people read
// ("100 characters or fewer"): every byte that does not continue a sequence.
std::size_t utf8_length(std::string_view text);

// A list stored as its items separated by commas (items hold no commas): "" is no items.
std::vector<std::string> split_on_commas(std::string_view text);
std::string join_with_commas(const std::vector<std::string>& items);

// Appends the text with &, <, >, " and ' written as entities: safe inside HTML and SVG
// (XML) element content and quoted attribute values.
void append_escaped_markup(std::string& out, std::string_view text);

}  // namespace pathway
