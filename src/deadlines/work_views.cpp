#include "deadlines/work_views.h"

namespace pathway::web {

ViewData work_task_row(const deadlines::WorkTask& task, Date today) {
  ViewData row;
  row.set("child_href", "/children/" + task.child_public_id);
  row.set("child_name", task.child_name);
  row.set("title", task.title);
  row.set("due_on", to_display(task.due_on));
  row.set("trigger_date", to_display(task.trigger_date));
  row.set("record_href", deadlines::where_recorded(task));
  auto band = deadlines::due_band(task.due_on, today);
  row.set("overdue", band == deadlines::DueBand::overdue);
  row.set("due_today", band == deadlines::DueBand::today);
  return row;
}

void add_work_groups(ViewData& data, const std::vector<deadlines::WorkTask>& tasks, Date today) {
  using deadlines::DueBand;
  static const std::pair<DueBand, std::pair<const char*, const char*>> groups[] = {
      {DueBand::overdue, {"overdue", "Overdue"}},
      {DueBand::today, {"due-today", "Due today"}},
      {DueBand::this_week, {"due-this-week", "Due this week (the next 7 days)"}},
      {DueBand::later, {"due-later", "Due later"}},
  };
  ViewList shown;
  for (const auto& [band, words] : groups) {
    ViewList rows;
    for (const auto& task : tasks) {
      if (deadlines::due_band(task.due_on, today) == band) rows.push_back(work_task_row(task, today));
    }
    if (rows.empty()) continue;
    ViewData group;
    group.set("id", words.first);
    group.set("heading", words.second);
    group.set("count", std::to_string(rows.size()));
    group.set("tasks", std::move(rows));
    shown.push_back(std::move(group));
  }
  data.set("has_tasks", !tasks.empty());
  data.set("groups", std::move(shown));
}

std::vector<access::NamedRecord> children_named(const std::vector<deadlines::WorkTask>& tasks) {
  std::vector<access::NamedRecord> named;
  for (const auto& task : tasks) named.push_back({"child", task.child_public_id});
  return named;
}

}  // namespace pathway::web
