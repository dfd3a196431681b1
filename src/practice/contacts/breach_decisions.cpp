#include "practice/contacts/breach_decisions.h"

#include "core/clock.h"
#include "justice/order_progress.h"

namespace pathway::practice {

std::int64_t propose_breach(store::Connection& connection, std::int64_t outcome_id, const std::string& reason,
                            const std::string& by) {
  return connection
      .query_one("INSERT INTO breach_decisions (outcome_id, reason, proposed_by, proposed_at, decision)"
                 " VALUES (?, ?, ?, ?, 'proposed') RETURNING id",
                 {outcome_id, reason, by, to_iso_instant(now_unix_seconds())})
      ->integer(0);
}

std::vector<BreachDecision> breach_decisions_of_child(store::Connection& connection, std::int64_t child_id) {
  std::vector<BreachDecision> decisions;
  for (const auto& row : connection.query(
           "SELECT d.id, d.outcome_id, d.reason, d.proposed_by, d.proposed_at, d.decision, COALESCE(d.decided_by, ''),"
           " d.breach_proceedings_id FROM breach_decisions d JOIN outcomes u ON u.id = d.outcome_id"
           " WHERE u.child_id = ? ORDER BY d.proposed_at DESC, d.id DESC",
           std::vector<store::Value>{child_id})) {
    decisions.push_back({row.integer(0), row.integer(1), row.text(2), row.text(3), row.text(4), row.text(5), row.text(6),
                         row.optional_integer(7)});
  }
  return decisions;
}

std::vector<web::FieldError> breach_decision_errors(const BreachDecision& decision, const std::string& answer,
                                                    const std::string& decider) {
  if (decision.decision != "proposed") return {{"decision", "This breach has already been " + decision.decision}};
  if (decision.proposed_by == decider) {
    return {{"decision", "You proposed this breach: another manager must agree or decline it"}};
  }
  if (answer != "agree" && answer != "decline") return {{"decision", "Select whether you agree", "decision-agree"}};
  return {};
}

std::optional<std::int64_t> decide_breach(store::Connection& connection, const BreachDecision& decision, bool agreed,
                                          const std::string& by, Date today) {
  std::optional<std::int64_t> proceedings;
  if (agreed) proceedings = justice::add_breach_proceedings(connection, decision.outcome_id, {today, std::nullopt, ""});
  connection.execute(
      "UPDATE breach_decisions SET decision = ?, decided_by = ?, decided_at = ?, breach_proceedings_id = ?"
      " WHERE id = ? AND decision = 'proposed'",
      std::vector<store::Value>{std::string(agreed ? "agreed" : "declined"), by, to_iso_instant(now_unix_seconds()),
                                proceedings ? store::Value{*proceedings} : store::Value{nullptr}, decision.id});
  return proceedings;
}

}  // namespace pathway::practice
