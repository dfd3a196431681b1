#pragma once
// What the live reoffending tracker breaks a cohort down by that the measures' snapshot does
// not hold (sex, ethnicity, looked-after status, and the date of birth for the age at the
// index date), read for the cohort's children only.
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/dates.h"
#include "store/database.h"

namespace pathway::performance {

struct ChildCharacteristics {
  Date date_of_birth;
  std::string sex;           // male, female, unknown
  std::string ethnicity;     // a DfE code; "" when not recorded
  std::string looked_after;  // yes, no; "" when not recorded. As the record says now.
};

// By child row id (measures::ChildColumns::id).
using CharacteristicsById = std::unordered_map<std::int64_t, ChildCharacteristics>;

// The characteristics of the children with these row ids. Throws StoreError.
CharacteristicsById read_characteristics(store::Connection& connection, const std::vector<std::int64_t>& child_ids);

}  // namespace pathway::performance
