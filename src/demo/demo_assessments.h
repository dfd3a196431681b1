#pragma once
// The demo county's assessments: for each child with a case manager, a youth justice
// assessment by that case manager, completed and mostly countersigned by their line manager;
// for some a reassessment months later that starts from those answers (completed or still a
// draft), a Signs of Safety mapping, and a screening or two (some drafts). Deterministic for
// a seed. And for each child whose order ended in the last two years, the assessments made
// while it ran (demo/demo_ended_orders.h).
#include <cstdint>

#include "core/dates.h"
#include "demo/demo_ended_orders.h"
#include "store/database.h"

namespace pathway::demo {

// The caller holds the transaction; allocations are in. Throws StoreError.
void add_demo_assessments(store::Connection& connection, std::uint64_t seed, Date today);

}  // namespace pathway::demo
