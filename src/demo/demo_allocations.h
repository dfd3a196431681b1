#pragma once
// The demo county's allocations (demo_allocations.cpp): who works with each child.
#include <cstdint>

#include "allocation/allocation_repository.h"
#include "demo/demo_parts.h"
#include "store/database.h"

namespace pathway::demo {

// Allocates the demo's children to the staff already in the database, read from the tables
// (teams, team_districts, staff.team_code, staff.roles, staff.fte_percent), so it fits
// whatever teams and staff the demo creates. Each case manager takes 10 to 15 open cases
// per full-time post; about 1 child in 20 waits in the unallocated queue; some cases have a
// transition practitioner or a restorative justice worker beside the case manager, and some
// were reallocated (the history keeps the earlier case manager); the children beyond what
// the teams can hold are closed cases, allocated in the past. Every open case is held by
// its case manager's team. Times are counted back from `now` (Unix seconds).
// How intensively an open case is worked: mostly standard, some enhanced, a few intensive.
allocation::Intensity demo_intensity(DemoRandom& random);

void add_demo_allocations(store::Connection& connection, DemoRandom& random, std::int64_t now);

}  // namespace pathway::demo
