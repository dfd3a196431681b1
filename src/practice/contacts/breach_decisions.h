#pragma once
// A breach decision: a practitioner proposes that breach proceedings begin on an order
// (after the warnings counted on it), and a manager agrees or declines; a manager never
// decides their own proposal. Agreeing begins the order's breach proceedings
// (justice/order_progress.h) on the day, so the order's page shows them with its warnings.
// The caller holds the transaction of every write.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/dates.h"
#include "store/database.h"
#include "web/page.h"

namespace pathway::practice {

struct BreachDecision {
  std::int64_t id = 0;
  std::int64_t outcome_id = 0;
  std::string reason;
  std::string proposed_by;  // username
  std::string proposed_at;  // ISO instant
  std::string decision;     // proposed, agreed or declined
  std::string decided_by;   // username, "" while proposed
  std::optional<std::int64_t> breach_proceedings_id;  // once agreed
};

// Proposes breach proceedings on order `outcome_id`, by `by` now; returns its id. Throws
// StoreError.
std::int64_t propose_breach(store::Connection& connection, std::int64_t outcome_id, const std::string& reason,
                            const std::string& by);
// The breach decisions on the orders of child `child_id`, latest first. Throws StoreError.
std::vector<BreachDecision> breach_decisions_of_child(store::Connection& connection, std::int64_t child_id);

// What is wrong with `decider` deciding `decision` as `answer` ("agree" or "decline"), as
// GOV.UK errors on the field "decision": not a choice, already decided, or their own
// proposal. Pure.
std::vector<web::FieldError> breach_decision_errors(const BreachDecision& decision, const std::string& answer,
                                                    const std::string& decider);

// Records the manager's answer, checked first: agreeing begins breach proceedings on the
// order on `today`. Returns the proceedings' id when agreed. Throws StoreError.
std::optional<std::int64_t> decide_breach(store::Connection& connection, const BreachDecision& decision, bool agreed,
                                          const std::string& by, Date today);

}  // namespace pathway::practice
