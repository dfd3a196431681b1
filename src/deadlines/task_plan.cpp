#include "deadlines/task_plan.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace pathway::deadlines {

namespace {

bool earlier(const Event* a, const Event* b) { return std::tie(a->date, a->subject) < std::tie(b->date, b->subject); }

// The events of each child and kind, by date.
using EventIndex = std::map<std::pair<std::int64_t, std::string>, std::vector<const Event*>>;

EventIndex index_events(const std::vector<Event>& events) {
  EventIndex index;
  for (const auto& event : events) index[{event.child_id, event.kind}].push_back(&event);
  for (auto& [key, list] : index) std::sort(list.begin(), list.end(), earlier);
  return index;
}

// The tasks of one rule for one child: triggers in date order, each closed by the event
// that names it, else by the earliest unused general closing event on or after it.
void plan_rule(const std::vector<DeadlineRule>& rules, const std::string& code, const std::vector<const Event*>& triggers,
               const std::vector<const Event*>& closings, const WorkingCalendar& calendar,
               std::vector<PlannedTask>& planned) {
  std::vector<bool> used(closings.size(), false);
  for (const Event* trigger : triggers) {
    const DeadlineRule* rule = rule_in_force(rules, code, trigger->date);
    if (!rule) continue;
    PlannedTask task{code, rule->applies_from, trigger->child_id, trigger->subject, trigger->date,
                     due_date(rule->delay, trigger->date, calendar), std::nullopt, rule->case_role,
                     trigger->assigned_staff_id};
    std::optional<std::size_t> answer;
    for (std::size_t i = 0; i < closings.size() && !answer; ++i) {
      if (closings[i]->answers == trigger->subject) answer = i;
    }
    for (std::size_t i = 0; i < closings.size() && !answer; ++i) {
      if (!used[i] && closings[i]->answers.empty() && closings[i]->date >= trigger->date) answer = i;
    }
    if (answer) {
      used[*answer] = true;
      task.closed_on = closings[*answer]->date;
    }
    planned.push_back(std::move(task));
  }
}

}  // namespace

std::vector<PlannedTask> plan_tasks(const std::vector<DeadlineRule>& rules, const std::vector<Event>& events,
                                    const WorkingCalendar& calendar) {
  EventIndex index = index_events(events);
  std::vector<PlannedTask> planned;
  static const std::vector<const Event*> none;
  for (const auto& code : rule_codes(rules)) {
    const DeadlineRule& any_version = *std::find_if(rules.begin(), rules.end(), [&](auto& r) { return r.code == code; });
    for (const auto& [key, triggers] : index) {
      if (key.second != any_version.trigger_kind) continue;
      auto closings = index.find({key.first, any_version.closing_kind});
      plan_rule(rules, code, triggers, closings == index.end() ? none : closings->second, calendar, planned);
    }
  }
  std::sort(planned.begin(), planned.end(), [](const PlannedTask& a, const PlannedTask& b) {
    return std::tie(a.child_id, a.rule_code, a.subject) < std::tie(b.child_id, b.rule_code, b.subject);
  });
  return planned;
}

}  // namespace pathway::deadlines
