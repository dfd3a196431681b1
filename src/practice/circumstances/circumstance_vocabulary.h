#pragma once
// The words of a child's circumstances (issue 11 point 6): where they live and whether it is
// suitable, and what education, training or employment (ETE) they are in. Suitability uses
// the exchange format's end_accommodation and end_ete values (`suitable`, `unsuitable`,
// docs/exchange-format.md), so a circumstance at the end of an order reads as the order's
// ending does. One list each, in the order the forms offer them. Pure.
#include <string_view>
#include <vector>

#include "justice/court_vocabulary.h"

namespace pathway::practice {

// What a circumstance is about: "accommodation" or "ete".
inline constexpr std::string_view accommodation_kind = "accommodation";
inline constexpr std::string_view ete_kind = "ete";

// Living with parents or family, foster care, a children's home, supported accommodation,
// independent living, in custody, temporary, no fixed abode.
const std::vector<justice::CodeWords>& accommodation_statuses();
// School, alternative provision, college, training, apprenticeship, employment, none.
const std::vector<justice::CodeWords>& ete_statuses();
// Suitable, unsuitable (the exchange format's end_accommodation and end_ete values).
const std::vector<justice::CodeWords>& suitabilities();

// The status that says the child has nowhere settled to live: temporary or no fixed abode.
bool unsettled_accommodation(std::string_view status);
// No fixed abode: never suitable, so the form does not ask.
inline constexpr std::string_view no_fixed_abode = "no_fixed_abode";
// Not in education, training or employment (NEET): never suitable, no hours.
inline constexpr std::string_view no_ete = "none";

// The words of `code` in `list`, or the code itself for one the list does not know.
std::string_view circumstance_words(const std::vector<justice::CodeWords>& list, std::string_view code);
// The list of statuses of a kind ("accommodation" or "ete").
const std::vector<justice::CodeWords>& statuses_of(std::string_view kind);

}  // namespace pathway::practice
