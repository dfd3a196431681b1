#include "access/need_to_know.h"

namespace pathway::access {

namespace {

// Each relationship is an uncorrelated "c.id IN (the viewer's children)": the database
// works the viewer's few children out once per statement, and each row then costs one probe
// of that small set instead of a search of the table (see docs/performance.md).
constexpr std::string_view named_on_restricted =
    "c.id IN (SELECT r.child_id FROM restricted_record_staff r WHERE r.staff_id = ?)";

// The practice roles see the cases their team holds; managers see what their scope covers.
bool sees_team_cases(const StaffMember& viewer) {
  for (Role role : {Role::case_manager, Role::transition_practitioner, Role::restorative_justice_worker,
                    Role::business_support}) {
    if (viewer.holds_role(role)) return true;
  }
  return false;
}

bool sees_whole_service(const StaffMember& viewer) {
  return viewer.holds_role(Role::analyst) || viewer.holds_role(Role::data_protection_officer) ||
         (viewer.holds_role(Role::manager) && viewer.scope_kind == ScopeKind::service);
}

// The ways an unrestricted record opens to the viewer, OR-ed.
SqlCondition unrestricted_reach(const StaffMember& viewer, std::int64_t now) {
  if (sees_whole_service(viewer)) return {"1 = 1", {}};
  SqlCondition reach;
  auto either = [&reach](std::string_view term) {
    reach.sql += reach.sql.empty() ? "" : " OR ";
    reach.sql += term;
  };
  if (viewer.may(Permission::hold_cases)) {
    either("c.id IN (SELECT w.child_id FROM case_workers w WHERE w.staff_id = ? AND w.ended_at IS NULL)");
    reach.params.emplace_back(viewer.id);
  }
  if (sees_team_cases(viewer) && !viewer.team_code.empty()) {
    either("c.holding_team_code = ?");
    reach.params.emplace_back(viewer.team_code);
  }
  if (viewer.holds_role(Role::manager)) {
    switch (viewer.scope_kind) {
      case ScopeKind::team:
        either("c.holding_team_code = ?");
        reach.params.emplace_back(viewer.scope_code);
        break;
      case ScopeKind::district:
        either("c.district_code = ? OR c.holding_team_code IN (SELECT team_code FROM team_districts WHERE district_code = ?)");
        reach.params.emplace_back(viewer.scope_code);
        reach.params.emplace_back(viewer.scope_code);
        break;
      case ScopeKind::area:
        either("c.district_code IN (SELECT code FROM districts WHERE area_code = ?) OR c.holding_team_code IN"
               " (SELECT td.team_code FROM team_districts td JOIN districts d ON d.code = td.district_code"
               " WHERE d.area_code = ?)");
        reach.params.emplace_back(viewer.scope_code);
        reach.params.emplace_back(viewer.scope_code);
        break;
      case ScopeKind::none:
      case ScopeKind::service:
        break;
    }
  }
  if (viewer.holds_role(Role::partner)) {
    either("c.id IN (SELECT s.child_id FROM child_shares s WHERE s.staff_id = ?)");
    reach.params.emplace_back(viewer.id);
  }
  if (viewer.may(Permission::break_glass)) {
    either("c.id IN (SELECT g.child_id FROM break_glass_grants g WHERE g.staff_id = ? AND g.expires_at > ?)");
    reach.params.emplace_back(viewer.id);
    reach.params.emplace_back(now);
  }
  if (reach.sql.empty()) reach.sql = "1 = 0";
  return reach;
}

}  // namespace

std::string record_reach(Role role) {
  StaffMember holder;
  holder.roles = {role};
  if (!holder.may(Permission::read_child_record)) return "none";
  if (role == Role::manager) {
    return "those in their scope: the cases a team holds, or a district's or area's, or the whole service for a head "
           "of service; those allocated to them; by breaking the glass; restricted records only where named";
  }
  holder.scope_kind = ScopeKind::service;
  std::vector<std::string> parts;
  if (sees_whole_service(holder)) parts.push_back("every child's");
  if (holder.may(Permission::hold_cases)) parts.push_back("those allocated to them");
  if (sees_team_cases(holder)) parts.push_back("the cases their team holds");
  if (role == Role::partner) parts.push_back("only those shared with them by name");
  if (holder.may(Permission::break_glass)) parts.push_back("any other that is not restricted, for a while, by breaking the glass");
  parts.push_back("restricted records only where named");
  std::string text;
  for (const auto& part : parts) text += (text.empty() ? "" : "; ") + part;
  return text;
}

SqlCondition may_open_condition(const StaffMember& viewer, std::int64_t now) {
  if (!viewer.may(Permission::read_child_record)) return {"1 = 0", {}};
  SqlCondition reach = unrestricted_reach(viewer, now);
  SqlCondition condition{"CASE WHEN c.restricted = 1 THEN " + std::string(named_on_restricted) + " ELSE (" +
                             reach.sql + ") END",
                         {viewer.id}};
  condition.params.insert(condition.params.end(), reach.params.begin(), reach.params.end());
  return condition;
}

SqlCondition may_list_condition(const StaffMember& viewer, std::int64_t now) {
  if (!viewer.may(Permission::find_any_child)) {
    // Nothing beyond what opens: a partner's list is the children shared with them.
    return may_open_condition(viewer, now);
  }
  return {"(c.restricted = 0 OR " + std::string(named_on_restricted) + ")", {viewer.id}};
}

std::int64_t hidden_from(store::Connection& connection, const StaffMember& viewer) {
  return connection
      .query_one("SELECT COUNT(*) FROM children c WHERE c.restricted = 1 AND NOT " + std::string(named_on_restricted),
                 {viewer.id})
      ->integer(0);
}

namespace {
bool child_meets(store::Connection& connection, const SqlCondition& condition, const std::string& public_id) {
  std::vector<store::Value> params = condition.params;
  params.emplace_back(public_id);
  return !connection.query("SELECT 1 FROM children c WHERE (" + condition.sql + ") AND c.public_id = ?", params).empty();
}
}  // namespace

bool may_open_child(store::Connection& connection, const StaffMember& viewer, const std::string& public_id,
                    std::int64_t now) {
  return child_meets(connection, may_open_condition(viewer, now), public_id);
}

bool may_list_child(store::Connection& connection, const StaffMember& viewer, const std::string& public_id,
                    std::int64_t now) {
  return child_meets(connection, may_list_condition(viewer, now), public_id);
}

}  // namespace pathway::access
