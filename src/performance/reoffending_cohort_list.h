#pragma once
// The names behind the reoffending tracker's numbers, as need to know allows
// (access/need_to_know.h): a viewer sees the name of each cohort child they may list, and
// only a count of the others.
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "access/staff.h"
#include "store/database.h"

namespace pathway::performance {

struct NamedChild {
  std::string public_id;
  std::string given_name;
  std::string family_name;
  bool may_open = false;  // the record opens to the viewer (else an identity-only row)
};

// Of the children with these row ids, those `viewer` may list at `now` (Unix seconds), by
// row id. Throws StoreError.
std::unordered_map<std::int64_t, NamedChild> children_listed_to(store::Connection& connection,
                                                                const access::StaffMember& viewer, std::int64_t now,
                                                                const std::vector<std::int64_t>& child_ids);

}  // namespace pathway::performance
