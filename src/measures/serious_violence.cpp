// kpi.md "Serious violence": children with a substantive outcome in the period, aged 10 to 17
// on its date, that disposes of a serious violence offence; each child once.
#include <algorithm>

#include "measures/period_counts.h"

namespace pathway::measures {

void count_serious_violence(const RecordSnapshot& snapshot, Period period, PeriodCounts& counts) {
  const auto& children = snapshot.children;
  std::vector<ChildIndex> found;
  auto [first, last] = in_period(snapshot.outcomes, period);
  for (const OutcomeEvent* outcome = first; outcome != last; ++outcome) {
    if (outcome->names_serious_violence_offence && is_substantive(outcome->type) &&
        children.aged_10_to_17(outcome->child, outcome->day)) {
      found.push_back(outcome->child);
    }
  }
  std::sort(found.begin(), found.end());
  found.erase(std::unique(found.begin(), found.end()), found.end());
  for (ChildIndex child : found) ++counts[children.district[child]].serious_violence_children;
}

}  // namespace pathway::measures
