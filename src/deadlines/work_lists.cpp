#include "deadlines/work_lists.h"

#include <map>

#include "access/need_to_know.h"
#include "deadlines/event_kinds.h"
#include "deadlines/rule_delays.h"
#include "justice/row_dates.h"

namespace pathway::deadlines {

DueBand due_band(Date due_on, Date today) {
  if (due_on < today) return DueBand::overdue;
  if (due_on == today) return DueBand::today;
  if (due_on <= add_calendar_days(today, 7)) return DueBand::this_week;
  return DueBand::later;
}

std::vector<WorkTask> open_tasks_of(store::Connection& connection, std::int64_t worker_id,
                                    const access::StaffMember& viewer, std::int64_t now, std::size_t limit) {
  auto opens = access::may_open_condition(viewer, now);
  std::vector<store::Value> params{worker_id, worker_id};
  params.insert(params.end(), opens.params.begin(), opens.params.end());
  std::string sql =
      "SELECT c.public_id, c.given_name || ' ' || c.family_name, t.rule_code, t.subject, t.trigger_date, t.due_on"
      " FROM deadline_tasks t JOIN children c ON c.id = t.child_id WHERE t.status = 'open'"
      " AND (t.assigned_staff_id = ? OR EXISTS (SELECT 1 FROM case_workers w WHERE w.child_id = t.child_id"
      " AND w.staff_id = ? AND w.case_role = t.case_role AND w.ended_at IS NULL)) AND (" +
      opens.sql + ") ORDER BY t.due_on, c.sort_key, t.rule_code, t.subject";
  if (limit > 0) {
    sql += " LIMIT ?";
    params.push_back(static_cast<std::int64_t>(limit));
  }
  std::map<std::string, const DeadlineRule*> rules;
  auto in_use = rules_in_use(connection);
  for (const auto& rule : in_use) rules.emplace(rule.code, &rule);
  std::vector<WorkTask> tasks;
  for (const auto& row : connection.query(sql, std::span<const store::Value>(params))) {
    auto rule = rules.find(row.text(2));
    tasks.push_back({row.text(0), row.text(1), row.text(2), rule == rules.end() ? row.text(2) : rule->second->title,
                     rule == rules.end() ? "" : rule->second->closing_kind, row.text(3), justice::date_in(row, 4),
                     justice::date_in(row, 5)});
  }
  return tasks;
}

DueCounts due_counts(const std::vector<WorkTask>& tasks, Date today) {
  DueCounts counts;
  for (const auto& task : tasks) {
    DueBand band = due_band(task.due_on, today);
    if (band == DueBand::overdue) ++counts.overdue;
    if (band == DueBand::today || band == DueBand::this_week) ++counts.this_week;
  }
  return counts;
}

std::string where_recorded(const WorkTask& task) {
  std::string record = "/children/" + task.child_public_id;
  const auto* kind = kinds::find_event_kind(task.closing_kind);
  if (!kind || !kind->recorded_on_subject_page) return record;
  auto colon = task.subject.find(':');
  std::string type = task.subject.substr(0, colon);
  std::string id = colon == std::string::npos ? "" : task.subject.substr(colon + 1);
  if (type == "outcome") return record + "/outcomes/" + id;
  if (type == "court_report") return record + "/court/reports/" + id;
  return record;
}

}  // namespace pathway::deadlines
