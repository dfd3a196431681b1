#include "measures/period_counts.h"

#include <algorithm>

#include "measures/counted_records.h"

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
  send_identified += other.send_identified;
  send_with_plan += other.send_with_plan;
  send_suitable_ete += other.send_suitable_ete;
  mental_health_identified += other.mental_health_identified;
  mental_health_planned += other.mental_health_planned;
  mental_health_attended += other.mental_health_attended;
  substance_misuse_identified += other.substance_misuse_identified;
  substance_misuse_planned += other.substance_misuse_planned;
  substance_misuse_attended += other.substance_misuse_attended;
  wider_services_supported += other.wider_services_supported;
  early_help += other.early_help;
  child_in_need += other.child_in_need;
  child_protection += other.child_protection;
  looked_after += other.looked_after;
  return *this;
}

namespace {

// Adds each counted record to its child's district's count.
class DistrictTallies final : public CountVisitor {
 public:
  DistrictTallies(const ChildColumns& children, PeriodCounts& counts) : children_(children), counts_(counts) {}

  void counted(const Counted& record) override {
    ++(counts_[children_.district[record.child]].*field(record.tally));
  }

 private:
  static std::int64_t DistrictCounts::*field(Tally tally) {
    static constexpr std::int64_t DistrictCounts::*fields[] = {
        &DistrictCounts::first_time_entrants,     &DistrictCounts::custodial_sentences,
        &DistrictCounts::court_disposals,         &DistrictCounts::remand_episodes,
        &DistrictCounts::remands_youth_detention, &DistrictCounts::orders_ending,
        &DistrictCounts::accommodation_suitable,  &DistrictCounts::aged_16_17_ending,
        &DistrictCounts::aged_16_17_suitable,     &DistrictCounts::ete_suitable,
        &DistrictCounts::school_age_ending,       &DistrictCounts::school_age_suitable,
        &DistrictCounts::above_school_age_ending, &DistrictCounts::above_school_age_suitable,
        &DistrictCounts::out_of_court_ending,     &DistrictCounts::out_of_court_completed,
        &DistrictCounts::serious_violence_children,
        &DistrictCounts::send_identified,         &DistrictCounts::send_with_plan,
        &DistrictCounts::send_suitable_ete,       &DistrictCounts::mental_health_identified,
        &DistrictCounts::mental_health_planned,   &DistrictCounts::mental_health_attended,
        &DistrictCounts::substance_misuse_identified, &DistrictCounts::substance_misuse_planned,
        &DistrictCounts::substance_misuse_attended,   &DistrictCounts::wider_services_supported,
        &DistrictCounts::early_help,              &DistrictCounts::child_in_need,
        &DistrictCounts::child_protection,        &DistrictCounts::looked_after};
    static_assert(std::size(fields) == static_cast<std::size_t>(Tally::looked_after) + 1);
    return fields[static_cast<std::size_t>(tally)];
  }

  const ChildColumns& children_;
  PeriodCounts& counts_;
};

}  // namespace

PeriodCounts count_period(const RecordSnapshot& snapshot, Period period) {
  PeriodCounts counts(snapshot.district_codes.size());
  DistrictTallies tallies(snapshot.children, counts);
  for (MeasureWalk walk : {walk_first_time_entrants, walk_custody, walk_remands, walk_orders_ending,
                           walk_out_of_court_completed, walk_serious_violence, walk_practice_indicators}) {
    walk(snapshot, period, tallies);
  }
  count_reoffending(snapshot, period, counts);
  return counts;
}

}  // namespace pathway::measures
