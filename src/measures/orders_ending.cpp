// kpi.md "Orders ending: accommodation and education, training and employment". Each child
// with a programme or order ending in the period counts once, with the one that ends last
// (on a tie, the greatest outcome_id in byte order), its accommodation and ETE at the end,
// and their age and school age on its end date.
#include <algorithm>

#include "measures/counted_records.h"

namespace pathway::measures {

std::vector<const Ending*> last_ending_of_each_child(const RecordSnapshot& snapshot, Period period) {
  auto [first, last] = in_period(snapshot.endings, period);
  std::vector<const Ending*> endings;
  for (const Ending* ending = first; ending != last; ++ending) endings.push_back(ending);
  const auto& ids = snapshot.ending_outcome_ids;
  std::sort(endings.begin(), endings.end(), [&](const Ending* a, const Ending* b) {
    if (a->child != b->child) return a->child < b->child;
    if (a->day != b->day) return a->day > b->day;
    return ids[a->outcome_id] > ids[b->outcome_id];
  });
  endings.erase(std::unique(endings.begin(), endings.end(),
                            [](const Ending* a, const Ending* b) { return a->child == b->child; }),
                endings.end());
  return endings;
}

void walk_orders_ending(const RecordSnapshot& snapshot, Period period, CountVisitor& visitor) {
  const auto& children = snapshot.children;
  for (const Ending* ending : last_ending_of_each_child(snapshot, period)) {
    auto count = [&](Tally tally) { visitor.counted({tally, ending->child, ending->day}); };
    bool accommodation = ending->accommodation == Ending::Status::suitable;
    bool ete = ending->ete == Ending::Status::suitable;
    bool aged_16_17 = children.sixteenth_birthday[ending->child] <= ending->day &&
                      ending->day < children.eighteenth_birthday[ending->child];
    bool school_age = ending->day <= children.last_day_of_school_age[ending->child];
    count(Tally::orders_ending);
    if (accommodation) count(Tally::accommodation_suitable);
    if (ete) count(Tally::ete_suitable);
    if (aged_16_17) {
      count(Tally::aged_16_17_ending);
      if (accommodation) count(Tally::aged_16_17_suitable);
    }
    if (school_age) {
      count(Tally::school_age_ending);
      if (ete) count(Tally::school_age_suitable);
    } else {
      count(Tally::above_school_age_ending);
      if (ete) count(Tally::above_school_age_suitable);
    }
  }
}

}  // namespace pathway::measures
