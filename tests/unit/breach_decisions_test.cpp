// A breach decision is a manager's answer to another's proposal: never the proposer's own,
// never twice, and one of agree or decline.
#include <gtest/gtest.h>

#include "practice/contacts/breach_decisions.h"

namespace pathway {
namespace {

practice::BreachDecision proposed_by(const std::string& who) {
  practice::BreachDecision decision;
  decision.id = 1;
  decision.outcome_id = 2;
  decision.proposed_by = who;
  decision.decision = "proposed";
  return decision;
}

TEST(BreachDecisions, AnotherManagerAgreesOrDeclines) {
  EXPECT_TRUE(practice::breach_decision_errors(proposed_by("caseworker"), "agree", "unitlead").empty());
  EXPECT_TRUE(practice::breach_decision_errors(proposed_by("caseworker"), "decline", "unitlead").empty());
}

TEST(BreachDecisions, TheProposerCannotDecideTheirOwn) {
  auto errors = practice::breach_decision_errors(proposed_by("unitlead"), "agree", "unitlead");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].text, "You proposed this breach: another manager must agree or decline it");
}

TEST(BreachDecisions, OnlyOnceAndOnlyAgreeOrDecline) {
  auto decided = proposed_by("caseworker");
  decided.decision = "agreed";
  EXPECT_EQ(practice::breach_decision_errors(decided, "decline", "head")[0].text, "This breach has already been agreed");
  auto blank = practice::breach_decision_errors(proposed_by("caseworker"), "", "unitlead");
  ASSERT_EQ(blank.size(), 1u);
  EXPECT_EQ(blank[0].target, "decision-agree");
}

}  // namespace
}  // namespace pathway
