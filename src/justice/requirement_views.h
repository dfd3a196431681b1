#pragma once
// What the requirements page and forms show of a youth rehabilitation order's
// requirements: each with what was ordered, done and remaining, and its progress; the
// kinds the add form offers.
#include <string>
#include <vector>

#include "justice/requirements.h"
#include "web/view_data.h"

namespace pathway::justice {

// "120 hours", "1 day".
std::string amount_text(int amount, AmountUnit unit);

// One row per requirement: label, ordered, done, remaining, complete, its progress, and
// (with `progress_href`, the requirements page's address) links to record progress and to correct it.
web::ViewList requirement_rows(const std::vector<RecordedRequirement>& requirements, const std::string& progress_href);

// The kinds of requirement as options of a select, `chosen` selected.
web::ViewList requirement_kind_options(const std::string& chosen);

}  // namespace pathway::justice
