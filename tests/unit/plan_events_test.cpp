// The events a plan gives the deadline engine: its review falls due on the earliest
// objective's review date until the first review, then on each review's next review date;
// each review held closes the one due.
#include "practice/plans/plan_events.h"

#include <gtest/gtest.h>

namespace pathway::practice {
namespace {

using namespace std::chrono;

Objective objective_reviewed_on(Date date) {
  Objective objective;
  objective.review_on = date;
  return objective;
}

TEST(PlanEvents, APlanWithNoObjectiveHasNoReviewDue) {
  Plan plan;
  plan.id = 4;
  EXPECT_TRUE(plan_events(plan).empty());
  EXPECT_FALSE(next_plan_review(plan));
}

TEST(PlanEvents, TheReviewIsDueOnTheEarliestObjectiveUntilTheFirstReviewThenOnEachNextReviewDate) {
  Plan plan;
  plan.id = 4;
  plan.objectives = {objective_reviewed_on(year{2027} / 3 / 1), objective_reviewed_on(year{2027} / 2 / 1)};
  auto events = plan_events(plan);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].kind, "plan_review_due");
  EXPECT_EQ(events[0].subject, "plan:4:review:0");
  EXPECT_EQ(events[0].on, year{2027} / 2 / 1);

  plan.reviews = {{1, year{2027} / 2 / 3, "Sam", "Going well", year{2027} / 5 / 3, "Amara"}};
  events = plan_events(plan);
  ASSERT_EQ(events.size(), 3u);
  EXPECT_EQ(events[1].kind, "plan_reviewed");
  EXPECT_EQ(events[1].on, year{2027} / 2 / 3);
  EXPECT_EQ(events[1].answers, "plan:4:review:0");  // the review then due
  EXPECT_EQ(events[2].kind, "plan_review_due");
  EXPECT_EQ(events[2].subject, "plan:4:review:1");
  EXPECT_EQ(events[2].on, year{2027} / 5 / 3);
  EXPECT_EQ(next_plan_review(plan), year{2027} / 5 / 3);
}

}  // namespace
}  // namespace pathway::practice
