#pragma once
// The home page's "Early warnings" panel: the changes for the worse in the circumstances of
// the children the signed-in person works with or manages, newest first, until they mark
// each seen (practice/early_warnings/early_warnings.h early_warnings_for).
#include <cstdint>
#include <vector>

#include "access/audit_records.h"
#include "web/page.h"

namespace pathway::web {

// Adds `early_warnings` (with `warnings`, `days`, and `more` when only the newest are
// shown) to the home page's data if the signed-in person holds or allocates cases and has
// any warning not yet marked seen at `now`. Returns the children the panel names, for the
// page's audit event: none when there is no panel. Throws StoreError.
std::vector<access::NamedRecord> add_early_warnings(ViewData& data, const PageContext& context,
                                                    store::Connection& connection, std::int64_t now);

}  // namespace pathway::web
