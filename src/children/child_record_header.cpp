#include "children/child_record_header.h"

#include "children/child_views.h"
#include "justice/current_status_views.h"

namespace pathway::children {

justice::CurrentStatus add_child_record_header(web::ViewData& data, store::Connection& connection,
                                               const ChildSummary& summary, Date today) {
  auto status = justice::current_status(connection, summary.child.id, today);
  data.set("child", child_summary_data(summary, today));
  data.set("current_status", justice::current_status_data(status, "/children/" + summary.child.public_id));
  return status;
}

}  // namespace pathway::children
