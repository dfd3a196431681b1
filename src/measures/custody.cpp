// kpi.md "Use of custody": custodial sentences and court disposals dated in the period, of
// children aged 10 to 17 on that date, counted per outcome.
#include "measures/counted_records.h"

namespace pathway::measures {

void walk_custody(const RecordSnapshot& snapshot, Period period, CountVisitor& visitor) {
  const auto& children = snapshot.children;
  auto [first, last] = in_period(snapshot.outcomes, period);
  for (const OutcomeEvent* outcome = first; outcome != last; ++outcome) {
    if (!is_court_disposal(outcome->type) || !children.aged_10_to_17(outcome->child, outcome->day)) continue;
    visitor.counted({Tally::court_disposals, outcome->child, outcome->day});
    if (is_custodial_sentence(outcome->type)) visitor.counted({Tally::custodial_sentences, outcome->child, outcome->day});
  }
}

}  // namespace pathway::measures
