#pragma once
// A child's outcomes in the store: list and record, each with the offences it disposes of
// (outcome_offences). The rules a record meets are checked before it gets here
// (justice/record_rules.h).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/dates.h"
#include "store/database.h"

namespace pathway::justice {

// What staff record of an outcome, in the exchange format's terms.
struct OutcomeDetails {
  Date outcome_date{};
  std::string outcome_type;               // one of outcome_types()
  std::vector<std::int64_t> offence_ids;  // the offences it disposes of, all the child's own
  std::optional<Date> start_date;
  std::optional<Date> end_date;
  std::optional<int> length_months;
  std::string completion;         // one of completions(), or "" when not given
  std::string end_ete;            // one of end_statuses(), or ""
  std::string end_accommodation;  // one of end_statuses(), or ""
  // A court outcome's court and the hearing that convicted the child (outcome_courts,
  // justice/court_rules.h); "" and nullopt for a decision out of court or an import.
  std::string court;
  std::optional<Date> hearing_date;
};

struct Outcome {
  std::int64_t id = 0;
  std::string exchange_id;
  OutcomeDetails details;
};

// The child's outcomes, newest first, each with its offence ids in id order. Throws
// StoreError.
std::vector<Outcome> outcomes_of_child(store::Connection& connection, std::int64_t child_id);

// The child's outcome `outcome_id`, with its offence ids; nullopt when the child has no
// outcome with that id. Throws StoreError.
std::optional<Outcome> find_outcome(store::Connection& connection, std::int64_t child_id, std::int64_t outcome_id);

// Records the outcome, the offences it disposes of and its court, if any, with a fresh random exchange id.
// The caller holds the transaction. Returns its id. Throws StoreError.
std::int64_t create_outcome(store::Connection& connection, std::int64_t child_id, const OutcomeDetails& details);

}  // namespace pathway::justice
