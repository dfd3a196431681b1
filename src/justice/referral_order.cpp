#include "justice/referral_order.h"

#include "justice/periods.h"
#include "justice/rule_versions.h"

namespace pathway::justice {

namespace {

int total_months(const ReferralOrderFacts& order, std::size_t extensions) {
  int months = order.length_months;
  for (std::size_t i = 0; i < extensions && i < order.extensions.size(); ++i) months += order.extensions[i].months;
  return months;
}

// The order's last day with its first `extensions` extensions.
Date end_with(const ReferralOrderFacts& order, std::size_t extensions) {
  return last_day_of_months(order.contract_date, total_months(order, extensions));
}

std::string extension_field(std::size_t index, std::string_view name) {
  return "extensions[" + std::to_string(index) + "]." + std::string(name);
}

void check_extension(std::vector<RuleBreach>& breaches, const ReferralOrderFacts& order, std::size_t i,
                     const ReferralOrderRule& rule) {
  const ReferralOrderExtension& extension = order.extensions[i];
  if (extension.months < 1) {
    breaches.push_back({extension_field(i, "months"), "an extension adds at least 1 month"});
  } else if (total_months(order, i + 1) > rule.max_months) {
    int room = rule.max_months - total_months(order, i);
    breaches.push_back({extension_field(i, "months"), "a referral order is at most " + std::to_string(rule.max_months) +
                                                          " months with its extensions: this one can add at most " +
                                                          std::to_string(std::max(room, 0)) +
                                                          (room == 1 ? " month" : " months")});
  }
  Date runs_until = end_with(order, i);
  if (extension.made_on < order.contract_date || runs_until < extension.made_on) {
    breaches.push_back({extension_field(i, "made_on"), "an order is extended while it runs (" +
                                                           to_display(order.contract_date) + " to " +
                                                           to_display(runs_until) + ")"});
  } else if (order.revoked_on && *order.revoked_on < extension.made_on) {
    breaches.push_back(
        {extension_field(i, "made_on"), "it is after the order was revoked (" + to_display(*order.revoked_on) + ")"});
  }
}

}  // namespace

const std::vector<ReferralOrderRule>& referral_order_rules() {
  static const std::vector<ReferralOrderRule> versions = {{since_records_began, 3, 12}};
  return versions;
}

Date referral_order_expected_end(const ReferralOrderFacts& order) { return end_with(order, order.extensions.size()); }

Date referral_order_end(const ReferralOrderFacts& order) {
  return order.revoked_on ? *order.revoked_on : referral_order_expected_end(order);
}

std::vector<RuleBreach> referral_order_breaches(const ReferralOrderFacts& order) {
  const ReferralOrderRule& rule = rule_in_force(referral_order_rules(), order.order_date);
  std::vector<RuleBreach> breaches;
  if (order.contract_date < order.order_date) {
    breaches.push_back({"contract_date", "it is before the order was made (" + to_display(order.order_date) +
                                             "): the contract is signed at the first panel, after sentence"});
  }
  if (order.length_months < rule.min_months || order.length_months > rule.max_months) {
    breaches.push_back({"length_months", "a referral order is for " + std::to_string(rule.min_months) + " to " +
                                             std::to_string(rule.max_months) + " months"});
    return breaches;  // extensions are measured against a lawful length
  }
  for (std::size_t i = 0; i < order.extensions.size(); ++i) check_extension(breaches, order, i, rule);
  if (order.revoked_on) {
    Date expected_end = referral_order_expected_end(order);
    // From the sentence: a child who agrees no contract is referred back to court.
    if (*order.revoked_on < order.order_date || expected_end < *order.revoked_on) {
      breaches.push_back({"revoked_on", "an order is revoked between the day it is made (" +
                                            to_display(order.order_date) + ") and its end (" +
                                            to_display(expected_end) + ")"});
    }
  }
  return breaches;
}

}  // namespace pathway::justice
