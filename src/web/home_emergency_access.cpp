#include "web/home_emergency_access.h"

#include "access/break_glass.h"
#include "core/dates.h"
#include "web/home_panel_rows.h"

namespace pathway::web {

namespace {

// A fortnight: a case manager back from a week or two of leave, or a manager between two
// supervision sessions, still sees what happened meanwhile; older openings are history,
// which each child's record keeps in full ("Emergency access" on the record).
constexpr std::int64_t recent_days = 14;
// As many as the page can show usefully; a head of service may oversee more in a fortnight.
constexpr int grants_shown = 20;

ViewData grant_row(const access::BreakGlassGrant& grant, std::int64_t now) {
  ViewData row;
  row.set("child_href", "/children/" + grant.child_public_id);
  row.set("child_name", grant.child_name);
  row.set("staff_name", grant.staff_name);
  row.set("opened_at", to_uk_local_display(grant.opened_at));
  row.set("until", to_uk_local_display(grant.expires_at));
  row.set("in_force", grant.expires_at > now);
  row.set("reason", grant.reason);
  return row;
}

}  // namespace

std::vector<access::NamedRecord> add_recent_emergency_access(ViewData& data, const PageContext& context,
                                                             store::Connection& connection, std::int64_t now) {
  if (!context.may(access::Permission::hold_cases) && !context.may(access::Permission::allocate_cases)) return {};
  // One more than is shown, to know whether there are more.
  auto grants = access::recent_break_glass_overseen_by(connection, context.staff(), now - recent_days * 24 * 3600,
                                                        now, grants_shown + 1);
  if (grants.empty()) return {};
  bool more = keep_first_rows(grants, grants_shown);
  std::vector<access::NamedRecord> shown;
  ViewList rows;
  for (const auto& grant : grants) {
    rows.push_back(grant_row(grant, now));
    shown.push_back({"child", grant.child_public_id});
  }
  ViewData panel;
  panel.set("days", std::to_string(recent_days));
  panel.set("grants", std::move(rows));
  if (more) panel.set("more", std::to_string(grants_shown));
  data.set("emergency_access", std::move(panel));
  return shown;
}

}  // namespace pathway::web
