// kpi.md "Proven reoffending (cohort method)". A child joins the period's cohort on their
// first index event in the period (the index date), if aged 10 to 17 then; a later index
// event in the period never stands in for a first one at which the child was 18. Their
// proven reoffences are their proven offences committed after the index date and no later
// than 12 months after it, proven no later than 18 months after it; each offence once.
#include <algorithm>

#include "measures/period_counts.h"

namespace pathway::measures {

namespace {

// Each child's first index event in the period.
std::vector<ChildEvent> index_dates(const RecordSnapshot& snapshot, Period period) {
  std::vector<ChildEvent> events;
  auto [first_outcome, last_outcome] = in_period(snapshot.outcomes, period);
  for (const OutcomeEvent* outcome = first_outcome; outcome != last_outcome; ++outcome) {
    if (is_index_outcome(outcome->type)) events.push_back({outcome->day, outcome->child});
  }
  auto [first_release, last_release] = in_period(snapshot.releases, period);
  events.insert(events.end(), first_release, last_release);
  std::sort(events.begin(), events.end(), [](const ChildEvent& a, const ChildEvent& b) {
    return a.child != b.child ? a.child < b.child : a.day < b.day;
  });
  events.erase(std::unique(events.begin(), events.end(),
                           [](const ChildEvent& a, const ChildEvent& b) { return a.child == b.child; }),
               events.end());
  return events;
}

std::int64_t proven_reoffences(const ChildColumns& children, ChildIndex child, Day index_date) {
  Day committed_by = add_months(index_date, 12);
  Day proven_by = add_months(index_date, 18);
  std::int64_t count = 0;
  for (auto i = children.proven_offences_start[child]; i < children.proven_offences_start[child + 1]; ++i) {
    Day committed = children.proven_offence_date[i];
    if (committed > index_date && committed <= committed_by && children.proven_on[i] <= proven_by) ++count;
  }
  return count;
}

}  // namespace

void count_reoffending(const RecordSnapshot& snapshot, Period period, PeriodCounts& counts) {
  const auto& children = snapshot.children;
  for (const ChildEvent& index : index_dates(snapshot, period)) {
    if (!children.aged_10_to_17(index.child, index.day)) continue;
    DistrictCounts& district = counts[children.district[index.child]];
    ++district.cohort;
    district.last_index_date = std::max(district.last_index_date, index.day);
    std::int64_t reoffences = proven_reoffences(children, index.child, index.day);
    district.reoffences += reoffences;
    if (reoffences > 0) ++district.reoffenders;
  }
}

}  // namespace pathway::measures
