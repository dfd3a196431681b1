#pragma once
// The reason a member of staff gives for correcting a child's record: optional, kept with
// the version it explains and shown in the history.
#include <cstddef>
#include <string>
#include <string_view>

#include "core/result.h"

namespace pathway::children {

// The longest reason, in characters: a sentence or two, not a case note.
inline constexpr std::size_t max_reason_length = 500;

// The reason as typed, trimmed; empty when none was given. Errors (invalid, with a GOV.UK
// message): longer than max_reason_length, or not clean UTF-8 text (control characters
// other than tab and line breaks).
Result<std::string> read_correction_reason(std::string_view typed);

}  // namespace pathway::children
