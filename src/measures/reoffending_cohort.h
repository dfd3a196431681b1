#pragma once
// The reoffending cohort of a period, child by child (kpi.md "Proven reoffending (cohort
// method)"): who is in it, their index date and index event, and which of their offences
// count as proven reoffences. The published counts (measures/reoffending.cpp) are sums over
// these members, so the live tracker's lists and breakdowns can never disagree with them.
#include <cstdint>
#include <span>
#include <vector>

#include "measures/measure_request.h"
#include "measures/record_snapshot.h"

namespace pathway::measures {

// One child of the cohort.
struct CohortMember {
  ChildIndex child;
  Day index_date;  // their first index event in the period
  // The index event: the outcome given (a caution or a non-custodial court disposal), or
  // the custodial sentence released from; and the category of its most serious offence.
  OutcomeCode index_outcome;
  bool released;
  OffenceCategoryCode index_offence_category;
  // Their proven reoffences: [first_reoffence, first_reoffence + reoffences) of
  // ReoffendingCohort::reoffence_dates.
  std::uint32_t first_reoffence;
  std::uint32_t reoffences;
};

struct ReoffendingCohort {
  std::vector<CohortMember> members;  // by ChildIndex
  // The offence date of each member's proven reoffences, member after member, each
  // member's in date order.
  std::vector<Day> reoffence_dates;

  std::span<const Day> reoffences_of(const CohortMember& member) const {
    return {reoffence_dates.data() + member.first_reoffence, member.reoffences};
  }
};

// Every child of the period's cohort, in every district. A child's index event is the first
// in the period; when several fall on that day, the most severe: the latest in the format's
// list of outcome types (a release stands for the sentence released from), then a release
// before the sentence itself, then the offence category first in the format's list. So the
// choice never depends on the order records were read in.
ReoffendingCohort reoffending_cohort(const RecordSnapshot& snapshot, Period period);

// The cohort's members whose home district is in the scope.
ReoffendingCohort in_scope(ReoffendingCohort cohort, const RecordSnapshot& snapshot, const Scope& scope);

// The cohort's last index date; the smallest Day when it is empty.
Day last_index_date(const ReoffendingCohort& cohort);

}  // namespace pathway::measures
