#pragma once
// Recomputes tasks from the record (docs/decisions/0027): the engine pulls every event
// from the registered sources (event_sources.h), plans the tasks (task_plan.h) under the
// rules in use and the calendar held now, and writes only what changed. Features call
// refresh_child after changing a child's record, in the same transaction; an import, a
// copy, the demo and a change of rule or calendar call refresh_all.
#include <cstddef>
#include <cstdint>

#include "store/database.h"

namespace pathway::deadlines {

// Brings `child_id`'s tasks into line with their record, in the caller's transaction.
// Returns how many task rows were written. Throws StoreError.
std::size_t refresh_child(store::Connection& connection, std::int64_t child_id);

// Brings every child's tasks into line, one query per source for all children. Returns
// how many task rows were written. Throws StoreError.
std::size_t refresh_all(store::Connection& connection);

}  // namespace pathway::deadlines
