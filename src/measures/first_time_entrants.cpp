// kpi.md "First time entrants": a child whose first substantive outcome ever falls in the
// period, aged 10 to 17 on its date (the snapshot lists exactly those days, one per child).
#include "measures/period_counts.h"

namespace pathway::measures {

void count_first_time_entrants(const RecordSnapshot& snapshot, Period period, PeriodCounts& counts) {
  auto [first, last] = in_period(snapshot.first_time_entrants, period);
  for (const ChildEvent* entrant = first; entrant != last; ++entrant) {
    ++counts[snapshot.children.district[entrant->child]].first_time_entrants;
  }
}

}  // namespace pathway::measures
