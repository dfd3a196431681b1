#pragma once
// The rules of an order's progress, wherever it is recorded: a warning is given while the
// order runs; breach proceedings begin once the order is made, their court date is not
// before they began, and a result is the court's (so it needs the court date) unless they
// were withdrawn; and the count of warnings in the last 12 months that the outcome's page
// shows. How many warnings the law allows before breach proceedings must begin is not in
// domain.md, so Pathway counts them and says so rather than enforce a number
// (docs/decisions/0014-orders-in-progress.md). Pure: no database, no clock.
#include <optional>
#include <string_view>
#include <vector>

#include "core/dates.h"
#include "justice/record_rules.h"

namespace pathway::justice {

// The results breach proceedings may have, in the order a form lists them: the order
// continues, a fine, the order amended, revoked and the child resentenced, further
// detention or supervision (a detention and training order, Sentencing Act 2020 s. 243),
// withdrawn, dismissed (the breach not proved).
const std::vector<std::string_view>& breach_results();

// An order's dates as recorded: the day it was made, its start and its actual end.
struct OrderPeriod {
  Date made_on;
  std::optional<Date> start_date;
  std::optional<Date> end_date;
};

// "given_on": not before the order was made, not after its recorded end.
std::vector<RuleBreach> warning_breaches(const OrderPeriod& order, Date given_on);

struct BreachProceedingsFacts {
  Date begun_on;
  std::optional<Date> court_date;
  std::string result;  // one of breach_results(), or "" while the court has not decided
};

// "begun_on": not before the order was made; "court_date": not before they began
// (end_before_start); "result": one of breach_results(), and, unless withdrawn, with the
// court date it was decided on.
std::vector<RuleBreach> breach_proceedings_breaches(const OrderPeriod& order, const BreachProceedingsFacts& facts);

// How many of the warnings given on `given` fall in the 12 months ending `today`: after
// the same day a year before, and not after today.
int warnings_in_last_12_months(const std::vector<Date>& given, Date today);

}  // namespace pathway::justice
