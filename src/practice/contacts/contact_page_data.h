#pragma once
// What the pages of a child's contacts share: their address, and the layout with the
// child's header, the Contacts tab current and a Back link.
#include <string>

#include "children/child_repository.h"
#include "web/app.h"

namespace pathway::web {

// "/children/<public id>/contacts"
std::string contacts_href(const children::ChildSummary& summary);

// The layout of every contacts page: the child's header with the Contacts tab current and
// a Back link to the contacts page (or the record itself, from the contacts page).
ViewData contacts_page_data(PageContext& context, store::Connection& connection, const children::ChildSummary& summary,
                            std::string title, bool back_to_record = false);

}  // namespace pathway::web
