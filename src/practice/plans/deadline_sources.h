#pragma once
// The intervention plans' events for the deadline engine (deadlines/event_sources.h): each
// review date set and each review held (practice/plans/plan_events.h), so a plan's review
// is a task on the worker's list, done when the review is recorded.
#include <vector>

#include "deadlines/event_sources.h"

namespace pathway::practice {

// Adds the plans' source to `sources`.
void add_plan_deadline_sources(std::vector<deadlines::EventSource>& sources);

}  // namespace pathway::practice
