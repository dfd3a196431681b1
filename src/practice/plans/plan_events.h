#pragma once
// What a plan tells the deadline engine (issue 11 point 5): the plan's review is a dated
// task. Each review date is a deadlines::kinds::plan_review_due trigger dated on the day the
// review is due (the earliest objective's review date before the first review, then each
// review's next review date), and each review recorded is a plan_reviewed event answering
// the review then due. Each of those review cycles has its own subject,
// "plan:<id>:review:<n>" (n = 0 before the first review), so the engine keeps one task per
// review. A resettlement plan (issue 13) produces the same events with its own plan id.
#include <string>
#include <vector>

#include "core/dates.h"
#include "practice/plans/plan.h"

namespace pathway::practice {

struct PlanEvent {
  std::string kind;     // deadlines::kinds::plan_review_due or plan_reviewed
  std::string subject;  // "plan:<id>:review:<n>"
  std::string answers;  // for a review held: the subject of the review it answers
  Date on;
};

// The plan's events in date order: each review due date and each review held.
std::vector<PlanEvent> plan_events(const Plan& plan);

}  // namespace pathway::practice
