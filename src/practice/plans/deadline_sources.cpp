#include "practice/plans/deadline_sources.h"

#include "deadlines/event_kinds.h"
#include "practice/plans/plan_events.h"
#include "practice/plans/plan_store.h"

namespace pathway::practice {

namespace {

// Reads each plan whole (plan_store.h) and lets plan_events say what it means, so the
// review cycles are worked out in one place. One plan per child, read child by child:
// fine for a county's plans (a national run, with no plans in its demo, reads none).
std::vector<deadlines::Event> plan_reviews(store::Connection& connection, std::optional<std::int64_t> child_id) {
  std::vector<std::int64_t> children;
  if (child_id) {
    children.push_back(*child_id);
  } else {
    for (const auto& row : connection.query("SELECT DISTINCT child_id FROM plans WHERE kind = 'intervention'")) {
      children.push_back(row.integer(0));
    }
  }
  std::vector<deadlines::Event> events;
  for (auto child : children) {
    auto plan = plan_of_child(connection, child, PlanKind::intervention);
    if (!plan) continue;
    for (auto& event : plan_events(*plan)) {
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
