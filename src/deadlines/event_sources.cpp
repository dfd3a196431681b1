#include "deadlines/event_sources.h"

#include <algorithm>

#include "justice/deadline_sources.h"
#include "practice/assessments/deadline_sources.h"
#include "practice/contacts/deadline_sources.h"
#include "practice/plans/deadline_sources.h"

namespace pathway::deadlines {

const std::vector<EventSource>& event_sources() {
  // One line per feature that records events (later: practice, victims, resettlement).
  static const std::vector<EventSource> sources = [] {
    std::vector<EventSource> all;
    justice::add_deadline_sources(all);
    practice::add_assessment_deadline_sources(all);
    practice::add_appointment_deadline_sources(all);
    practice::add_plan_deadline_sources(all);
    return all;
  }();
  return sources;
}

bool has_source(std::string_view kind) {
  return std::any_of(event_sources().begin(), event_sources().end(), [kind](const EventSource& source) {
    return std::find(source.kinds.begin(), source.kinds.end(), kind) != source.kinds.end();
  });
}

}  // namespace pathway::deadlines
