#include "justice/order_progress_rules.h"

#include <algorithm>

namespace pathway::justice {

namespace {

// "it is before the order was made (...)" when `date` is.
void check_not_before_made(std::vector<RuleBreach>& breaches, const OrderPeriod& order, Date date,
                           std::string_view field) {
  if (date < order.made_on) {
    breaches.push_back({std::string(field), "it is before the order was made (" + to_display(order.made_on) +
                                                "): give a date on or after it"});
  }
}

}  // namespace

const std::vector<std::string_view>& breach_results() {
  static const std::vector<std::string_view> values = {"order_continues", "fine", "order_amended",
                                                       "revoked_and_resentenced", "further_detention_or_supervision",
                                                       "withdrawn", "dismissed"};
  return values;
}

std::vector<RuleBreach> warning_breaches(const OrderPeriod& order, Date given_on) {
  std::vector<RuleBreach> breaches;
  check_not_before_made(breaches, order, given_on, "given_on");
  if (order.end_date && *order.end_date < given_on) {
    breaches.push_back({"given_on", "it is after the order ended (" + to_display(*order.end_date) +
                                        "): a warning is given while the order runs"});
  }
  return breaches;
}

std::vector<RuleBreach> breach_proceedings_breaches(const OrderPeriod& order, const BreachProceedingsFacts& facts) {
  std::vector<RuleBreach> breaches;
  check_not_before_made(breaches, order, facts.begun_on, "begun_on");
  if (auto breach = end_before_start(facts.begun_on, facts.court_date, "court_date", "date proceedings began")) {
    breaches.push_back(std::move(*breach));
  }
  if (!facts.result.empty()) {
    if (!is_one_of(breach_results(), facts.result)) {
      breaches.push_back({"result", "choose the result from the list"});
    } else if (!facts.court_date && facts.result != "withdrawn") {
      breaches.push_back({"court_date", "give the date of the court hearing that decided the result"});
    }
  }
  return breaches;
}

int warnings_in_last_12_months(const std::vector<Date>& given, Date today) {
  Date year_before = add_months(today, -12);
  return static_cast<int>(
      std::count_if(given.begin(), given.end(), [&](Date day) { return year_before < day && !(today < day); }));
}

}  // namespace pathway::justice
