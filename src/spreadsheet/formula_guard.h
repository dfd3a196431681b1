#pragma once
// Keeps text from running as a formula when a spreadsheet program opens a CSV file (CSV or
// "formula" injection: a child named =HYPERLINK(...) must stay a name). The OWASP rule,
// made reversible so that no value is lost. See docs/decisions/0005-spreadsheet-formulas.md.
#include <string>
#include <string_view>

namespace pathway::spreadsheet {

// True when a spreadsheet program could read the text as a formula: its first character
// is a tab, carriage return or line feed, or, after any leading spaces, one of = + - @
// (or their full-width forms ＝ ＋ － ＠, which some programs treat the same).
bool could_run_as_formula(std::string_view text);

// The text to write in a CSV cell for people: with one apostrophe in front when it could run
// as a formula or already begins with an apostrophe, else unchanged. Spreadsheet programs
// show such a cell as text. Reversible: taking one leading apostrophe off a neutralised cell,
// when it has one, gives back the exact text.
std::string neutralise_formula(std::string_view text);

}  // namespace pathway::spreadsheet
