// kpi.md "First time entrants": a child whose first substantive outcome ever falls in the
// period, aged 10 to 17 on its date (the snapshot lists exactly those days, one per child).
#include "measures/counted_records.h"

namespace pathway::measures {

void walk_first_time_entrants(const RecordSnapshot& snapshot, Period period, CountVisitor& visitor) {
  auto [first, last] = in_period(snapshot.first_time_entrants, period);
  for (const ChildEvent* entrant = first; entrant != last; ++entrant) {
    visitor.counted({Tally::first_time_entrants, entrant->child, entrant->day});
  }
}

}  // namespace pathway::measures
