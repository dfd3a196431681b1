#pragma once
// The demo county's targets for its headline measures: those of the background plan's
// youth justice plan (a county service's real targets), set by the head of service.
#include "store/database.h"

namespace pathway::demo {

// Needs the demo accounts (the head of service, "manager", sets them).
void add_demo_measure_targets(store::Connection& connection);

}  // namespace pathway::demo
