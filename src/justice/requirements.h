#pragma once
// The requirements of a child's youth rehabilitation orders in the store, and the progress
// recorded on each (schema 19). The rules a requirement and a record of progress meet are
// checked before they get here (yro_requirements.h, requirement_progress.h).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "justice/corrections.h"
#include "justice/outcomes.h"
#include "justice/requirement_progress.h"
#include "store/database.h"

namespace pathway::justice {

struct RecordedProgress {
  std::int64_t id = 0;
  ProgressEntry entry;
  std::string note;         // "" when none
  std::string recorded_by;  // the member of staff's display name
};

struct RecordedRequirement {
  std::int64_t id = 0;
  Requirement requirement;
  std::vector<RecordedProgress> progress;  // oldest first

  // What was done so far and, with an ordered amount, what remains.
  std::vector<ProgressEntry> entries() const;
};

// The child's outcome with this id, or nullopt when there is none or it is another child's.
// Throws StoreError.
std::optional<Outcome> find_child_outcome(store::Connection& connection, std::int64_t child_id,
                                          std::int64_t outcome_id);

// The order's requirements in the order of Sch. 6 (requirement_kinds()), each with its
// progress. Throws StoreError.
std::vector<RecordedRequirement> requirements_of_order(store::Connection& connection, std::int64_t outcome_id);

// Records the requirement on the order; the caller holds the transaction and has checked
// it (requirement_addition_breaches). Returns its id. Throws UniqueViolation when the
// order has one of its kind already, StoreError otherwise.
std::int64_t add_requirement(store::Connection& connection, std::int64_t outcome_id, const Requirement& requirement);

// A requirement's fields as a correction keeps them: amount, starts_on, ends_on,
// curfew_hours (its kind, and so its unit, stay).
StoredFields requirement_fields(const Requirement& requirement);

// Corrects the requirement `before` (of child `child_id`) to `after`, of the same kind,
// keeping the version it replaces with who corrected it and why (justice/corrections.h).
// Returns the fields that changed ("amount", "starts_on", "ends_on", "curfew_hours");
// empty when nothing did and nothing was written. The caller holds the transaction and has
// checked `after` (check_requirement_correction). Throws StoreError; std::logic_error for
// a change of kind.
std::vector<std::string> correct_requirement(store::Connection& connection, std::int64_t child_id,
                                             const RecordedRequirement& before, const Requirement& after,
                                             const CorrectionBy& by);

// Records progress on the requirement by the member of staff `staff_id`; the caller holds
// the transaction and has checked it (progress_breaches). Returns its id. Throws
// StoreError.
std::int64_t record_progress(store::Connection& connection, std::int64_t requirement_id, const ProgressEntry& entry,
                             const std::string& note, std::int64_t staff_id);

}  // namespace pathway::justice
