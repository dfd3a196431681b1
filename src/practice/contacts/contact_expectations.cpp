#include "practice/contacts/contact_expectations.h"

#include <algorithm>

#include "justice/periods.h"

namespace pathway::practice {

ContactExpectation default_contact_expectation(allocation::Intensity intensity) {
  switch (intensity) {
    case allocation::Intensity::standard: return {2, 28};
    case allocation::Intensity::enhanced: return {1, 7};
    case allocation::Intensity::intensive: return {2, 7};
  }
  return {2, 28};
}

std::vector<DayAgainstPlan> planned_against_seen(const ContactExpectation& expectation, const std::vector<Date>& seen,
                                                 Date counted_from, Date from, Date to) {
  std::vector<Date> sorted = seen;
  std::sort(sorted.begin(), sorted.end());
  std::vector<DayAgainstPlan> days;
  for (Date day = from; day <= to; day = justice::add_days(day, 1)) {
    Date period_start = justice::add_days(day, 1 - expectation.period_days);
    if (period_start < counted_from) continue;
    auto first = std::lower_bound(sorted.begin(), sorted.end(), period_start);
    auto last = std::upper_bound(sorted.begin(), sorted.end(), day);
    days.push_back({day, static_cast<int>(last - first), expectation.contacts});
  }
  return days;
}

bool seen_as_planned(const ContactExpectation& expectation, const std::vector<Date>& seen, Date counted_from,
                     Date today) {
  auto days = planned_against_seen(expectation, seen, counted_from, today, today);
  return days.empty() || !days.back().short_of_plan();
}

}  // namespace pathway::practice
