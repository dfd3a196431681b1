#pragma once
// What a child's tasks should be, worked out from the events on their record and the
// rules: one task per rule in force and trigger event, due by the rule's delay, closed by
// the first closing event that answers it. Pure: refresh.h loads the events and writes
// the difference.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "deadlines/rules.h"

namespace pathway::deadlines {

// Something recorded about a child that starts or closes a task (event_sources.h).
struct Event {
  std::string kind;  // event_kinds.h
  std::int64_t child_id = 0;
  // What the event is about, "outcome:17", "court_report:4", "victim:9": a task is keyed
  // by (rule, child, its trigger's subject), so it keeps its history when dates change.
  std::string subject;
  // For a closing event: the subject of the trigger it answers (a report submitted answers
  // that report's request). Empty: it answers the child's first open task of its kind
  // triggered on or before its date (an appointment attended after an order was made).
  std::string answers;
  Date date;
  // A trigger may name who works its task (a victim's worker): beside the rule's case role.
  std::optional<std::int64_t> assigned_staff_id;
};

struct PlannedTask {
  std::string rule_code;
  Date rule_applies_from;
  std::int64_t child_id = 0;
  std::string subject;
  Date trigger_date;
  Date due_on;
  std::optional<Date> closed_on;  // the closing event's date; the task is done
  std::string case_role;
  std::optional<std::int64_t> assigned_staff_id;
};

// The tasks `events` call for under `rules`, ordered by child, rule code, subject. A
// closing event answers at most one task of each rule: the one its `answers` names, or
// the earliest open one triggered on or before it.
std::vector<PlannedTask> plan_tasks(const std::vector<DeadlineRule>& rules, const std::vector<Event>& events,
                                    const WorkingCalendar& calendar);

}  // namespace pathway::deadlines
