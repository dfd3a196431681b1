#pragma once
// The live reoffending tracker's figures for one cohort (issue 10 point 4), worked from the
// cohort's members (measures/reoffending_cohort.h), so every figure agrees with the
// published count: how far its follow-up has gone, the rates as they develop month by
// month, the breakdowns, and the small group responsible for most reoffences. Pure.
#include <string>
#include <vector>

#include "measures/measure_set.h"
#include "measures/reoffending_cohort.h"
#include "performance/reoffending_characteristics.h"

namespace pathway::performance {

// How far the cohort's follow-up has gone by today.
struct CohortProgress {
  measures::ReoffendingFigures figures;  // as counted today: live until the proof window closes
  // Whole months of the 12 months' follow-up every member has had (0 to 12).
  int months_observed = 0;
  // The 18 months after the last index date (12 of follow-up, 6 for proof) have passed, so
  // the figures are final; closes_on is the first day they are (none for an empty cohort).
  bool proof_window_closed = true;
  std::optional<measures::Day> closes_on;
};
CohortProgress cohort_progress(const measures::ReoffendingCohort& cohort, measures::Day today);

// The cohort's figures counting only reoffences committed within `month` months of each
// member's index date (all of them proven within the 18 months, as every counted one is).
// Month 12 is the cohort's figure. `observed` when every member's index date + month months
// is on or before today; a month not yet observed has no figures to show.
struct FollowUpMonth {
  int month = 0;
  bool observed = false;
  measures::ReoffendingFigures figures;
};
std::vector<FollowUpMonth> follow_up_by_month(const measures::ReoffendingCohort& cohort, measures::Day today);

// The cohort split by one characteristic: each member in exactly one row, so the rows'
// cohorts add up to the cohort's. Rows with no members are left out.
struct BreakdownRow {
  std::string label;
  measures::ReoffendingFigures figures;
};
struct Breakdown {
  std::string title;  // "Age at the index date"
  std::vector<BreakdownRow> rows;
};
// By age at the index date, sex, ethnicity, looked-after status, index disposal and index
// offence category. `characteristics` holds every member's child (by row id).
std::vector<Breakdown> breakdowns(const measures::ReoffendingCohort& cohort, const measures::RecordSnapshot& snapshot,
                                  const CharacteristicsById& characteristics, measures::Day today);

// The cohort's members by their number of reoffences, most first (a tie: the earlier index
// date, then the lower row id): the order the small group is taken in and its lists show.
std::vector<const measures::CohortMember*> ranked_members(const measures::ReoffendingCohort& cohort,
                                                           const measures::RecordSnapshot& snapshot);

// The fewest children who together committed at least half the cohort's reoffences: the
// first reoffenders of ranked_members until they have.
struct SmallGroup {
  std::vector<measures::ChildIndex> members;  // in that order
  std::int64_t reoffences = 0;                // theirs
  std::int64_t cohort = 0, cohort_reoffences = 0;
  measures::Ratio percent_of_cohort;          // members / cohort × 100
  measures::Ratio percent_of_reoffences;      // reoffences / cohort_reoffences × 100
};
SmallGroup small_group(const measures::ReoffendingCohort& cohort, const measures::RecordSnapshot& snapshot);

}  // namespace pathway::performance
