#include "practice/plans/plan_events.h"

#include <algorithm>

#include "deadlines/event_kinds.h"

namespace pathway::practice {

std::vector<PlanEvent> plan_events(const Plan& plan) {
  namespace kinds = deadlines::kinds;
  std::vector<PlanEvent> events;
  auto cycle = [&plan](std::size_t n) { return "plan:" + std::to_string(plan.id) + ":review:" + std::to_string(n); };
  Plan before_reviews = plan;
  before_reviews.reviews.clear();
  auto due = next_plan_review(before_reviews);
  if (!due) return events;
  events.push_back({std::string(kinds::plan_review_due), cycle(0), "", *due});
  for (std::size_t n = 0; n < plan.reviews.size(); ++n) {
    const auto& review = plan.reviews[n];
    events.push_back({std::string(kinds::plan_reviewed), cycle(n), cycle(n), review.reviewed_on});
    events.push_back({std::string(kinds::plan_review_due), cycle(n + 1), "", review.next_review_on});
  }
  std::stable_sort(events.begin(), events.end(), [](const PlanEvent& a, const PlanEvent& b) { return a.on < b.on; });
  return events;
}

}  // namespace pathway::practice
