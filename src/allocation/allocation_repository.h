#pragma once
// Allocations in the store: who works with a child, in what role on the case and how
// intensively; allocating and reallocating the case manager, adding and ending other
// practitioners' involvement. An allocation is never overwritten or deleted: it ends
// (ended_at, who ended it and why), and a reallocation ends the old case manager's
// allocation and starts the new one in the same transaction, so the history reads from the
// rows. Every function runs inside the caller's transaction.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "access/need_to_know.h"
#include "access/staff.h"
#include "allocation/case_roles.h"
#include "core/result.h"
#include "store/database.h"

namespace pathway::allocation {

// One practitioner's involvement with one child, current or ended.
struct CaseWorker {
  std::int64_t id = 0;             // the allocation (case_workers.id)
  std::string username;
  std::string display_name;
  std::string team_name;           // "" when the worker is in no team
  CaseRole role = CaseRole::case_manager;
  Intensity intensity = Intensity::standard;
  std::string started_at;          // ISO UTC instant
  std::string allocated_by_name;   // who allocated them (their name now, or the username)
  std::string reason;              // why they were allocated; "" when none was given
  std::optional<std::string> ended_at;
  std::string ended_by_name;       // "" while current
  std::string end_reason;
};

// Everyone who has worked with the child: current allocations first (the case manager,
// then the others by role and start), then ended ones, most recently ended first.
std::vector<CaseWorker> case_workers(store::Connection& connection, std::int64_t child_id);

// A worker who may be given a role on a case.
struct Worker {
  std::int64_t id = 0;
  std::string username;
  std::string display_name;
  std::string team_name;
};

// The active staff `manager` may give `role` on a case, by name: those whose staff roles
// fit the case role (allocation/case_roles.h staff_roles_for), in a team within the
// manager's scope, except the county-wide specialisms, offered from every team.
std::vector<Worker> candidate_workers(store::Connection& connection, const access::StaffMember& manager,
                                      CaseRole role);

// What a manager asks for when allocating.
struct Allocation {
  std::int64_t child_id = 0;
  std::string worker_username;
  CaseRole role = CaseRole::case_manager;
  Intensity intensity = Intensity::standard;
  std::string reason;  // required when it replaces a current case manager
};

// Makes the worker the child's case manager (role must be case_manager), ending the
// current case manager's allocation if there is one (a reallocation: the reason is kept on
// both rows), and moves the case to the worker's team (children.holding_team_code; kept as
// it was if the worker is in no team). Errors: invalid (the worker is not one the manager
// may choose, already the case manager, or a reallocation without a reason); conflict
// (someone else allocated the child at the same moment). Throws StoreError.
Result<Done> allocate_case_manager(store::Connection& connection, const access::StaffMember& manager,
                                   const Allocation& allocation, std::int64_t now);

// Adds the worker in one of the practitioner roles beside the case manager. Errors:
// invalid (not a practitioner role, or a worker the manager may not choose for it);
// conflict (already working with the child in that role). Throws StoreError.
Result<Done> add_practitioner(store::Connection& connection, const access::StaffMember& manager,
                              const Allocation& allocation, std::int64_t now);

// How an involvement ends: who ended it and why, and for the case manager's, whether the
// case closes (the work with the child is finished) or waits for another case manager.
struct AllocationEnd {
  std::string by;      // username
  std::string reason;
  bool closes_case = false;
};

// Ends a current allocation of this child, keeping who ended it and why. Ending the case
// manager's leaves the child waiting in the unallocated queue, unless the case closes: then
// every current allocation of the child ends with it. Errors: not_found (no current
// allocation with that id on this child); invalid (closing the case from an allocation
// that is not the case manager's). Throws StoreError.
Result<CaseWorker> end_allocation(store::Connection& connection, std::int64_t child_id, std::int64_t allocation_id,
                                  const AllocationEnd& end, std::int64_t now);

// Changes how intensive a current allocation is. Errors: not_found (no current allocation
// with that id on this child). Returns the allocation as it was before. Throws StoreError.
Result<CaseWorker> change_intensity(store::Connection& connection, std::int64_t child_id,
                                    std::int64_t allocation_id, Intensity intensity);

// An SQL condition over `children c`: the child waits for a case manager, having none now
// and no closed case (a case manager's allocation that ended closing the case, with no
// case manager allocation after it).
std::string_view waiting_for_case_manager_sql();

// The SQL weight, in hundredths, of an allocation row aliased `w` (allocation/case_roles.h).
std::string intensity_weight_sql();

// An SQL condition that the staff row aliased `st` holds one of the roles (staff.roles is a
// comma-separated list), with its parameters. (The codes' underscores are LIKE's any-one
// character, which only widens the match to codes no role has.)
access::SqlCondition holds_any_role_condition(const std::vector<access::Role>& roles);

}  // namespace pathway::allocation
