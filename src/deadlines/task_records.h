#pragma once
// The tasks the rules made, as the store keeps them: one row per rule, child and subject,
// open, done (with the day the closing event happened) or withdrawn (its trigger is gone),
// never deleted, so a task's history survives its trigger's corrections.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "deadlines/task_plan.h"
#include "store/database.h"

namespace pathway::deadlines {

enum class TaskStatus { open, done, withdrawn };

std::string_view status_code(TaskStatus status);

struct StoredTask {
  PlannedTask task;  // closed_on set exactly when done
  TaskStatus status = TaskStatus::open;
};

// The stored tasks of `child_id` (every child's when nullopt). Throws StoreError.
std::vector<StoredTask> load_tasks(store::Connection& connection, std::optional<std::int64_t> child_id);

// Writes the changes that turn `stored` into `planned` at `now` (an ISO instant): new tasks
// are added, tasks whose trigger, due date or closing changed are rewritten, stored tasks
// no longer planned are withdrawn. A done task keeps the due date it was closed against
// while its trigger and closing stay as they were (a later change of rule or calendar does
// not judge it again). Returns how many rows were written. Throws StoreError.
std::size_t write_task_changes(store::Connection& connection, const std::vector<StoredTask>& stored,
                               const std::vector<PlannedTask>& planned, const std::string& now);

}  // namespace pathway::deadlines
