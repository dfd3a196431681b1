#pragma once
// One early warning as a row of the home page's panel or the child's list: the child, what
// changed and when, where the record shows it, and the form marking it seen.
#include <cstdint>
#include <optional>
#include <string_view>

#include "practice/early_warnings/early_warnings.h"
#include "web/page.h"

namespace pathway::practice {

// The row of `warning`; `seen_at` is when the signed-in person marked it seen (nullopt: not
// yet, so the row carries the form, which returns to `back_to`: "home" or "record").
web::ViewData early_warning_row(const EarlyWarning& warning, std::optional<std::int64_t> seen_at,
                                std::string_view back_to);

// The address the form marking a warning seen posts to.
std::string early_warning_seen_href(const std::string& child_public_id);

}  // namespace pathway::practice
