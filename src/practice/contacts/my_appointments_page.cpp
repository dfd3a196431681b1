// A practitioner's own appointments (/appointments/mine): those coming, soonest first, and
// the children of their caseload not seen as planned (practice/contact_monitoring.h).
#include "access/audit_records.h"
#include "core/clock.h"
#include "practice/contacts/appointments.h"
#include "practice/contacts/contact_monitoring.h"
#include "practice/contacts/contact_views.h"
#include "practice/contacts/contact_page_templates.h"
#include "web/app.h"

namespace pathway::web {

namespace {

// As many as a working fortnight holds, and more.
constexpr int most_listed = 200;

Response my_appointments(PageContext& context) {
  auto connection = context.database.acquire();
  Date today = today_utc();
  auto coming = practice::coming_appointments(*connection, context.staff().id, today, most_listed);
  auto unseen = practice::children_not_seen_as_planned(*connection, context.staff().id, today);
  std::string shown;
  std::vector<access::NamedRecord> children;
  ViewList rows;
  for (const auto& entry : coming) {
    shown += (shown.empty() ? "" : ", ") + std::to_string(entry.appointment.id);
    children.push_back({"child", entry.child_public_id});
    std::string href = "/children/" + entry.child_public_id + "/contacts";
    ViewData row = practice::appointment_row(entry.appointment, href, false, false);
    row.set("child", entry.child_name);
    row.set("child_href", href);
    rows.push_back(std::move(row));
  }
  ViewList unseen_rows;
  for (const auto& public_id : unseen) {
    children.push_back({"child", public_id});
    ViewData row;
    row.set("href", "/children/" + public_id + "/contacts");
    row.set("public_id", public_id);
    unseen_rows.push_back(std::move(row));
  }
  context.record_view("caseload.appointments", "", "",
                      (shown.empty() ? "no appointments" : "appointments " + shown) + "; " +
                          access::shown_records(children));
  ViewData data = layout_data(context, "My appointments", "/appointments/mine");
  data.set("has_coming", !rows.empty());
  data.set("coming", rows);
  data.set("has_unseen", !unseen_rows.empty());
  data.set("unseen", unseen_rows);
  return render_page(context, pages::my_appointments, data);
}

}  // namespace

void add_my_appointments_page(Routes& routes) {
  routes.page(Method::get, "/appointments/mine", access::Permission::hold_cases, my_appointments);
}

}  // namespace pathway::web
