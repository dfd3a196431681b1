#pragma once
// The demo county's circumstances and early warnings (issue 11 point 6): for every child
// with an allocated case manager, a history of where they live and their education,
// training or employment, some changed for the worse in the last weeks (so the demo's case
// managers and their managers see early warnings), a few safeguarding flags raised lately,
// and the outcome of each past appointment dated the day it was held (so only the absences
// of the last weeks are news). Drawn from the children's ids, not the demo's random stream,
// so adding them changes nothing else the demo draws.
#include <optional>
#include <string_view>

#include "core/dates.h"
#include "store/database.h"

namespace pathway::demo {

struct DemoCircumstanceCounts {
  int circumstances = 0;
  int worse_lately = 0;  // changes for the worse recorded in the last weeks
  int recent_flags = 0;
};

// A circumstance the demo records, dated `days_ago` before today.
struct CircumstanceStep {
  std::string_view status;
  std::string_view suitability;
  std::optional<int> hours;
  int days_ago = 0;
  std::string_view note;
};
// Where a child with case number `k` (their id) has lived this year and more: at home, or
// in care for a child looked after.
CircumstanceStep settled_accommodation(int k, bool looked_after);
// What they have done in the day since last year: school to 16, then college or training
// (or nothing, for some).
CircumstanceStep first_ete(int k, bool school_age);

// Adds them in the caller's transaction, after the contacts and the flags. Throws StoreError.
DemoCircumstanceCounts add_demo_circumstances(store::Connection& connection, Date today);

}  // namespace pathway::demo
