#pragma once
// Where the deadline engine reads events: each feature that records a kind of event
// registers a source, a store query listing the events of one child or of every child
// (one query for all children, never one per child, so refresh_all stays fast). The
// engine pulls from the sources, so a form, an import, a copy and the demo all give the
// same tasks without calling the engine one by one (docs/decisions/0027).
#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

#include "deadlines/task_plan.h"
#include "store/database.h"

namespace pathway::deadlines {

// Lists the events of `child_id` (every child's when nullopt). Throws StoreError.
using SourceQuery = std::function<std::vector<Event>(store::Connection& connection, std::optional<std::int64_t> child_id)>;

struct EventSource {
  std::string_view name;                // for the administrator's rules page and errors
  std::vector<std::string_view> kinds;  // the kinds of event it lists
  SourceQuery query;
};

// Every registered source; each feature adds its own in event_sources.cpp.
const std::vector<EventSource>& event_sources();

// True when some source lists events of `kind`. A rule whose trigger or closing kind has
// no source yet waits (its tasks could never start or close): refresh.h skips it.
bool has_source(std::string_view kind);

}  // namespace pathway::deadlines
