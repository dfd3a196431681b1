#pragma once
// "My work": a worker's open tasks across their cases, and a manager's counts per worker.
// A task is the worker's when they are allocated to the child in the rule's case role, or
// the task names them; a list shows only tasks about children the viewer may open (the
// worker themself, or their manager: access/need_to_know.h).
#include <cstdint>
#include <string>
#include <vector>

#include "access/staff.h"
#include "core/dates.h"
#include "store/database.h"

namespace pathway::deadlines {

struct WorkTask {
  std::string child_public_id;
  std::string child_name;  // given and family name
  std::string rule_code;
  std::string title;         // the rule's
  std::string closing_kind;  // what closes it (event_kinds.h)
  std::string subject;       // "outcome:17", for the link to where it is recorded
  Date trigger_date;
  Date due_on;
};

// Where a task falls, from the day it is due.
enum class DueBand { overdue, today, this_week, later };

// Overdue before `today`; today; this week: the next 7 days after today; later.
DueBand due_band(Date due_on, Date today);

// `worker_id`'s open tasks on children `viewer` may open at `now`, soonest due first, at
// most `limit` (0: all). Throws StoreError.
std::vector<WorkTask> open_tasks_of(store::Connection& connection, std::int64_t worker_id,
                                    const access::StaffMember& viewer, std::int64_t now, std::size_t limit = 0);

struct DueCounts {
  std::int64_t overdue = 0;
  std::int64_t this_week = 0;  // due today or in the next 7 days
};

// The counts of `tasks` by band on `today`.
DueCounts due_counts(const std::vector<WorkTask>& tasks, Date today);

// Where the task's closing event is recorded: the page of its subject when its kind is
// recorded there (an order, a court report), else the child's record.
std::string where_recorded(const WorkTask& task);

}  // namespace pathway::deadlines
