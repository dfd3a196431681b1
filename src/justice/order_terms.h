#pragma once
// What an order is and when it is expected to end, for the current status and the
// outcome's own page alike (one computation, so the two never disagree). Pure.
#include <optional>
#include <string_view>
#include <vector>

#include "core/dates.h"
#include "justice/referral_order.h"

namespace pathway::justice {

// Referral orders and the outcomes of the community and custody tiers: what a child is
// "on" for a while. The other outcomes are over the day they are given.
bool is_order(std::string_view outcome_type);

// What the record holds of an order's length.
struct OrderTerms {
  std::string_view outcome_type;
  Date outcome_date;
  std::optional<Date> start_date;
  std::optional<int> length_months;
  std::vector<ReferralOrderExtension> extensions;  // a referral order's, in the order made
};

// The day the order is expected to end, or nullopt without a length: a referral order
// with its contract (the start) runs for its length and extensions beginning with the
// contract (referral_order_expected_end); any other order, or a referral order with no
// contract recorded, ends its length in months after its start, or without one after the
// day it was made.
std::optional<Date> expected_end(const OrderTerms& order);

}  // namespace pathway::justice
