#pragma once
// The assessments' events for the deadline engine (deadlines/event_sources.h): each
// completed youth justice assessment, on the day it was completed. It answers the
// assessment the service owes after a youth conditional caution or a second youth caution
// (deadlines/rules.cpp). Screenings and Signs of Safety mappings do not: they are parts of
// the work, not the assessment the rule asks for.
#include <vector>

#include "deadlines/event_sources.h"

namespace pathway::practice {

// Adds the assessments' source to `sources`.
void add_assessment_deadline_sources(std::vector<deadlines::EventSource>& sources);

}  // namespace pathway::practice
