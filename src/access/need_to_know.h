#pragma once
// Need to know: which children's records a member of staff may open, written as SQL so
// lists are filtered by the database, not row by row here (docs/security.md).
//
// A record opens, to someone holding read_child_record, when
//  - it is restricted: only if they are named on it (break glass never reaches it);
//  - otherwise: if they are allocated to the child; or in the team holding the case (the
//    practice roles); or a manager whose scope covers the holding team or the child's
//    district; or a role that needs the whole service (analyst, data protection officer, a
//    head of service); or a partner the child was shared with by name; or they broke the
//    glass on it and the access has not expired.
// Everyone else who may search sees an identity-only row for an unrestricted child
// (find_any_child); restricted records they are not named on never appear to them.
#include <cstdint>
#include <string>
#include <vector>

#include "access/staff.h"
#include "store/database.h"

namespace pathway::access {

// Which children's records the role opens, in words, for docs/security.md (from the same
// rules as the SQL below).
std::string record_reach(Role role);

// An SQL boolean expression over a children row aliased `c`, with its parameters in order.
struct SqlCondition {
  std::string sql;
  std::vector<store::Value> params;
};

// True when `viewer` may open the child's record at `now` (Unix seconds).
SqlCondition may_open_condition(const StaffMember& viewer, std::int64_t now);

// True when the child appears in `viewer`'s searches at `now`, as a full or an
// identity-only row.
SqlCondition may_list_condition(const StaffMember& viewer, std::int64_t now);

// The number of children `viewer` may not see at all when they have find_any_child:
// restricted records they are not named on. Lets the unfiltered list count the whole
// table from the b-tree and subtract, instead of testing every row.
std::int64_t hidden_from(store::Connection& connection, const StaffMember& viewer);

// Whether `viewer` may open the child with this public id at `now`; false when there is
// no such child. Throws StoreError.
bool may_open_child(store::Connection& connection, const StaffMember& viewer, const std::string& public_id,
                    std::int64_t now);

// Whether the child with this public id exists and appears in `viewer`'s searches.
bool may_list_child(store::Connection& connection, const StaffMember& viewer, const std::string& public_id,
                    std::int64_t now);

}  // namespace pathway::access
