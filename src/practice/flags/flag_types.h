#pragma once
// The safeguarding and risk flags a child's record can carry (issue 11 point 7), in the
// order the form offers them, with their words, and the colour of the tag the identity bar
// shows each in. Pure.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "justice/court_vocabulary.h"

namespace pathway::practice {

inline constexpr std::string_view mappa_flag = "mappa";

const std::vector<justice::CodeWords>& flag_types();

// "Child criminal exploitation"; "MAPPA level 2" for a MAPPA flag at level 2.
std::string flag_label(std::string_view flag_type, std::optional<int> mappa_level);

// The GOV.UK tag colour for the flag: red for exploitation, violence and risk to staff,
// orange for the rest (the bar must draw the eye to every one).
std::string_view flag_colour(std::string_view flag_type);

}  // namespace pathway::practice
