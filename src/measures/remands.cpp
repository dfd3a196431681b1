// kpi.md "Remands": episodes of any type but unconditional bail starting in the period (the
// snapshot keeps only those), and of them the remands to youth detention accommodation.
#include "measures/counted_records.h"

namespace pathway::measures {

void walk_remands(const RecordSnapshot& snapshot, Period period, CountVisitor& visitor) {
  auto [first, last] = in_period(snapshot.remands, period);
  for (const RemandStart* remand = first; remand != last; ++remand) {
    visitor.counted({Tally::remand_episodes, remand->child, remand->day});
    if (remand->youth_detention) visitor.counted({Tally::remands_youth_detention, remand->child, remand->day});
  }
}

}  // namespace pathway::measures
