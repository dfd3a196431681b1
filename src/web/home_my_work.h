#pragma once
// The home page's "My work" panel for those who hold cases: how many of their tasks are
// overdue and due this week, and the soonest due (deadlines/work_lists.h).
#include <vector>

#include "access/audit_records.h"
#include "core/dates.h"
#include "web/page.h"

namespace pathway::web {

// Adds `my_work` (with `overdue`, `this_week`, `tasks` and `more` when only the soonest
// are shown) to the home page's data if the signed-in person holds cases and has any open
// task. Returns the children the panel names, for the page's audit event. Throws StoreError.
std::vector<access::NamedRecord> add_my_work(ViewData& data, const PageContext& context, store::Connection& connection,
                                             Date today, std::int64_t now);

}  // namespace pathway::web
