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

}  // namespace pathway::measures
