#pragma once
// What completed assessments found, for the rest of the service to read: the needs an
// assessment identified (intervention plans link objectives to them; the needs profile
// counts them) and a child's latest ratings (resettlement, issue 13, and early warning read
// them). Drafts find nothing: only completed and countersigned assessments count.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/dates.h"
#include "store/database.h"

namespace pathway::practice {

// The need area codes (practice/need_areas.h) the completed or countersigned assessment
// identified, in the order of all_need_areas(); empty for a draft or an unknown id.
// Throws StoreError.
std::vector<std::string> needs_identified(store::Connection& connection, std::int64_t assessment_id);

struct Rating {
  std::string value;  // e.g. "very_high"
  std::string label;  // e.g. "Very high"
  std::int64_t assessment_id = 0;
  Date assessed_on{};  // the day the assessment was completed
};

struct ChildRatings {
  std::optional<Rating> likelihood_of_reoffending;  // low, medium, high
  std::optional<Rating> risk_of_serious_harm;       // low, medium, high, very_high
};

// The child's latest ratings: each from the most recently completed assessment that gave
// it (nullopt when none has). Throws StoreError.
ChildRatings latest_ratings(store::Connection& connection, std::int64_t child_id);

}  // namespace pathway::practice
