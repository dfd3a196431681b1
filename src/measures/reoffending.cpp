// kpi.md "Proven reoffending (cohort method)": the cohort, reoffenders and reoffences of each
// district, summed from the cohort's members (measures/reoffending_cohort.h), the one place
// the rules are written.
#include <algorithm>

#include "measures/period_counts.h"
#include "measures/reoffending_cohort.h"

namespace pathway::measures {

void count_reoffending(const RecordSnapshot& snapshot, Period period, PeriodCounts& counts) {
  for (const CohortMember& member : reoffending_cohort(snapshot, period).members) {
    DistrictCounts& district = counts[snapshot.children.district[member.child]];
    ++district.cohort;
    district.last_index_date = std::max(district.last_index_date, member.index_date);
    district.reoffences += member.reoffences;
    if (member.reoffences > 0) ++district.reoffenders;
  }
}

}  // namespace pathway::measures
