#pragma once
// What every page of a child's record shows above its own content
// (templates/partials/child_header.mustache): the identity bar with the child's current
// safeguarding and risk flags (practice/flags), who the child is, and what they are subject
// to now (justice/current_status.h). Every page about one child that includes that partial
// builds its data here, so none can leave the flags or the current status out.
#include "children/child_repository.h"
#include "justice/current_status.h"
#include "web/view_data.h"

namespace pathway::children {

// Sets `identity_bar` (practice/flags/flag_views.h), `child` (child_summary_data) and
// `current_status` (justice/current_status_views.h) on the page's data, and returns the
// status for a page that shows more of it. The page has audited its view of the child:
// the flags and the status are part of the record, shown on every page of it, and the
// flags page names each flag it shows.
justice::CurrentStatus add_child_record_header(web::ViewData& data, store::Connection& connection,
                                               const ChildSummary& summary, Date today);

}  // namespace pathway::children
