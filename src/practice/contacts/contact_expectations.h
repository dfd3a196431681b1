#pragma once
// How often a child must be seen, by the intensity of the work with them (the case
// manager's allocation: allocation/case_roles.h), and whether they have been: a number of
// contacts in a rolling period of days, so that "2 a week" and "2 in 4 weeks" are both
// said. Pure: no database, no clock. Issue 13's intensive contact plan after release
// plans contacts the same way and compares them day by day (planned_against_seen).
#include <vector>

#include "allocation/case_roles.h"
#include "core/dates.h"

namespace pathway::practice {

struct ContactExpectation {
  int contacts = 1;     // at least this many contacts...
  int period_days = 7;  // ...in every rolling period of this many days
  bool operator==(const ContactExpectation&) const = default;
};

// The service's defaults, until an administrator changes them (docs/administrator-guide.md):
// standard 2 contacts in 28 days, enhanced 1 in 7, intensive 2 in 7.
ContactExpectation default_contact_expectation(allocation::Intensity intensity);

// The most contacts and days an administrator may set: a contact a day, over at most a
// quarter.
inline constexpr int max_expectation_contacts = 31;
inline constexpr int max_expectation_days = 91;

// One day of a plan against what happened: the contacts in the period ending that day and
// how many the expectation asks for.
struct DayAgainstPlan {
  Date day;
  int seen = 0;      // contacts in the period of period_days ending on `day`
  int expected = 0;  // the expectation's contacts
  bool short_of_plan() const { return seen < expected; }
};

// For each day from `from` to `to`, the contacts of `seen` (days seen, one entry per
// contact, any order) in the period ending that day. A day whose period began before
// `counted_from` (when the expectation began: the allocation, or the release) is not yet
// judged: it is left out, so a new case is not flagged before a whole period has passed.
std::vector<DayAgainstPlan> planned_against_seen(const ContactExpectation& expectation, const std::vector<Date>& seen,
                                                 Date counted_from, Date from, Date to);

// Whether the child has been seen as planned on `today`: the last day of
// planned_against_seen(expectation, seen, counted_from, today, today), or true when that
// day is not yet judged.
bool seen_as_planned(const ContactExpectation& expectation, const std::vector<Date>& seen, Date counted_from,
                     Date today);

}  // namespace pathway::practice
