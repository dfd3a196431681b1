#include "measures/period_counts.h"

#include <algorithm>

namespace pathway::measures {

DistrictCounts& DistrictCounts::operator+=(const DistrictCounts& other) {
  first_time_entrants += other.first_time_entrants;
  custodial_sentences += other.custodial_sentences;
  court_disposals += other.court_disposals;
  remand_episodes += other.remand_episodes;
  remands_youth_detention += other.remands_youth_detention;
  cohort += other.cohort;
  reoffenders += other.reoffenders;
  reoffences += other.reoffences;
  last_index_date = std::max(last_index_date, other.last_index_date);
  orders_ending += other.orders_ending;
  accommodation_suitable += other.accommodation_suitable;
  aged_16_17_ending += other.aged_16_17_ending;
  aged_16_17_suitable += other.aged_16_17_suitable;
  ete_suitable += other.ete_suitable;
  school_age_ending += other.school_age_ending;
  school_age_suitable += other.school_age_suitable;
  above_school_age_ending += other.above_school_age_ending;
  above_school_age_suitable += other.above_school_age_suitable;
  out_of_court_ending += other.out_of_court_ending;
  out_of_court_completed += other.out_of_court_completed;
  serious_violence_children += other.serious_violence_children;
  return *this;
}

PeriodCounts count_period(const RecordSnapshot& snapshot, Period period) {
  PeriodCounts counts(snapshot.district_codes.size());
  count_first_time_entrants(snapshot, period, counts);
  count_custody(snapshot, period, counts);
  count_remands(snapshot, period, counts);
  count_reoffending(snapshot, period, counts);
  count_orders_ending(snapshot, period, counts);
  count_out_of_court_completed(snapshot, period, counts);
  count_serious_violence(snapshot, period, counts);
  return counts;
}

}  // namespace pathway::measures
