#pragma once
// The demo county's circumstances and early warnings (issue 11 point 6): for every child
// with an allocated case manager, a history of where they live and their education,
// training or employment, some changed for the worse in the last weeks (so the demo's case
// managers and their managers see early warnings), a few safeguarding flags raised lately,
// and the outcome of each past appointment dated the day it was held (so only the absences
// of the last weeks are news). Drawn from the children's ids, not the demo's random stream,
// so adding them changes nothing else the demo draws.
#include "core/dates.h"
#include "store/database.h"

namespace pathway::demo {

struct DemoCircumstanceCounts {
  int circumstances = 0;
  int worse_lately = 0;  // changes for the worse recorded in the last weeks
  int recent_flags = 0;
};

// Adds them in the caller's transaction, after the contacts and the flags. Throws StoreError.
DemoCircumstanceCounts add_demo_circumstances(store::Connection& connection, Date today);

}  // namespace pathway::demo
