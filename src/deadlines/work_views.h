#pragma once
// How a worker's tasks show: in four groups (overdue, due today, due this week, later),
// each row with the child, what is due, the due date and a link to where it is recorded.
// Used by "My work", a manager's view of one worker, and the home page's panel.
#include <vector>

#include "access/audit_records.h"
#include "deadlines/work_lists.h"
#include "web/view_data.h"

namespace pathway::web {

// One task as a row of the tasks table.
ViewData work_task_row(const deadlines::WorkTask& task, Date today);

// `groups` (each with heading, id and tasks; empty groups left out) and `has_tasks`.
void add_work_groups(ViewData& data, const std::vector<deadlines::WorkTask>& tasks, Date today);

// The children the tasks name, for the page's audit event (access::shown_records).
std::vector<access::NamedRecord> children_named(const std::vector<deadlines::WorkTask>& tasks);

}  // namespace pathway::web
