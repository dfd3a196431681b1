#pragma once
// What each measure counts, record by record. Every measure but reoffending walks the
// records of a period once and tells a CountVisitor each record it counts and which count
// it adds to; the period's counts (measures/period_counts.h) and the lists of children
// behind a number (measures/counted_figures.h) are both visitors of that one walk, so a list
// can never disagree with its number.
#include <cstdint>

#include "measures/record_snapshot.h"

namespace pathway::measures {

// The counts of DistrictCounts that count children or their records (reoffending's are
// counted by measures/reoffending.cpp).
enum class Tally : std::uint8_t {
  first_time_entrants,
  custodial_sentences,
  court_disposals,
  remand_episodes,
  remands_youth_detention,
  orders_ending,
  accommodation_suitable,
  aged_16_17_ending,
  aged_16_17_suitable,
  ete_suitable,
  school_age_ending,
  school_age_suitable,
  above_school_age_ending,
  above_school_age_suitable,
  out_of_court_ending,
  out_of_court_completed,
  serious_violence_children,
  // The practice indicators (docs/kpi.md, definition set pathway-practice-2026-1), of the
  // children whose order ended.
  send_identified,
  send_with_plan,
  send_suitable_ete,
  mental_health_identified,
  mental_health_planned,
  mental_health_attended,
  substance_misuse_identified,
  substance_misuse_planned,
  substance_misuse_attended,
  wider_services_supported,
  early_help,
  child_in_need,
  child_protection,
  looked_after,
};

// One record counted once towards one count: the child it is about, and its day (the
// outcome, remand start or end date that put it in the period).
struct Counted {
  Tally tally;
  ChildIndex child;
  Day day;
};

class CountVisitor {
 public:
  virtual ~CountVisitor() = default;
  // Called once for each time a record adds one to a count.
  virtual void counted(const Counted& record) = 0;
};

// Each measure's walk over one period (one file each: measures/<measure>.cpp).
using MeasureWalk = void (*)(const RecordSnapshot&, Period, CountVisitor&);
void walk_first_time_entrants(const RecordSnapshot& snapshot, Period period, CountVisitor& visitor);
void walk_custody(const RecordSnapshot& snapshot, Period period, CountVisitor& visitor);
void walk_remands(const RecordSnapshot& snapshot, Period period, CountVisitor& visitor);
void walk_orders_ending(const RecordSnapshot& snapshot, Period period, CountVisitor& visitor);
void walk_out_of_court_completed(const RecordSnapshot& snapshot, Period period, CountVisitor& visitor);
void walk_serious_violence(const RecordSnapshot& snapshot, Period period, CountVisitor& visitor);
void walk_practice_indicators(const RecordSnapshot& snapshot, Period period, CountVisitor& visitor);

// kpi.md "Orders ending": the ending of each child with a programme or order ending in the
// period, the one that ends last (on a tie, the greatest outcome_id in byte order), in
// child order. The practice indicators follow the same children.
std::vector<const Ending*> last_ending_of_each_child(const RecordSnapshot& snapshot, Period period);

}  // namespace pathway::measures
