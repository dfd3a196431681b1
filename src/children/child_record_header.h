#pragma once
// What every page of a child's record shows above its own content
// (templates/partials/child_header.mustache): who the child is, and what they are subject
// to now (justice/current_status.h). Every page about one child that includes that partial
// builds its data here, so none can leave the current status out.
#include "children/child_repository.h"
#include "justice/current_status.h"
#include "web/view_data.h"

namespace pathway::children {

// Sets `child` (child_summary_data) and `current_status` (justice/current_status_views.h)
// on the page's data, and returns the status for a page that shows more of it. The page
// has audited its view of the child (the status is part of the record).
justice::CurrentStatus add_child_record_header(web::ViewData& data, store::Connection& connection,
                                               const ChildSummary& summary, Date today);

}  // namespace pathway::children
