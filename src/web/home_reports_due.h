#pragma once
// The home page's "Court reports to write" panel for those who hold cases: the reports
// asked for and not yet submitted on their caseload, soonest due first, overdue ones marked
// (justice/reports_due.h).
#include <vector>

#include "access/audit_records.h"
#include "core/dates.h"
#include "web/page.h"

namespace pathway::web {

// Adds `reports_due` (with `reports`, and `more` when only the soonest are shown) to the
// home page's data if the signed-in person holds cases and has any report to write.
// Returns the children the panel names, for the page's audit event. Throws StoreError.
std::vector<access::NamedRecord> add_reports_due(ViewData& data, const PageContext& context,
                                                 store::Connection& connection, Date today);

}  // namespace pathway::web
