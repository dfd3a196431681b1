#pragma once
// The appointments' events for the deadline engine (deadlines/event_sources.h): each
// appointment the child attended, on its day. It answers the first appointment the service
// owes after a referral order is made (deadlines/rules.cpp): the earliest open task it
// follows, whatever the appointment was for.
#include <vector>

#include "deadlines/event_sources.h"

namespace pathway::practice {

// Adds the appointments' source to `sources`.
void add_appointment_deadline_sources(std::vector<deadlines::EventSource>& sources);

}  // namespace pathway::practice
