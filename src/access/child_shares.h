#pragma once
// Partner sharing: a partner account (police, health, probation) reads only the children
// shared with it by name, each with a reason (need_to_know.h). The caller audits each
// share and each end of one.
#include <cstdint>
#include <string>
#include <vector>

#include "access/staff.h"
#include "core/result.h"
#include "store/database.h"

namespace pathway::access {

struct ChildShare {
  StaffMember partner;
  std::string shared_by;  // username
  std::string shared_at;  // ISO UTC instant
  std::string reason;
};

// Shares the child (internal id) with a partner account. Errors: invalid when the account
// is not an active partner; conflict when it is already shared with them. Throws StoreError.
Result<Done> share_child(store::Connection& connection, std::int64_t child_id, const StaffMember& partner,
                         const std::string& shared_by, const std::string& reason, std::int64_t now);

// Stops sharing the child with the partner. Errors: not_found when it was not shared with
// them. Throws StoreError.
Result<Done> stop_sharing_child(store::Connection& connection, std::int64_t child_id, std::int64_t partner_id);

// Who the child is shared with, by partner name.
std::vector<ChildShare> shares_of_child(store::Connection& connection, std::int64_t child_id);

// The active accounts holding the partner role, by name: whom a child may be shared with.
std::vector<StaffMember> partner_accounts(store::Connection& connection);

}  // namespace pathway::access
