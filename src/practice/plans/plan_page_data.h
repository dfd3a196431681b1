#pragma once
// What the pages of a child's plan share (/children/{id}/plan...): the child's header with
// the Plan tab current, a Back link to the plan, and the plan's address.
#include <string>

#include "children/child_repository.h"
#include "web/app.h"

namespace pathway::web {

// "/children/{public id}/plan".
std::string plan_href(const children::ChildSummary& summary);

// The layout with the child's header (children/child_record_header.h), the Plan tab
// current and, unless `back` is false, a Back link to the plan.
ViewData plan_page_data(PageContext& context, store::Connection& connection, const children::ChildSummary& summary,
                        std::string title, bool back = true);

}  // namespace pathway::web
