#pragma once
// How far a manager's oversight reaches, as SQL (access/staff.h ScopeKind): the children
// and the teams their scope covers. Need to know (access/need_to_know.h) opens the
// children to them; allocation and caseloads (src/allocation) list the teams' workers and
// the unallocated cases from the same conditions, so the two cannot disagree.
#include "access/need_to_know.h"

namespace pathway::access {

// True for a children row aliased `c` held by a team in the scope, or, for a district or
// area scope, living in it (so a child no team holds yet is still someone's to allocate).
// "1 = 0" for a scope of none, "1 = 1" for the whole service.
SqlCondition scope_children_condition(const StaffMember& manager);

// True when the team code in `team_column` (e.g. "st.team_code") is a team in the scope:
// the team itself, or the teams covering the district or the area's districts. "1 = 0" for
// a scope of none, "1 = 1" for the whole service (staff in no team included).
SqlCondition scope_teams_condition(const StaffMember& manager, std::string_view team_column);

}  // namespace pathway::access
