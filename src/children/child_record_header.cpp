#include "children/child_record_header.h"

#include "children/child_views.h"
#include "justice/current_status_views.h"
#include "practice/flags/flag_views.h"

namespace pathway::children {

justice::CurrentStatus add_child_record_header(web::ViewData& data, store::Connection& connection,
                                               const ChildSummary& summary, Date today) {
  auto status = justice::current_status(connection, summary.child.id, today);
  std::string record = "/children/" + summary.child.public_id;
  data.set("identity_bar", practice::identity_bar_data(full_name(summary.child.details),
                                                       practice::current_flags(connection, summary.child.id, today),
                                                       today, record + "/flags"));
  data.set("child", child_summary_data(summary, today));
  data.set("current_status", justice::current_status_data(status, record));
  return status;
}

}  // namespace pathway::children
