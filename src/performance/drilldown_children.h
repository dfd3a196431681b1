#pragma once
// The children behind a performance figure as one member of staff may see them: only those
// need to know lets them list (access/need_to_know.h), by the database's own condition.
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "access/staff.h"
#include "core/dates.h"
#include "store/database.h"

namespace pathway::performance {

struct ListedChild {
  std::string public_id;
  std::string given_name, family_name;
  Date date_of_birth;
  std::string district_name;
};

// Of the children with these row ids, those `viewer` may list at `now` (Unix seconds), by
// row id. Throws StoreError.
std::unordered_map<std::int64_t, ListedChild> listable_children(store::Connection& connection,
                                                                const std::vector<std::int64_t>& ids,
                                                                const access::StaffMember& viewer, std::int64_t now);

}  // namespace pathway::performance
