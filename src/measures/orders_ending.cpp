// kpi.md "Orders ending: accommodation and education, training and employment". Each child
// with a programme or order ending in the period counts once, with the one that ends last
// (on a tie, the greatest outcome_id in byte order), its accommodation and ETE at the end,
// and their age and school age on its end date.
#include <algorithm>

#include "measures/period_counts.h"

namespace pathway::measures {

namespace {

// The ending of each child that kpi.md counts.
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

}  // namespace

void count_orders_ending(const RecordSnapshot& snapshot, Period period, PeriodCounts& counts) {
  const auto& children = snapshot.children;
  for (const Ending* ending : last_ending_of_each_child(snapshot, period)) {
    DistrictCounts& district = counts[children.district[ending->child]];
    bool accommodation = ending->accommodation == Ending::Status::suitable;
    bool ete = ending->ete == Ending::Status::suitable;
    bool aged_16_17 = children.sixteenth_birthday[ending->child] <= ending->day &&
                      ending->day < children.eighteenth_birthday[ending->child];
    bool school_age = ending->day <= children.last_day_of_school_age[ending->child];
    ++district.orders_ending;
    district.accommodation_suitable += accommodation;
    district.ete_suitable += ete;
    if (aged_16_17) {
      ++district.aged_16_17_ending;
      district.aged_16_17_suitable += accommodation;
    }
    if (school_age) {
      ++district.school_age_ending;
      district.school_age_suitable += ete;
    } else {
      ++district.above_school_age_ending;
      district.above_school_age_suitable += ete;
    }
  }
}

}  // namespace pathway::measures
