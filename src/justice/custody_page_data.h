#pragma once
// What the pages of a child's remands and custody share (src/justice/custody_pages.cpp,
// remand_pages.cpp, custody_episode_pages.cpp): the layout with the "Remands and custody"
// tab current, the page's address, and the routes of the forms.
#include <string>

#include "justice/justice_page_data.h"

namespace pathway::web {

// "/children/{public id}/custody".
std::string custody_href(const children::ChildSummary& summary);

// justice_page_data with the "Remands and custody" tab current and a Back link to the
// custody page (or, when `back_to_record`, to the record itself).
ViewData custody_page_data(PageContext& context, store::Connection& connection, const children::ChildSummary& summary,
                           std::string title, bool back_to_record = false);

// The forms to record and end a remand; to record custody, a release and a transfer.
void add_remand_pages(Routes& routes);
void add_custody_episode_pages(Routes& routes);

}  // namespace pathway::web
