#include "allocation/caseloads.h"

#include "access/manager_scope.h"
#include "access/need_to_know.h"

namespace pathway::allocation {

namespace {

std::vector<store::Value> joined(std::initializer_list<const std::vector<store::Value>*> lists) {
  std::vector<store::Value> all;
  for (const auto* list : lists) all.insert(all.end(), list->begin(), list->end());
  return all;
}

const std::string worker_caseload_select =
    "SELECT st.id, st.username, st.display_name, COALESCE(t.name, ''), st.fte_percent, st.caseload_capacity,"
    " COUNT(CASE WHEN w.case_role = 'case_manager' THEN 1 END), COUNT(CASE WHEN w.case_role <> 'case_manager' THEN 1 END),"
    " COUNT(CASE WHEN w.intensity = 'intensive' THEN 1 END), CAST(COALESCE(SUM(" + intensity_weight_sql() +
    "), 0) AS BIGINT)"
    " FROM staff st LEFT JOIN teams t ON t.code = st.team_code"
    " LEFT JOIN case_workers w ON w.staff_id = st.id AND w.ended_at IS NULL";
constexpr std::string_view worker_caseload_group =
    " GROUP BY st.id, st.username, st.display_name, t.name, st.fte_percent, st.caseload_capacity";

WorkerCaseload worker_caseload_from(const store::Row& row) {
  return {{row.integer(0), row.text(1), row.text(2), row.text(3)},
          row.integer(4),
          row.integer(5),
          row.integer(6),
          row.integer(7),
          row.integer(8),
          row.integer(9)};
}

// Workers of the manager's teams, and their caseloads, meeting `also`.
std::vector<WorkerCaseload> caseloads_where(store::Connection& connection, const access::StaffMember& manager,
                                            const access::SqlCondition& also) {
  auto holds = holds_any_role_condition(caseload_roles());
  auto scope = access::scope_teams_condition(manager, "st.team_code");
  std::vector<WorkerCaseload> caseloads;
  for (const auto& row :
       connection.query(worker_caseload_select + " WHERE st.active = 1 AND " + holds.sql + " AND (" + scope.sql +
                            ") AND (" + also.sql + ")" + std::string(worker_caseload_group) +
                            " ORDER BY COALESCE(t.name, ''), st.display_name, st.username",
                        joined({&holds.params, &scope.params, &also.params}))) {
    caseloads.push_back(worker_caseload_from(row));
  }
  return caseloads;
}

// The children a manager may allocate that wait for a case manager, as a WHERE clause over
// `children c`.
access::SqlCondition unallocated_condition(const access::StaffMember& manager, std::int64_t now) {
  auto scope = access::scope_children_condition(manager);
  auto opens = access::may_open_condition(manager, now);
  return {"(" + scope.sql + ") AND (" + opens.sql + ") AND " + std::string(waiting_for_case_manager_sql()),
          joined({&scope.params, &opens.params})};
}

}  // namespace

std::string hundredths_text(std::int64_t hundredths) {
  std::string text = std::to_string(hundredths / 100);
  std::int64_t fraction = hundredths % 100;
  if (fraction == 0) return text;
  std::string digits = (fraction < 10 ? "0" : "") + std::to_string(fraction);
  if (digits.back() == '0') digits.pop_back();
  return text + "." + digits;
}

std::vector<CaseloadChild> caseload_children(store::Connection& connection, std::int64_t worker_id,
                                             const access::StaffMember& viewer, std::int64_t now) {
  auto opens = access::may_open_condition(viewer, now);
  std::vector<store::Value> params{worker_id};
  params.insert(params.end(), opens.params.begin(), opens.params.end());
  std::vector<CaseloadChild> children;
  for (const auto& row : connection.query(
           "SELECT c.public_id, c.given_name, c.family_name, c.date_of_birth, d.name, COALESCE(t.name, ''),"
           " w.case_role, w.intensity, w.started_at"
           " FROM case_workers w JOIN children c ON c.id = w.child_id JOIN districts d ON d.code = c.district_code"
           " LEFT JOIN teams t ON t.code = c.holding_team_code"
           " WHERE w.staff_id = ? AND w.ended_at IS NULL AND (" +
               opens.sql + ") ORDER BY c.sort_key, c.id, w.case_role",
           params)) {
    children.push_back({row.text(0), row.text(1), row.text(2), parse_iso_date(row.text(3)).value_or(Date{}),
                        row.text(4), row.text(5), case_role_from_code(row.text(6)).value_or(CaseRole::co_worker),
                        intensity_from_code(row.text(7)).value_or(Intensity::standard), row.text(8)});
  }
  return children;
}

std::vector<WorkerCaseload> team_caseloads(store::Connection& connection, const access::StaffMember& manager) {
  return caseloads_where(connection, manager, {"1 = 1", {}});
}

std::optional<WorkerCaseload> worker_caseload(store::Connection& connection, const access::StaffMember& manager,
                                              const std::string& username) {
  auto found = caseloads_where(connection, manager, {"st.username = ?", {username}});
  if (found.empty()) return std::nullopt;
  return found.front();
}

std::vector<UnallocatedChild> unallocated_children(store::Connection& connection,
                                                   const access::StaffMember& manager, std::int64_t now) {
  auto where = unallocated_condition(manager, now);
  std::vector<UnallocatedChild> waiting;
  for (const auto& row : connection.query(
           "SELECT c.public_id, c.given_name, c.family_name, c.date_of_birth, d.name, COALESCE(t.name, ''),"
           " COALESCE((SELECT MAX(w.ended_at) FROM case_workers w WHERE w.child_id = c.id"
           " AND w.case_role = 'case_manager'), c.created_at) AS waiting_since"
           " FROM children c JOIN districts d ON d.code = c.district_code"
           " LEFT JOIN teams t ON t.code = c.holding_team_code WHERE " +
               where.sql + " ORDER BY waiting_since, c.id",
           where.params)) {
    waiting.push_back({row.text(0), row.text(1), row.text(2), parse_iso_date(row.text(3)).value_or(Date{}),
                       row.text(4), row.text(5), row.text(6)});
  }
  return waiting;
}

HomeCaseloadCounts home_caseload_counts(store::Connection& connection, const access::StaffMember& staff,
                                        std::int64_t now) {
  HomeCaseloadCounts counts;
  if (staff.may(access::Permission::hold_cases)) {
    counts.my_caseload = connection
                             .query_one("SELECT COUNT(DISTINCT child_id) FROM case_workers WHERE staff_id = ?"
                                        " AND ended_at IS NULL",
                                        {staff.id})
                             ->integer(0);
  }
  if (staff.may(access::Permission::allocate_cases)) {
    auto where = unallocated_condition(staff, now);
    counts.unallocated_in_scope =
        connection.query("SELECT COUNT(*) FROM children c WHERE " + where.sql, where.params).at(0).integer(0);
  }
  return counts;
}

}  // namespace pathway::allocation
