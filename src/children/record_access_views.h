#pragma once
// What a child's record shows about who else may reach it: the banner for someone reading
// it through break glass, the "Emergency access" section for the people overseeing the
// child, and the links to restrict or share it.
#include "children/child_repository.h"
#include "web/page.h"

namespace pathway::children {

// Adds to the record's page data:
// - `emergency_access_until` (UK local time) while the viewer reads it through a break-glass
//   grant in force at `now`;
// - `emergency_access` (the section, with `grants`, newest first) when the child is in the
//   viewer's oversight (access/break_glass.h oversees_child);
// - `record_restricted` when only named staff may open it;
// - `may_manage_access` when the viewer may restrict and share records.
void add_record_access_data(web::ViewData& data, const web::PageContext& context, store::Connection& connection,
                            const ChildSummary& summary, std::int64_t now);

}  // namespace pathway::children
