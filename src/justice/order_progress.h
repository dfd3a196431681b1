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

// Records `end` on `outcome`, returning the columns it changed, each as
// "column: old -> new" ("none" for a blank), for the audit event; empty (and nothing
// written) when it is as recorded. Throws StoreError.
std::vector<std::string> record_order_end(store::Connection& connection, const Outcome& outcome, const OrderEnd& end);

}  // namespace pathway::justice
