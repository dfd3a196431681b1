#pragma once
// A referral order (Sentencing Act 2020 ss. 83-104): the child agrees a contract at the
// first youth offender panel, and the order runs for the months the court set, 3 to 12,
// beginning with the day the contract is signed. The court may extend it (Sch. 4), but
// never beyond 12 months in all, or revoke it. Keyed by the date the order was made; the
// limits have not changed and are kept as a table of versions like every rule. Pure: no
// database, no clock.
#include <optional>
#include <vector>

#include "core/dates.h"
#include "justice/record_rules.h"

namespace pathway::justice {

// The version of the limits for orders made from `starts_on`.
struct ReferralOrderRule {
  Date starts_on;
  int min_months = 0;
  int max_months = 0;  // with every extension
};

// The versions, oldest first (see rule_versions.h).
const std::vector<ReferralOrderRule>& referral_order_rules();

struct ReferralOrderExtension {
  Date made_on;
  int months = 0;  // added to the order
};

struct ReferralOrderFacts {
  Date order_date;                                 // the sentence
  Date contract_date;                              // the contract signed at the first panel: the order starts
  int length_months = 0;                           // as the court set it
  std::vector<ReferralOrderExtension> extensions;  // in the order they were made
  std::optional<Date> revoked_on;
};

// The last day of the order with its extensions: the compliance period of
// length_months plus every extension's months, beginning with the contract date.
Date referral_order_expected_end(const ReferralOrderFacts& order);

// The day it actually ends: the revocation if any, else the expected end.
Date referral_order_end(const ReferralOrderFacts& order);

// What is wrong, by field: "contract_date" (before the order), "length_months" (3 to 12),
// "extensions[i].months" (at least 1, and at most 12 months in all),
// "extensions[i].made_on" (while the order runs, before any revocation), "revoked_on"
// (from the day the order was made, since a child who agrees no contract goes back to
// court, to its expected end). Empty when nothing is.
std::vector<RuleBreach> referral_order_breaches(const ReferralOrderFacts& order);

}  // namespace pathway::justice
