#include "allocation/allocation_repository.h"

#include "access/manager_scope.h"
#include "core/dates.h"

namespace pathway::allocation {

namespace {

constexpr std::string_view case_worker_columns =
    "w.id, st.username, st.display_name, COALESCE(t.name, ''), w.case_role, w.intensity, w.started_at,"
    " COALESCE(ab.display_name, w.allocated_by), COALESCE(w.reason, ''), w.ended_at,"
    " COALESCE(eb.display_name, w.ended_by, ''), COALESCE(w.end_reason, '')";

constexpr std::string_view case_worker_joins =
    " FROM case_workers w JOIN staff st ON st.id = w.staff_id LEFT JOIN teams t ON t.code = st.team_code"
    " LEFT JOIN staff ab ON ab.username = w.allocated_by LEFT JOIN staff eb ON eb.username = w.ended_by";

CaseWorker case_worker_from_row(const store::Row& row) {
  return {row.integer(0),
          row.text(1),
          row.text(2),
          row.text(3),
          case_role_from_code(row.text(4)).value_or(CaseRole::co_worker),
          intensity_from_code(row.text(5)).value_or(Intensity::standard),
          row.text(6),
          row.text(7),
          row.text(8),
          row.optional_text(9),
          row.text(10),
          row.text(11)};
}

std::optional<CaseWorker> current_allocation(store::Connection& connection, std::int64_t child_id,
                                             std::int64_t allocation_id) {
  auto row = connection.query_one("SELECT " + std::string(case_worker_columns) + std::string(case_worker_joins) +
                                      " WHERE w.id = ? AND w.child_id = ? AND w.ended_at IS NULL",
                                  {allocation_id, child_id});
  if (!row) return std::nullopt;
  return case_worker_from_row(*row);
}

// The candidate the manager chose, if they may choose them for the role.
std::optional<Worker> chosen_worker(store::Connection& connection, const access::StaffMember& manager,
                                    const Allocation& allocation) {
  for (auto& worker : candidate_workers(connection, manager, allocation.role)) {
    if (worker.username == allocation.worker_username) return worker;
  }
  return std::nullopt;
}

Error not_a_candidate(CaseRole role) {
  return Error{ErrorKind::invalid, "Choose a " + std::string(case_role_label(role)) +
                                       " from the list: only those you may allocate are shown"};
}

void insert_allocation(store::Connection& connection, const Allocation& allocation, std::int64_t staff_id,
                       const std::string& by, std::int64_t now) {
  connection.execute(
      "INSERT INTO case_workers (child_id, staff_id, case_role, started_at, allocated_by, reason, intensity)"
      " VALUES (?, ?, ?, ?, ?, ?, ?)",
      {allocation.child_id, staff_id, std::string(case_role_code(allocation.role)), to_iso_instant(now), by,
       allocation.reason.empty() ? store::Value{nullptr} : store::Value{allocation.reason},
       std::string(intensity_code(allocation.intensity))});
}

}  // namespace

std::string_view waiting_for_case_manager_sql() {
  return "NOT EXISTS (SELECT 1 FROM case_workers w WHERE w.child_id = c.id AND w.case_role = 'case_manager'"
         " AND (w.ended_at IS NULL OR (w.closed_case = 1 AND NOT EXISTS (SELECT 1 FROM case_workers l"
         " WHERE l.child_id = c.id AND l.case_role = 'case_manager' AND l.started_at > w.started_at))))";
}

std::string intensity_weight_sql() {
  std::string sql = "CASE w.intensity";
  for (Intensity intensity : all_intensities()) {
    sql += " WHEN '" + std::string(intensity_code(intensity)) + "' THEN " +
           std::to_string(intensity_weight_hundredths(intensity));
  }
  return sql + " END";
}

access::SqlCondition holds_any_role_condition(const std::vector<access::Role>& roles) {
  access::SqlCondition condition{"(", {}};
  for (access::Role role : roles) {
    condition.sql += condition.params.empty() ? "" : " OR ";
    condition.sql += "(',' || st.roles || ',') LIKE ?";
    condition.params.emplace_back("%," + std::string(access::role_code(role)) + ",%");
  }
  condition.sql += condition.params.empty() ? "1 = 0)" : ")";
  return condition;
}

std::vector<CaseWorker> case_workers(store::Connection& connection, std::int64_t child_id) {
  std::vector<CaseWorker> workers;
  for (const auto& row : connection.query(
           "SELECT " + std::string(case_worker_columns) + std::string(case_worker_joins) +
               " WHERE w.child_id = ? ORDER BY w.ended_at IS NOT NULL, w.ended_at DESC,"
               " w.case_role <> 'case_manager', w.case_role, w.started_at, w.id DESC",
           {child_id})) {
    workers.push_back(case_worker_from_row(row));
  }
  return workers;
}

std::vector<Worker> candidate_workers(store::Connection& connection, const access::StaffMember& manager,
                                      CaseRole role) {
  auto fits = holds_any_role_condition(staff_roles_for(role));
  access::SqlCondition scope = works_county_wide(role) ? access::SqlCondition{"1 = 1", {}}
                                                       : access::scope_teams_condition(manager, "st.team_code");
  std::vector<store::Value> params = fits.params;
  params.insert(params.end(), scope.params.begin(), scope.params.end());
  std::vector<Worker> workers;
  for (const auto& row : connection.query(
           "SELECT st.id, st.username, st.display_name, COALESCE(t.name, '') FROM staff st"
           " LEFT JOIN teams t ON t.code = st.team_code WHERE st.active = 1 AND " +
               fits.sql + " AND (" + scope.sql + ") ORDER BY st.display_name, st.username",
           params)) {
    workers.push_back({row.integer(0), row.text(1), row.text(2), row.text(3)});
  }
  return workers;
}

Result<Done> allocate_case_manager(store::Connection& connection, const access::StaffMember& manager,
                                   const Allocation& allocation, std::int64_t now) {
  if (allocation.role != CaseRole::case_manager) return not_a_candidate(CaseRole::case_manager);
  auto worker = chosen_worker(connection, manager, allocation);
  if (!worker) return not_a_candidate(CaseRole::case_manager);
  auto current = connection.query_one(
      "SELECT w.id, w.staff_id FROM case_workers w WHERE w.child_id = ? AND w.case_role = 'case_manager'"
      " AND w.ended_at IS NULL",
      {allocation.child_id});
  if (current && current->integer(1) == worker->id) {
    return Error{ErrorKind::invalid, worker->display_name + " is already this child's case manager"};
  }
  if (current && allocation.reason.empty()) {
    return Error{ErrorKind::invalid, "Enter the reason for reallocating the case"};
  }
  if (current) {
    connection.execute("UPDATE case_workers SET ended_at = ?, ended_by = ?, end_reason = ? WHERE id = ?",
                       {to_iso_instant(now), manager.username, "Reallocated: " + allocation.reason,
                        current->integer(0)});
  }
  try {
    insert_allocation(connection, allocation, worker->id, manager.username, now);
  } catch (const store::UniqueViolation&) {
    return Error{ErrorKind::conflict, "Someone else allocated this child at the same moment: check the case workers"};
  }
  connection.execute(
      "UPDATE children SET holding_team_code = COALESCE((SELECT team_code FROM staff WHERE id = ?), holding_team_code)"
      " WHERE id = ?",
      {worker->id, allocation.child_id});
  return Done{};
}

Result<Done> add_practitioner(store::Connection& connection, const access::StaffMember& manager,
                              const Allocation& allocation, std::int64_t now) {
  if (allocation.role == CaseRole::case_manager) return not_a_candidate(CaseRole::co_worker);
  auto worker = chosen_worker(connection, manager, allocation);
  if (!worker) return not_a_candidate(allocation.role);
  if (connection.query_one("SELECT 1 FROM case_workers WHERE child_id = ? AND staff_id = ? AND case_role = ?"
                           " AND ended_at IS NULL",
                           {allocation.child_id, worker->id, std::string(case_role_code(allocation.role))})) {
    return Error{ErrorKind::conflict, worker->display_name + " is already working with this child as " +
                                          std::string(case_role_label(allocation.role))};
  }
  insert_allocation(connection, allocation, worker->id, manager.username, now);
  return Done{};
}

Result<CaseWorker> end_allocation(store::Connection& connection, std::int64_t child_id, std::int64_t allocation_id,
                                  const AllocationEnd& end, std::int64_t now) {
  auto current = current_allocation(connection, child_id, allocation_id);
  if (!current) return Error{ErrorKind::not_found, "That practitioner is no longer working with this child"};
  if (end.closes_case && current->role != CaseRole::case_manager) {
    return Error{ErrorKind::invalid, "Only ending the case manager's involvement closes the case"};
  }
  std::string at = to_iso_instant(now);
  connection.execute(
      "UPDATE case_workers SET ended_at = ?, ended_by = ?, end_reason = ?, closed_case = ? WHERE id = ?"
      " AND ended_at IS NULL",
      {at, end.by, end.reason, std::int64_t{end.closes_case ? 1 : 0}, allocation_id});
  if (end.closes_case) {
    connection.execute(
        "UPDATE case_workers SET ended_at = ?, ended_by = ?, end_reason = ? WHERE child_id = ? AND ended_at IS NULL",
        {at, end.by, "Case closed: " + end.reason, child_id});
  }
  return *current;
}

Result<CaseWorker> change_intensity(store::Connection& connection, std::int64_t child_id,
                                    std::int64_t allocation_id, Intensity intensity) {
  auto current = current_allocation(connection, child_id, allocation_id);
  if (!current) return Error{ErrorKind::not_found, "That practitioner is no longer working with this child"};
  connection.execute("UPDATE case_workers SET intensity = ? WHERE id = ?",
                     {std::string(intensity_code(intensity)), allocation_id});
  return *current;
}

}  // namespace pathway::allocation
