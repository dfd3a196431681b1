#pragma once
// The demo county's appointments and contacts: a year of them for each child with a case
// manager, as often as the case's intensity asks (attended mostly, some acceptable and
// some unacceptable absences, a warning on the order for some of those, interventions
// delivered), two coming appointments each, and a calendar address for the case manager
// "caseworker".
#include <cstdint>

#include "core/dates.h"
#include "store/database.h"

namespace pathway::demo {

struct DemoContactCounts {
  std::int64_t appointments = 0;
  std::int64_t warnings = 0;
};

// Needs the demo accounts, allocations and justice records. Deterministic for a database
// and a day.
DemoContactCounts add_demo_contacts(store::Connection& connection, Date today);

}  // namespace pathway::demo
