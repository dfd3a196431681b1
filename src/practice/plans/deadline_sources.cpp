#include "practice/plans/deadline_sources.h"

#include <map>

#include "deadlines/event_kinds.h"
#include "justice/row_dates.h"
#include "practice/plans/plan_events.h"

namespace pathway::practice {

namespace {

// Reads what the review cycles depend on (each objective's review date, each review's
// dates) for every intervention plan, or the child's, in two queries however many plans
// there are (the national demo has 300,000), and lets plan_events say what it means, so
// the review cycles are worked out in one place.
std::vector<deadlines::Event> plan_reviews(store::Connection& connection, std::optional<std::int64_t> child_id) {
  std::string of_child = child_id ? " AND p.child_id = ?" : "";
  std::vector<store::Value> params;
  if (child_id) params.push_back(*child_id);
  std::map<std::int64_t, std::pair<std::int64_t, Plan>> plans;  // by id: the child's, and the plan
  auto plan_in = [&plans](const store::RowView& row) -> Plan& {
    auto& [child, plan] = plans[row.integer(0)];
    child = row.integer(1);
    plan.id = row.integer(0);
    plan.kind = PlanKind::intervention;
    return plan;
  };
  connection.each_row("SELECT p.id, p.child_id, o.review_on FROM plans p JOIN plan_objectives o ON o.plan_id = p.id"
                      " WHERE p.kind = 'intervention'" + of_child + " ORDER BY o.id",
                      params, [&](const store::RowView& row) {
                        Objective objective;
                        objective.review_on = justice::date_in(row, 2);
                        plan_in(row).objectives.push_back(std::move(objective));
                      });
  connection.each_row("SELECT p.id, p.child_id, r.reviewed_on, r.next_review_on FROM plans p"
                      " JOIN plan_reviews r ON r.plan_id = p.id WHERE p.kind = 'intervention'" + of_child +
                          " ORDER BY r.reviewed_on, r.id",
                      params, [&](const store::RowView& row) {
                        plan_in(row).reviews.push_back({0, justice::date_in(row, 2), "", "", justice::date_in(row, 3), ""});
                      });
  std::vector<deadlines::Event> events;
  for (const auto& [id, held] : plans) {
    const auto& [child, plan] = held;
    for (auto& event : plan_events(plan)) {
      events.push_back({std::move(event.kind), child, std::move(event.subject), std::move(event.answers), event.on, {}});
    }
  }
  return events;
}

}  // namespace

void add_plan_deadline_sources(std::vector<deadlines::EventSource>& sources) {
  sources.push_back({"plans", {deadlines::kinds::plan_review_due, deadlines::kinds::plan_reviewed}, plan_reviews});
}

}  // namespace pathway::practice
