#pragma once
// The demo county's deadlines: every child's tasks worked out from the justice record
// already written (deadlines/refresh.h), so the demo has tasks done on time and late and
// open; and, on the caseloads of `caseworker` and `caseworker2`, court reports asked for
// whose tasks are overdue, due today and due this week, and one whose request the court
// withdrew, so "My work" shows a task in every state.
#include "core/dates.h"
#include "store/database.h"

namespace pathway::demo {

// The caller holds the transaction. Throws StoreError.
void add_demo_deadlines(store::Connection& connection, Date today);

}  // namespace pathway::demo
