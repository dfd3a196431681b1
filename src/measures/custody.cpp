// kpi.md "Use of custody": custodial sentences and court disposals dated in the period, of
// children aged 10 to 17 on that date, counted per outcome.
#include "measures/period_counts.h"

namespace pathway::measures {

void count_custody(const RecordSnapshot& snapshot, Period period, PeriodCounts& counts) {
  const auto& children = snapshot.children;
  auto [first, last] = in_period(snapshot.outcomes, period);
  for (const OutcomeEvent* outcome = first; outcome != last; ++outcome) {
    if (!is_court_disposal(outcome->type) || !children.aged_10_to_17(outcome->child, outcome->day)) continue;
    DistrictCounts& district = counts[children.district[outcome->child]];
    ++district.court_disposals;
    if (is_custodial_sentence(outcome->type)) ++district.custodial_sentences;
  }
}

}  // namespace pathway::measures
