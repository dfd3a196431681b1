// kpi.md "Remands": episodes of any type but unconditional bail starting in the period (the
// snapshot keeps only those), and of them the remands to youth detention accommodation.
#include "measures/period_counts.h"

namespace pathway::measures {

void count_remands(const RecordSnapshot& snapshot, Period period, PeriodCounts& counts) {
  auto [first, last] = in_period(snapshot.remands, period);
  for (const RemandStart* remand = first; remand != last; ++remand) {
    DistrictCounts& district = counts[snapshot.children.district[remand->child]];
    ++district.remand_episodes;
    if (remand->youth_detention) ++district.remands_youth_detention;
  }
}

}  // namespace pathway::measures
