// "Who has seen this record": every audit event that names the child (opened, shown in a
// search or list, changed, refused, and each look at this page), newest first. Only for
// those whose role grants see_record_viewers and who may open the record themselves.
#include "access/audit_search.h"
#include "access/audit_views.h"
#include "children/child_record_guard.h"
#include "children/child_repository.h"
#include "children/child_views.h"
#include "core/dates.h"
#include "web/app.h"
#include "web/request_numbers.h"

namespace pathway::web {

namespace {

constexpr int page_size = 50;

Response record_viewers(PageContext& context) {
  const std::string& id = context.params.at("id");
  auto connection = context.database.acquire();
  auto summary = children::find_child(*connection, id);
  if (!summary) return child_record_guard()->not_found(context);
  // Event ids, like record versions, are positive 64-bit numbers.
  access::AuditPosition position{posted_version(context.query_value("before")).value_or(0),
                                 posted_version(context.query_value("after")).value_or(0)};
  context.record_view("child.viewers", "child", id);
  auto page = access::find_audit_events(*connection, {.record_type = "child", .record_id = id}, position, page_size);

  ViewData data = layout_data(context, "Who has seen " + children::full_name(summary->child.details) + "’s record",
                              "/children");
  data.set("child", children::child_summary_data(*summary, today_utc()));
  ViewData back;
  back.set("href", "/children/" + id);
  back.set("text", "Back to the record");
  data.set("back_link", back);
  add_audit_page_data(data, page, "/children/" + id + "/viewers?");
  return render_page(context, pages::record_viewers, data);
}

}  // namespace

void add_record_viewers_page(Routes& routes) {
  routes.record_page(Method::get, "/children/{id}/viewers", access::Permission::see_record_viewers,
                     child_record_guard(), record_viewers);
}

}  // namespace pathway::web
