#include "children/record_access_views.h"

#include "access/break_glass.h"
#include "core/dates.h"

namespace pathway::children {

namespace {

web::ViewList grant_rows(const std::vector<access::BreakGlassGrant>& grants, std::int64_t now) {
  web::ViewList rows;
  for (const auto& grant : grants) {
    web::ViewData row;
    row.set("staff_name", grant.staff_name);
    row.set("staff_username", grant.staff_username);
    row.set("opened_at", to_uk_local_display(grant.opened_at));
    row.set("until", to_uk_local_display(grant.expires_at));
    row.set("in_force", grant.expires_at > now);
    row.set("reason", grant.reason);
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace

void add_record_access_data(web::ViewData& data, const web::PageContext& context, store::Connection& connection,
                            const ChildSummary& summary, std::int64_t now) {
  const access::StaffMember& viewer = context.staff();
  if (auto until = access::break_glass_until(connection, viewer, summary.child.id, now)) {
    data.set("emergency_access_until", to_uk_local_display(*until));
  }
  if (access::oversees_child(connection, viewer, summary.child.id)) {
    web::ViewData section;
    auto grants = access::break_glass_grants_on(connection, summary.child.id);
    section.set("has_grants", !grants.empty());
    section.set("grants", grant_rows(grants, now));
    data.set("emergency_access", std::move(section));
  }
  data.set("record_restricted", summary.restricted);
  data.set("may_manage_access", context.may(access::Permission::restrict_records));
}

}  // namespace pathway::children
