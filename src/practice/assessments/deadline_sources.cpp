#include "practice/assessments/deadline_sources.h"

#include "deadlines/event_kinds.h"
#include "justice/row_dates.h"

namespace pathway::practice {

namespace {

std::vector<deadlines::Event> completed_assessments(store::Connection& connection,
                                                    std::optional<std::int64_t> child_id) {
  std::vector<store::Value> params;
  std::string sql =
      "SELECT a.id, a.child_id, a.completed_on FROM assessments a "
      "JOIN assessment_templates t ON t.id = a.template_id "
      "WHERE t.kind = 'youth_justice' AND a.state <> 'draft' AND a.completed_on IS NOT NULL";
  if (child_id) {
    sql += " AND a.child_id = ?";
    params.push_back(*child_id);
  }
  std::vector<deadlines::Event> events;
  connection.each_row(sql, params, [&events](const store::RowView& row) {
    // No `answers`: an assessment answers the child's earliest open task it follows.
    events.push_back({std::string(deadlines::kinds::assessment_completed), row.integer(1),
                      "assessment:" + std::to_string(row.integer(0)), "", justice::date_in(row, 2), {}});
  });
  return events;
}

}  // namespace

void add_assessment_deadline_sources(std::vector<deadlines::EventSource>& sources) {
  sources.push_back({"assessments", {deadlines::kinds::assessment_completed}, completed_assessments});
}

}  // namespace pathway::practice
