#pragma once
// How far a youth rehabilitation order's requirement has been complied with: what the
// court ordered, counted in the requirement's unit (the days of an activity requirement,
// the hours of unpaid work or attendance centre, or the days of a requirement that runs
// for a period, such as a curfew or an exclusion), what has been done so far and what
// remains; and the rules a record of progress meets. Pure: no database, no clock.
#include <optional>
#include <vector>

#include "core/dates.h"
#include "justice/record_rules.h"
#include "justice/yro_requirements.h"

namespace pathway::justice {

// What the court ordered, in the unit progress is counted in.
struct OrderedAmount {
  int amount = 0;
  AmountUnit unit = AmountUnit::days;  // days or hours
};

// The requirement's ordered amount: its amount (activity days, unpaid work or attendance
// centre hours); else, for one that runs from starts_on to ends_on, the days of that
// period counting both; nullopt for one with neither (supervision with no end given, for
// example), whose progress is recorded in words only.
std::optional<OrderedAmount> ordered_amount(const Requirement& requirement);

// One record of progress: the day it was done (for days, the last of them) and how much.
struct ProgressEntry {
  Date done_on;
  std::optional<int> amount;  // hours or days; none for a requirement with no ordered amount
};

// The total of the entries' amounts.
int amount_done(const std::vector<ProgressEntry>& entries);

// Every way `proposed` cannot be recorded against `requirement`, whose progress so far is
// `recorded`, each naming the field ("done_on" or "amount") and how to correct it:
// - the day not before the requirement starts, not after `today`, and not after the
//   order's actual end (`order_ended`, when recorded);
// - with an ordered amount: an amount of at least 1, and no more than what remains (done
//   so far and this together at most what was ordered); for days, no more days done by
//   that day than days have passed since the requirement started;
// - with none: no amount (say what was done in the note instead).
std::vector<RuleBreach> progress_breaches(const Requirement& requirement, const std::vector<ProgressEntry>& recorded,
                                          const ProgressEntry& proposed, Date today,
                                          std::optional<Date> order_ended = std::nullopt);

}  // namespace pathway::justice
