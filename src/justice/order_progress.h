#pragma once
// An order's progress in the store: the warnings given on it, the breach proceedings
// begun on it, a referral order's extensions and revocation, and the record of its end
// (end date, completion, education and accommodation at the end, on the outcome itself).
// The rules are checked before anything gets here (justice/order_progress_rules.h,
// referral_order.h, record_rules.h); the caller holds the transaction of every write.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/dates.h"
#include "justice/corrections.h"
#include "justice/outcomes.h"
#include "justice/referral_order.h"
#include "store/database.h"

namespace pathway::justice {

struct OrderWarning {
  Date given_on;
  std::string reason;
  std::string given_by;  // the worker who gave it, as typed
};

struct BreachProceedings {
  Date begun_on;
  std::optional<Date> court_date;
  std::string result;  // one of breach_results(), or "" while undecided
  std::int64_t id = 0;  // once recorded
};

struct RecordedExtension {
  ReferralOrderExtension extension;
  std::string reason;
};

struct Revocation {
  Date revoked_on;
  std::string reason;
};

// Everything recorded of an order's progress, each list oldest first.
struct OrderProgress {
  std::vector<OrderWarning> warnings;
  std::vector<BreachProceedings> breaches;
  std::vector<RecordedExtension> extensions;
  std::optional<Revocation> revocation;
};

// The progress recorded on outcome `outcome_id`. Throws StoreError.
OrderProgress order_progress(store::Connection& connection, std::int64_t outcome_id);

// A referral order's extensions, in the order they were made. Throws StoreError.
std::vector<ReferralOrderExtension> extensions_of_order(store::Connection& connection, std::int64_t outcome_id);

// Each adds one record to outcome `outcome_id` and returns its id. Throws StoreError.
std::int64_t add_warning(store::Connection& connection, std::int64_t outcome_id, const OrderWarning& warning);
std::int64_t add_breach_proceedings(store::Connection& connection, std::int64_t outcome_id,
                                    const BreachProceedings& proceedings);
std::int64_t add_extension(store::Connection& connection, std::int64_t outcome_id, const RecordedExtension& extension);

// Records the revocation and ends the order on its day with completion "revoked".
// Throws StoreError (a second revocation of one order among them).
void revoke_referral_order(store::Connection& connection, std::int64_t outcome_id, const Revocation& revocation);

// How an order ended, as the end of order form records it.
struct OrderEnd {
  std::optional<Date> end_date;
  std::string completion;         // one of completions(), or ""
  std::string end_ete;            // one of end_statuses(), or ""
  std::string end_accommodation;  // one of end_statuses(), or ""
  bool operator==(const OrderEnd&) const = default;
};

// What `outcome` records of its end now.
OrderEnd order_end_of(const Outcome& outcome);

// An order's end as a correction of its outcome keeps it: end_date, completion, end_ete,
// end_accommodation.
StoredFields end_fields(const OrderEnd& end);

// Whether the order's end is recorded: an end date, a completion other than "ongoing", or
// a status at the end. Changing it then corrects it.
bool order_end_recorded(const OrderEnd& end);

// Records `end` on `outcome` of child `child_id`, returning the columns it changed, each
// as "column: old -> new" ("none" for a blank), for the audit event; empty (and nothing
// written) when it is as recorded. Recording the end of an order still running is a step;
// changing an end already recorded (order_end_recorded) is a correction of the outcome:
// the version it replaces is kept with who made it and why (justice/corrections.h).
// Throws StoreError.
std::vector<std::string> record_order_end(store::Connection& connection, std::int64_t child_id, const Outcome& outcome,
                                          const OrderEnd& end, const CorrectionBy& by);

// Corrects breach proceedings `before` (recorded, of child `child_id`) to `after`, keeping
// the version it replaces with who corrected it and why. Returns the fields that changed
// ("begun_on", "court_date", "result"); empty when nothing did and nothing was written.
// The caller holds the transaction and has checked `after` (check_breach_form). Throws
// StoreError.
std::vector<std::string> correct_breach_proceedings(store::Connection& connection, std::int64_t child_id,
                                                    const BreachProceedings& before, const BreachProceedings& after,
                                                    const CorrectionBy& by);

}  // namespace pathway::justice
