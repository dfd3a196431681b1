#pragma once
// The rules in use: the code's rules (rules.h) with the delays an administrator changed,
// which the store keeps per rule version. A change is followed by refresh_all (refresh.h):
// open tasks move to the new due date; done and withdrawn tasks keep the date they were
// judged against (docs/decisions/0027).
#include <string>
#include <vector>

#include "deadlines/rules.h"
#include "store/database.h"

namespace pathway::deadlines {

// default_rules() with each stored delay in place of the code's. Throws StoreError.
std::vector<DeadlineRule> rules_in_use(store::Connection& connection);

// Keeps `delay` for the version of `code` that applies from `applies_from`, written by
// `changed_by` at `changed_at` (an ISO instant). Throws StoreError.
void set_rule_delay(store::Connection& connection, const DeadlineRule& version, const Delay& delay,
                    const std::string& changed_by, const std::string& changed_at);

}  // namespace pathway::deadlines
