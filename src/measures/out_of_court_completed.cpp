// kpi.md "Out-of-court disposals completed": out-of-court disposals with a start date that
// ended in the period completed, breached or revoked, counted per disposal.
#include "measures/counted_records.h"

namespace pathway::measures {

void walk_out_of_court_completed(const RecordSnapshot& snapshot, Period period, CountVisitor& visitor) {
  static const CompletionCode completed = *completion_code("completed");
  static const CompletionCode breached = *completion_code("breached");
  static const CompletionCode revoked = *completion_code("revoked");
  auto [first, last] = in_period(snapshot.endings, period);
  for (const Ending* ending = first; ending != last; ++ending) {
    bool finished = ending->completion == completed || ending->completion == breached || ending->completion == revoked;
    if (!is_out_of_court_disposal(ending->type) || !finished) continue;
    visitor.counted({Tally::out_of_court_ending, ending->child, ending->day});
    if (ending->completion == completed) visitor.counted({Tally::out_of_court_completed, ending->child, ending->day});
  }
}

}  // namespace pathway::measures
