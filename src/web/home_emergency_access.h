#pragma once
// The home page's "Records opened with emergency access" panel: the break-glass grants of
// the last fortnight on children the signed-in person oversees (the children allocated to
// them, the cases in a manager's scope), so they learn of them without opening each record
// (access/break_glass.h recent_break_glass_overseen_by).
#include <cstdint>
#include <vector>

#include "access/audit_records.h"
#include "web/page.h"

namespace pathway::web {

// Adds `emergency_access` (with `grants`, newest first, and `more` when only the newest
// are shown) to the home page's data if the signed-in person holds or allocates cases and
// any record they oversee was opened with emergency access in the last 14 days at `now`.
// Returns the children the panel names, for the page's audit event: none when there is no
// panel. Throws StoreError.
std::vector<access::NamedRecord> add_recent_emergency_access(ViewData& data, const PageContext& context,
                                                             store::Connection& connection, std::int64_t now);

}  // namespace pathway::web
