#pragma once
// Re-applying a stale edit without undoing someone else's: a three-way merge of the
// details the user opened, the details saved since, and the user's own entries.
#include <string>
#include <vector>

#include "children/child.h"
#include "children/child_repository.h"

namespace pathway::children {

// The details as they were at the version before `changes_since` (the changes made after
// it, any order), worked back from the latest details.
ChildDetails details_before(const ChildDetails& latest, const std::vector<ChildChange>& changes_since);

struct MergedDetails {
  ChildDetails details;
  std::vector<std::string> both_changed;  // fields the user and someone else both changed, differently
};

// Fields the user left as they found them (`opened`) take the latest saved value; fields
// the user changed keep the user's value.
MergedDetails merge_details(const ChildDetails& opened, const ChildDetails& latest, const ChildDetails& mine);

}  // namespace pathway::children
