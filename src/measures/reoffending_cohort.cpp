// kpi.md "Proven reoffending (cohort method)". A child joins the period's cohort on their
// first index event in the period (the index date), if aged 10 to 17 then; a later index
// event in the period never stands in for a first one at which the child was 18. Their
// proven reoffences are their proven offences committed after the index date and no later
// than 12 months after it, proven no later than 18 months after it; each offence once.
#include "measures/reoffending_cohort.h"

#include <algorithm>
#include <tuple>

namespace pathway::measures {

namespace {

struct IndexEvent {
  Day day;
  ChildIndex child;
  OutcomeCode outcome;
  bool released;
  OffenceCategoryCode offence_category;
};

// Each child's first index event in the period (the tie rule of reoffending_cohort.h).
std::vector<IndexEvent> index_events(const RecordSnapshot& snapshot, Period period) {
  std::vector<IndexEvent> events;
  auto [first_outcome, last_outcome] = in_period(snapshot.outcomes, period);
  for (const OutcomeEvent* outcome = first_outcome; outcome != last_outcome; ++outcome) {
    if (is_index_outcome(outcome->type)) {
      events.push_back({outcome->day, outcome->child, outcome->type, false, outcome->offence_category});
    }
  }
  auto [first_release, last_release] = in_period(snapshot.releases, period);
  for (const Release* release = first_release; release != last_release; ++release) {
    events.push_back({release->day, release->child, release->sentence, true, release->offence_category});
  }
  std::sort(events.begin(), events.end(), [](const IndexEvent& a, const IndexEvent& b) {
    return std::tuple(a.child, a.day, b.outcome, b.released, a.offence_category) <
           std::tuple(b.child, b.day, a.outcome, a.released, b.offence_category);
  });
  events.erase(std::unique(events.begin(), events.end(),
                           [](const IndexEvent& a, const IndexEvent& b) { return a.child == b.child; }),
               events.end());
  return events;
}

// Appends the offence dates of the child's proven reoffences after `index_date`.
void add_proven_reoffences(const ChildColumns& children, ChildIndex child, Day index_date, std::vector<Day>& dates) {
  Day committed_by = add_months(index_date, 12);
  Day proven_by = add_months(index_date, 18);
  for (auto i = children.proven_offences_start[child]; i < children.proven_offences_start[child + 1]; ++i) {
    Day committed = children.proven_offence_date[i];
    if (committed > index_date && committed <= committed_by && children.proven_on[i] <= proven_by) {
      dates.push_back(committed);
    }
  }
}

}  // namespace

ReoffendingCohort reoffending_cohort(const RecordSnapshot& snapshot, Period period) {
  const auto& children = snapshot.children;
  ReoffendingCohort cohort;
  for (const IndexEvent& index : index_events(snapshot, period)) {
    if (!children.aged_10_to_17(index.child, index.day)) continue;
    auto first = static_cast<std::uint32_t>(cohort.reoffence_dates.size());
    add_proven_reoffences(children, index.child, index.day, cohort.reoffence_dates);
    auto count = static_cast<std::uint32_t>(cohort.reoffence_dates.size()) - first;
    cohort.members.push_back(
        {index.child, index.day, index.outcome, index.released, index.offence_category, first, count});
  }
  return cohort;
}

ReoffendingCohort in_scope(ReoffendingCohort cohort, const RecordSnapshot& snapshot, const Scope& scope) {
  std::vector<bool> in(snapshot.district_codes.size(), false);
  for (DistrictIndex d : scope.districts) in[d] = true;
  std::erase_if(cohort.members,
                [&](const CohortMember& member) { return !in[snapshot.children.district[member.child]]; });
  return cohort;
}

Day last_index_date(const ReoffendingCohort& cohort) {
  Day last = std::numeric_limits<Day>::min();
  for (const CohortMember& member : cohort.members) last = std::max(last, member.index_date);
  return last;
}

}  // namespace pathway::measures
