#include "justice/order_terms.h"

namespace pathway::justice {

bool is_order(std::string_view outcome_type) {
  auto tier = outcome_tier(outcome_type);
  return outcome_type == "referral_order" || tier == OutcomeTier::community || tier == OutcomeTier::custody;
}

std::optional<Date> expected_end(const OrderTerms& order) {
  if (!order.length_months) return std::nullopt;
  if (order.outcome_type == "referral_order" && order.start_date) {
    return referral_order_expected_end(
        {order.outcome_date, *order.start_date, *order.length_months, order.extensions, std::nullopt});
  }
  return add_months(order.start_date.value_or(order.outcome_date), *order.length_months);
}

}  // namespace pathway::justice
