#pragma once
// The types of case note. The four of issue 11 (contact, safeguarding, management
// oversight, information received) and three the service's day needs beside them: a
// multi-agency meeting (strategy meetings, MAPPA and child protection conferences, where
// the decisions of other agencies are written down), court (what happened at a hearing the
// worker attended, before the result is recorded) and general case work that is none of
// these. Management oversight is written only by managers (case_notes.h). Pure.
#include <string>
#include <string_view>
#include <vector>

#include "justice/court_vocabulary.h"

namespace pathway::practice {

inline constexpr std::string_view management_oversight = "management_oversight";

// Every type, in the order the form offers them, with its words.
const std::vector<justice::CodeWords>& note_types();

// The words for a stored type ("Management oversight"); the code itself when unknown.
std::string note_type_label(std::string_view code);

}  // namespace pathway::practice
