#pragma once
// The reason a member of staff must give for a change to who may see a record (break glass,
// a restriction, a partner share): kept in the audit trail, so an investigation can ask
// whether the reason was good.
#include <string>
#include <string_view>

#include "core/result.h"

namespace pathway::access {

// The longest reason, in characters: a sentence or two.
inline constexpr std::size_t max_access_reason_length = 500;

// The reason as typed, trimmed. Errors (invalid, with a GOV.UK message): `missing` when
// blank; longer than max_access_reason_length; not clean UTF-8 text.
Result<std::string> read_access_reason(std::string_view typed, std::string_view missing);

}  // namespace pathway::access
