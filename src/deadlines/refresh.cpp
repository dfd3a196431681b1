#include "deadlines/refresh.h"

#include <algorithm>

#include "core/clock.h"
#include "deadlines/bank_holidays.h"
#include "deadlines/event_sources.h"
#include "deadlines/rule_delays.h"
#include "deadlines/task_records.h"

namespace pathway::deadlines {

namespace {

// The rules whose trigger and closing events both have a source: a rule waiting for a
// feature not yet built would make tasks that could never close.
std::vector<DeadlineRule> wired_rules(store::Connection& connection) {
  auto rules = rules_in_use(connection);
  std::erase_if(rules, [](const DeadlineRule& rule) {
    return !has_source(rule.trigger_kind) || !has_source(rule.closing_kind);
  });
  return rules;
}

// True when a rule in `rules` starts or closes on a kind `source` lists.
bool needed(const EventSource& source, const std::vector<DeadlineRule>& rules) {
  return std::any_of(rules.begin(), rules.end(), [&source](const DeadlineRule& rule) {
    return std::any_of(source.kinds.begin(), source.kinds.end(), [&rule](std::string_view kind) {
      return kind == rule.trigger_kind || kind == rule.closing_kind;
    });
  });
}

std::size_t refresh(store::Connection& connection, std::optional<std::int64_t> child_id) {
  auto rules = wired_rules(connection);
  std::vector<Event> events;
  for (const auto& source : event_sources()) {
    if (!needed(source, rules)) continue;
    auto listed = source.query(connection, child_id);
    events.insert(events.end(), std::make_move_iterator(listed.begin()), std::make_move_iterator(listed.end()));
  }
  auto planned = plan_tasks(rules, events, load_calendar(connection));
  return write_task_changes(connection, load_tasks(connection, child_id), planned, to_iso_instant(now_unix_seconds()));
}

}  // namespace

std::size_t refresh_child(store::Connection& connection, std::int64_t child_id) { return refresh(connection, child_id); }

std::size_t refresh_all(store::Connection& connection) { return refresh(connection, std::nullopt); }

}  // namespace pathway::deadlines
