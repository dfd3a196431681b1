#pragma once
// Deadline rules as data: a trigger event, a delay (working days, calendar days or months,
// after or before the trigger's date), the event that closes the task and whose task it is.
// A rule has versions (the Victims' Code's timescales change with the Code): the version
// in force on the trigger's date decides. The defaults are here, in code; an administrator
// changes a version's delay (rule_settings.h), which the store keeps beside the code's.
// Pure. Docs: docs/decisions/0027-deadline-engine.md.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "deadlines/calendar.h"

namespace pathway::deadlines {

enum class DelayUnit { working_days, calendar_days, months };

// How far from the trigger's date a task is due.
struct Delay {
  int amount = 0;  // 0 or more
  DelayUnit unit = DelayUnit::working_days;
  bool before = false;  // before the trigger's date (a report before a hearing), not after
  bool operator==(const Delay&) const = default;
};

struct DeadlineRule {
  std::string code;        // stable: tasks keep it
  Date applies_from;       // this version decides triggers on or after this date
  std::string title;       // what is due, as a worker's list says it
  std::string trigger_kind;  // event_kinds.h
  Delay delay;
  std::string closing_kind;  // event_kinds.h
  std::string case_role;     // whose task: allocation/case_roles.h (case_manager, ...)
};

// The rules Pathway ships, every version, by code then applies_from.
const std::vector<DeadlineRule>& default_rules();

// The date a task triggered on `trigger_date` is due under `delay`.
Date due_date(const Delay& delay, Date trigger_date, const WorkingCalendar& calendar);

// The version of rule `code` in force on `trigger_date` (the latest applies_from on or
// before it); nullptr when none was in force yet.
const DeadlineRule* rule_in_force(const std::vector<DeadlineRule>& rules, std::string_view code, Date trigger_date);

// The distinct codes of `rules`, in their order.
std::vector<std::string> rule_codes(const std::vector<DeadlineRule>& rules);

// "working_days", "calendar_days", "months" and back; nullopt for anything else.
std::string_view unit_code(DelayUnit unit);
std::optional<DelayUnit> parse_unit(std::string_view code);

// "20 working days after", "1 month before".
std::string delay_words(const Delay& delay);

}  // namespace pathway::deadlines
