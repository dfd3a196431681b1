#pragma once
// The joint decision panel that sat on an out-of-court decision, in the store: its date,
// who attended, its recommendation and, when the police decided otherwise, why. One per
// outcome; recording it again replaces it. The rules are checked before it gets here
// (justice/court_rules.h panel_breaches); the caller holds the transaction.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/dates.h"
#include "store/database.h"

namespace pathway::justice {

struct PanelAttendee {
  std::string agency;  // one of panel_agencies()
  std::string name;
};

struct DecisionPanel {
  Date panel_date{};
  std::vector<PanelAttendee> attendees;  // in the order recorded
  std::string recommendation;            // one of panel_recommendations()
  std::string police_reason;             // "" when the police followed the recommendation
};

// The panel recorded for the outcome, if any. Throws StoreError.
std::optional<DecisionPanel> decision_panel_of(store::Connection& connection, std::int64_t outcome_id);

// Records the panel for the outcome, replacing any recorded before. Throws StoreError.
void record_decision_panel(store::Connection& connection, std::int64_t outcome_id, const DecisionPanel& panel);

}  // namespace pathway::justice
