#include "web/home_my_work.h"

#include "deadlines/work_lists.h"
#include "deadlines/work_views.h"
#include "web/home_panel_rows.h"

namespace pathway::web {

namespace {

// Enough to start the day with; "My work" lists the rest.
constexpr std::size_t tasks_shown = 5;

}  // namespace

std::vector<access::NamedRecord> add_my_work(ViewData& data, const PageContext& context, store::Connection& connection,
                                             Date today, std::int64_t now) {
  if (!context.may(access::Permission::hold_cases)) return {};
  auto tasks = deadlines::open_tasks_of(connection, context.staff().id, context.staff(), now);
  if (tasks.empty()) return {};
  auto counts = deadlines::due_counts(tasks, today);
  bool more = keep_first_rows(tasks, tasks_shown);
  ViewList rows;
  for (const auto& task : tasks) rows.push_back(work_task_row(task, today));
  ViewData panel;
  panel.set("overdue", std::to_string(counts.overdue));
  panel.set("this_week", std::to_string(counts.this_week));
  panel.set("tasks", std::move(rows));
  if (more) panel.set("more", std::to_string(tasks_shown));
  data.set("my_work", std::move(panel));
  return children_named(tasks);
}

}  // namespace pathway::web
