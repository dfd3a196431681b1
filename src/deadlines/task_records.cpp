#include "deadlines/task_records.h"

#include <map>
#include <tuple>

#include "justice/row_dates.h"
#include "store/batched_insert.h"

namespace pathway::deadlines {

namespace {

using Key = std::tuple<std::string, std::int64_t, std::string>;

Key key_of(const PlannedTask& task) { return {task.rule_code, task.child_id, task.subject}; }

TaskStatus status_in(const std::string& code) {
  if (code == "done") return TaskStatus::done;
  if (code == "withdrawn") return TaskStatus::withdrawn;
  return TaskStatus::open;
}

store::Value optional_id(const std::optional<std::int64_t>& id) { return id ? store::Value{*id} : store::Value{nullptr}; }

constexpr std::string_view columns =
    "rule_code, child_id, subject, rule_applies_from, trigger_date, due_on, status, closed_on, case_role, "
    "assigned_staff_id, updated_at";

std::vector<store::Value> values_of(const PlannedTask& task, TaskStatus status, const std::string& now) {
  return {task.rule_code, task.child_id, task.subject, to_iso(task.rule_applies_from), to_iso(task.trigger_date),
          to_iso(task.due_on), std::string(status_code(status)), justice::optional_date_value(task.closed_on),
          task.case_role, optional_id(task.assigned_staff_id), now};
}

TaskStatus planned_status(const PlannedTask& task) { return task.closed_on ? TaskStatus::done : TaskStatus::open; }

// What the stored row should become; nullopt when it stays as it is.
std::optional<PlannedTask> rewrite_of(const StoredTask& stored, const PlannedTask& planned) {
  const PlannedTask& was = stored.task;
  PlannedTask wanted = planned;
  bool same_closing = stored.status == TaskStatus::done && was.closed_on == planned.closed_on &&
                      was.trigger_date == planned.trigger_date;
  if (same_closing) {
    wanted.due_on = was.due_on;
    wanted.rule_applies_from = was.rule_applies_from;
  }
  bool same = stored.status == planned_status(planned) && was.trigger_date == wanted.trigger_date &&
              was.due_on == wanted.due_on && was.closed_on == wanted.closed_on &&
              was.rule_applies_from == wanted.rule_applies_from && was.case_role == wanted.case_role &&
              was.assigned_staff_id == wanted.assigned_staff_id;
  if (same) return std::nullopt;
  return wanted;
}

void rewrite(store::Connection& connection, const PlannedTask& task, TaskStatus status, const std::string& now) {
  connection.execute(
      "UPDATE deadline_tasks SET rule_applies_from = ?, trigger_date = ?, due_on = ?, status = ?, closed_on = ?,"
      " case_role = ?, assigned_staff_id = ?, updated_at = ? WHERE rule_code = ? AND child_id = ? AND subject = ?",
      {to_iso(task.rule_applies_from), to_iso(task.trigger_date), to_iso(task.due_on), std::string(status_code(status)),
       justice::optional_date_value(task.closed_on), task.case_role, optional_id(task.assigned_staff_id), now,
       task.rule_code, task.child_id, task.subject});
}

}  // namespace

std::string_view status_code(TaskStatus status) {
  switch (status) {
    case TaskStatus::open: return "open";
    case TaskStatus::done: return "done";
    case TaskStatus::withdrawn: return "withdrawn";
  }
  return "";
}

std::vector<StoredTask> load_tasks(store::Connection& connection, std::optional<std::int64_t> child_id) {
  std::vector<store::Value> params;
  std::string sql = "SELECT rule_code, child_id, subject, rule_applies_from, trigger_date, due_on, status, closed_on,"
                    " case_role, assigned_staff_id FROM deadline_tasks";
  if (child_id) {
    sql += " WHERE child_id = ?";
    params.push_back(*child_id);
  }
  std::vector<StoredTask> tasks;
  for (const auto& row : connection.query(sql, std::span<const store::Value>(params))) {
    PlannedTask task{row.text(0), justice::date_in(row, 3), row.integer(1), row.text(2), justice::date_in(row, 4),
                     justice::date_in(row, 5), justice::optional_date_in(row, 7), row.text(8), row.optional_integer(9)};
    tasks.push_back({std::move(task), status_in(row.text(6))});
  }
  return tasks;
}

std::size_t write_task_changes(store::Connection& connection, const std::vector<StoredTask>& stored,
                               const std::vector<PlannedTask>& planned, const std::string& now) {
  std::map<Key, const StoredTask*> by_key;
  for (const auto& task : stored) by_key[key_of(task.task)] = &task;
  std::size_t written = 0;
  store::BatchedInsert added("deadline_tasks", columns, 11);
  for (const auto& task : planned) {
    auto found = by_key.find(key_of(task));
    if (found == by_key.end()) {
      auto values = values_of(task, planned_status(task), now);
      added.add(values);
      added.write_full(connection);
      ++written;
      continue;
    }
    if (auto wanted = rewrite_of(*found->second, task)) {
      rewrite(connection, *wanted, planned_status(*wanted), now);
      ++written;
    }
    by_key.erase(found);
  }
  added.flush(connection);
  for (const auto& [key, gone] : by_key) {
    if (gone->status == TaskStatus::withdrawn) continue;
    PlannedTask withdrawn = gone->task;
    withdrawn.closed_on.reset();
    rewrite(connection, withdrawn, TaskStatus::withdrawn, now);
    ++written;
  }
  return written;
}

}  // namespace pathway::deadlines
