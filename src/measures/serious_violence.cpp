// kpi.md "Serious violence": children with a substantive outcome in the period, aged 10 to 17
// on its date, that disposes of a serious violence offence; each child once, on the first
// such date in the period.
#include <algorithm>

#include "measures/counted_records.h"

namespace pathway::measures {

void walk_serious_violence(const RecordSnapshot& snapshot, Period period, CountVisitor& visitor) {
  const auto& children = snapshot.children;
  std::vector<ChildEvent> found;
  auto [first, last] = in_period(snapshot.outcomes, period);
  for (const OutcomeEvent* outcome = first; outcome != last; ++outcome) {
    if (outcome->names_serious_violence_offence && is_substantive(outcome->type) &&
        children.aged_10_to_17(outcome->child, outcome->day)) {
      found.push_back({outcome->day, outcome->child});
    }
  }
  // Found in day order: a stable sort by child keeps each child's first day first.
  std::stable_sort(found.begin(), found.end(), [](const ChildEvent& a, const ChildEvent& b) { return a.child < b.child; });
  found.erase(std::unique(found.begin(), found.end(),
                          [](const ChildEvent& a, const ChildEvent& b) { return a.child == b.child; }),
              found.end());
  for (const ChildEvent& child : found) visitor.counted({Tally::serious_violence_children, child.child, child.day});
}

}  // namespace pathway::measures
