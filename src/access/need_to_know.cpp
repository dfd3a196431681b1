#include "access/need_to_know.h"

#include "access/manager_scope.h"

namespace pathway::access {

namespace {

constexpr std::string_view allocated_to_viewer =
    "EXISTS (SELECT 1 FROM case_workers w WHERE w.child_id = c.id AND w.staff_id = ? AND w.ended_at IS NULL)";

constexpr std::string_view named_on_restricted =
    "EXISTS (SELECT 1 FROM restricted_record_staff r WHERE r.child_id = c.id AND r.staff_id = ?)";

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

// ORs `term` into `reach`.
void either(SqlCondition& reach, std::string_view term) {
  reach.sql += reach.sql.empty() ? "" : " OR ";
  reach.sql += term;
}

// ORs into `reach` the children a manager's scope covers (access/manager_scope.h).
void add_manager_scope(const StaffMember& viewer, SqlCondition& reach) {
  SqlCondition scope = scope_children_condition(viewer);
  either(reach, "(" + scope.sql + ")");
  reach.params.insert(reach.params.end(), scope.params.begin(), scope.params.end());
}

// The ways an unrestricted record opens to the viewer, OR-ed: comparisons of the row's own
// columns first, so the subqueries run only for the rows those leave undecided.
SqlCondition unrestricted_reach(const StaffMember& viewer, std::int64_t now) {
  if (sees_whole_service(viewer)) return {"1 = 1", {}};
  SqlCondition reach;
  if (sees_team_cases(viewer) && !viewer.team_code.empty()) {
    either(reach, "c.holding_team_code = ?");
    reach.params.emplace_back(viewer.team_code);
  }
  if (viewer.holds_role(Role::manager)) add_manager_scope(viewer, reach);
  if (viewer.may(Permission::hold_cases)) {
    either(reach, allocated_to_viewer);
    reach.params.emplace_back(viewer.id);
  }
  if (viewer.holds_role(Role::partner)) {
    either(reach, "EXISTS (SELECT 1 FROM child_shares s WHERE s.child_id = c.id AND s.staff_id = ?)");
    reach.params.emplace_back(viewer.id);
  }
  if (viewer.may(Permission::break_glass)) {
    either(reach, "EXISTS (SELECT 1 FROM break_glass_grants g WHERE g.staff_id = ? AND g.child_id = c.id AND g.expires_at > ?)");
    reach.params.emplace_back(viewer.id);
    reach.params.emplace_back(now);
  }
  if (reach.sql.empty()) reach.sql = "1 = 0";
  return reach;
}

}  // namespace

SqlCondition oversight_condition(const StaffMember& viewer) {
  bool manages = viewer.may(Permission::allocate_cases);
  if (manages && viewer.scope_kind == ScopeKind::service) return {"1 = 1", {}};
  SqlCondition oversight;
  if (manages) add_manager_scope(viewer, oversight);
  either(oversight, allocated_to_viewer);
  oversight.params.emplace_back(viewer.id);
  oversight.sql = "(" + oversight.sql + ")";
  return oversight;
}

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
