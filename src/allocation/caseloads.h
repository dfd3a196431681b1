#pragma once
// Caseloads in the store: the children a worker is allocated, each worker's count, intensive
// cases and weighted caseload against their capacity, and the cases waiting for a case
// manager. Every list is filtered in SQL: by need to know for names (a manager sees the
// names only of children they may open), and by the manager's scope for workers and queues.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "access/staff.h"
#include "allocation/allocation_repository.h"
#include "core/dates.h"
#include "store/database.h"

namespace pathway::allocation {

// A child on a worker's caseload, with the worker's role on the case.
struct CaseloadChild {
  std::string public_id;
  std::string given_name;
  std::string family_name;
  Date date_of_birth;
  std::string district_name;
  std::string holding_team_name;  // "" when no team holds the case
  CaseRole role = CaseRole::case_manager;
  Intensity intensity = Intensity::standard;
  std::string started_at;  // ISO UTC instant
};

// The children `worker_id` is currently allocated, that `viewer` may open at `now`, by
// family name then given name.
std::vector<CaseloadChild> caseload_children(store::Connection& connection, std::int64_t worker_id,
                                             const access::StaffMember& viewer, std::int64_t now);

// One worker's caseload, counted over all their current allocations.
struct WorkerCaseload {
  Worker worker;
  std::int64_t fte_percent = 100;
  std::int64_t caseload_capacity = 0;  // for a full-time worker; 0: not set
  std::int64_t children_held = 0;      // as case manager
  std::int64_t other_cases = 0;        // in another role on the case
  std::int64_t intensive_cases = 0;    // allocations marked intensive, any role
  std::int64_t weighted_hundredths = 0;  // each allocation weighted by its intensity

  // The capacity scaled by working hours, capacity x fte_percent / 100, in hundredths.
  std::int64_t capacity_hundredths() const { return caseload_capacity * fte_percent; }
  // Over a capacity that is set: the weighted caseload exceeds the scaled capacity.
  bool over_capacity() const { return caseload_capacity > 0 && weighted_hundredths > capacity_hundredths(); }
};

// "12", "7.5", "4.29": hundredths written as a number without trailing zeros.
std::string hundredths_text(std::int64_t hundredths);

// The active workers (staff holding one of allocation/case_roles.h caseload_roles) in the
// teams `manager`'s scope covers, with their caseloads, by team then name.
std::vector<WorkerCaseload> team_caseloads(store::Connection& connection, const access::StaffMember& manager);

// One worker of the manager's teams by username; nullopt when there is no such worker in
// the manager's scope.
std::optional<WorkerCaseload> worker_caseload(store::Connection& connection, const access::StaffMember& manager,
                                              const std::string& username);

// A child waiting for a case manager.
struct UnallocatedChild {
  std::string public_id;
  std::string given_name;
  std::string family_name;
  Date date_of_birth;
  std::string district_name;
  std::string holding_team_name;  // "" when no team holds the case
  std::string waiting_since;      // ISO UTC instant: the last case manager's end, or when added
};

// The children in `manager`'s scope (held by its teams, or living in its districts) that
// they may open and that have no current case manager, longest waiting first.
std::vector<UnallocatedChild> unallocated_children(store::Connection& connection,
                                                   const access::StaffMember& manager, std::int64_t now);

// What a home page shows about caseloads: the signed-in worker's caseload size (when they
// hold cases) and the unallocated cases in their scope (when they allocate).
struct HomeCaseloadCounts {
  std::optional<std::int64_t> my_caseload;
  std::optional<std::int64_t> unallocated_in_scope;
};
HomeCaseloadCounts home_caseload_counts(store::Connection& connection, const access::StaffMember& staff,
                                        std::int64_t now);

}  // namespace pathway::allocation
