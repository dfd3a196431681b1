#include "practice/contacts/contact_page_data.h"

#include "justice/justice_page_data.h"

namespace pathway::web {

std::string contacts_href(const children::ChildSummary& summary) {
  return "/children/" + summary.child.public_id + "/contacts";
}

ViewData contacts_page_data(PageContext& context, store::Connection& connection, const children::ChildSummary& summary,
                            std::string title, bool back_to_record) {
  ViewData data = justice_page_data(context, connection, summary, std::move(title), back_to_record);
  data.set("tab_offences", false);
  data.set("tab_contacts", true);
  data.set("contacts_href", contacts_href(summary));
  if (!back_to_record) {
    ViewData back;
    back.set("href", contacts_href(summary));
    back.set("text", "Back to contacts");
    data.set("back_link", back);
  }
  return data;
}

}  // namespace pathway::web
