#pragma once
// Reads rows about a set of children named by row id, a batch of ids per query so that a
// national cohort never builds one enormous statement.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "store/database.h"

namespace pathway::performance {

// Runs `sql` followed by "(?, ?, ...)" for each batch of `child_ids`, with `params` before
// the batch's ids, and calls `visit` for each row. `sql` ends with "... c.id IN ".
void each_child_row(store::Connection& connection, const std::string& sql, const std::vector<store::Value>& params,
                    const std::vector<std::int64_t>& child_ids, const std::function<void(const store::Row&)>& visit);

}  // namespace pathway::performance
