#include "practice/plans/plan_page_data.h"

#include "children/child_record_header.h"
#include "core/dates.h"

namespace pathway::web {

std::string plan_href(const children::ChildSummary& summary) { return "/children/" + summary.child.public_id + "/plan"; }

ViewData plan_page_data(PageContext& context, store::Connection& connection, const children::ChildSummary& summary,
                        std::string title, bool back) {
  ViewData data = layout_data(context, std::move(title), "/children");
  children::add_child_record_header(data, connection, summary, today_utc());
  data.set("tab_plan", true);
  data.set("back_query", "");
  data.set("plan_href", plan_href(summary));
  if (back) {
    ViewData link;
    link.set("href", plan_href(summary));
    link.set("text", "Back to the plan");
    data.set("back_link", link);
  }
  return data;
}

}  // namespace pathway::web
