#pragma once
// What counts as a change for the worse in a child's circumstances (issue 11 point 6),
// given the circumstance recorded and the one it followed. Pure: the early warnings
// (early_warnings.h) read the records and ask these. The first circumstance of a kind is
// where the history starts, not a change, so none of them counts it.
#include <optional>
#include <string>

#include "practice/circumstances/circumstances.h"

namespace pathway::practice {

// Accommodation lost: the child had somewhere settled to live and now has not (temporary
// or no fixed abode). What changed, in words, or nullopt.
std::optional<std::string> accommodation_lost(const Circumstance& before, const Circumstance& after);

// Accommodation became unsuitable: suitable before, unsuitable now, where it was not lost
// (that is the warning then).
std::optional<std::string> accommodation_unsuitable(const Circumstance& before, const Circumstance& after);

// Education, training or employment ended: the child was in some and now is in none.
std::optional<std::string> ete_ended(const Circumstance& before, const Circumstance& after);

// Education, training or employment became unsuitable, where it did not end.
std::optional<std::string> ete_unsuitable(const Circumstance& before, const Circumstance& after);

// A new arrest: Pathway records no arrests, so an offence, a remand or a referral to the
// joint decision panel counts when it was recorded at least `known_after_seconds` after the
// child's record was made: before that it is the history entered when the child was
// referred, not news.
inline constexpr std::int64_t known_after_seconds = 24 * 3600;
bool recorded_after_known(std::int64_t recorded_at, std::int64_t child_recorded_at);

}  // namespace pathway::practice
