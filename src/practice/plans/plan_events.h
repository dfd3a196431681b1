#pragma once
// What a plan tells the deadline engine (issue 11 point 5): the plan's review is a dated
// task. Each review date is a "plan_review_due" trigger on the subject "plan:<id>" (the
// earliest objective's review date before the first review, then each review's next review
// date), and each review recorded is a "plan_reviewed" event that closes the task due on or
// before its date. The coordinator wires these to the engine; a resettlement plan (issue 13)
// produces the same events with its own plan id.
#include <string>
#include <vector>

#include "core/dates.h"
#include "practice/plans/plan.h"

namespace pathway::practice {

inline constexpr std::string_view plan_review_due_event = "plan_review_due";
inline constexpr std::string_view plan_reviewed_event = "plan_reviewed";

struct PlanEvent {
  std::string kind;     // plan_review_due_event or plan_reviewed_event
  std::string subject;  // "plan:<id>"
  Date on;
};

// The plan's events in date order: each review due date and each review held.
std::vector<PlanEvent> plan_events(const Plan& plan);

}  // namespace pathway::practice
