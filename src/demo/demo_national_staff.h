#pragma once
// The national demo's staff beyond the demo county's accounts: for each of the other 149
// services, its team's manager and enough case managers for the team's open cases at the
// county's caseload capacity (demo_national_staff.cpp). And every team's case managers, as
// the allocations and the practice records need them.
#include <cstdint>
#include <string>
#include <vector>

#include "demo/demo_national_cases.h"
#include "store/database.h"

namespace pathway::demo {

// A case manager's caseload capacity, as the demo county's full-time case managers have.
inline constexpr std::int64_t national_caseload_capacity = 15;

// Adds the accounts, all with the demo county's accounts' password hash (hashed once, when
// those were made), many to a statement. Usernames have a '-', which the county's never
// do: "ashbury-manager", "ashbury-cm-12". Returns how many. Throws std::runtime_error if
// the password policy refuses the password for a username, StoreError on failure.
std::int64_t add_national_staff(store::Connection& connection, const NationalCases& cases, const std::string& password);

struct NationalCaseManager {
  std::int64_t id = 0;
  std::string username;
  std::string display_name;
  std::int64_t countersigner = 0;  // their line manager, else the head of service (0: none)
};

// Who works a team's cases: its case managers (active, in id order) and who allocates them
// (the team's manager, else a manager of the whole service, else "demo").
struct NationalTeamStaff {
  std::string allocator;
  std::vector<NationalCaseManager> case_managers;
};

// For each of cases.teams, in that order. Throws StoreError.
std::vector<NationalTeamStaff> national_team_staff(store::Connection& connection, const NationalCases& cases);

}  // namespace pathway::demo
