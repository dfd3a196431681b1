#pragma once
// The progress of the demo county's orders, consistent with the histories
// (justice_histories.h) already written: warnings and breach proceedings before an order
// that ended breached, a warning on some orders still running, an extension on some
// referral orders still running, and the revocation of each referral order the history
// ended as revoked. Chosen by the outcome's id, so the same county always gets the same.
#include <cstdint>

#include "core/dates.h"
#include "store/database.h"

namespace pathway::demo {

struct OrderProgressCounts {
  int warnings = 0;
  int breach_proceedings = 0;
  int extensions = 0;
  int revocations = 0;
};

// After add_demo_justice_records, in the demo's transaction, as of `today`.
OrderProgressCounts add_demo_order_progress(store::Connection& connection, Date today);

}  // namespace pathway::demo
