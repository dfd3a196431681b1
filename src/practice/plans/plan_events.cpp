#include "practice/plans/plan_events.h"

#include <algorithm>

namespace pathway::practice {

std::vector<PlanEvent> plan_events(const Plan& plan) {
  std::vector<PlanEvent> events;
  std::string subject = "plan:" + std::to_string(plan.id);
  Plan before_reviews = plan;
  before_reviews.reviews.clear();
  if (auto first = next_plan_review(before_reviews)) events.push_back({std::string(plan_review_due_event), subject, *first});
  for (const auto& review : plan.reviews) {
    events.push_back({std::string(plan_reviewed_event), subject, review.reviewed_on});
    events.push_back({std::string(plan_review_due_event), subject, review.next_review_on});
  }
  std::stable_sort(events.begin(), events.end(), [](const PlanEvent& a, const PlanEvent& b) { return a.on < b.on; });
  return events;
}

}  // namespace pathway::practice
