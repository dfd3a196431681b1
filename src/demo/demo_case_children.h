#pragma once
// The demo children whose practice records the demo writes: each child with an allocated
// case manager, with that worker and their line manager (the demo's practice records are
// written by them).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "children/child_repository.h"
#include "core/dates.h"
#include "store/database.h"

namespace pathway::demo {

struct DemoCaseChild {
  std::int64_t id = 0;
  std::string given_name, family_name, district_name;
  bool looked_after = false;
  Date date_of_birth;
  children::ChangeAuthor worker;
  std::optional<children::ChangeAuthor> manager;  // the worker's line manager, when they have one
};

// Every child with an allocated case manager, in id order. Throws StoreError.
std::vector<DemoCaseChild> demo_case_children(store::Connection& connection);

}  // namespace pathway::demo
