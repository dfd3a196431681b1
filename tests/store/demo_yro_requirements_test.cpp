// The demo county's youth rehabilitation orders have requirements the law allowed on each
// conviction date, and progress consistent with the order's dates: completed orders have
// every hour and day done, breached or revoked ones stopped part way, none beyond what
// was ordered.
#include <gtest/gtest.h>

#include "core/clock.h"
#include "justice/requirements.h"
#include "justice/row_dates.h"
#include "justice/yro_record.h"
#include "shared_demo_county.h"

namespace pathway {
namespace {

TEST(DemoYroRequirements, EveryOrderHasLawfulRequirementsAndProgressConsistentWithItsDates) {
  auto connection = testing::SharedDemoCounty::instance().database().acquire();
  int orders = 0;
  int completed = 0;
  int part_done = 0;
  for (const auto& row : connection->query(
           "SELECT o.id, o.child_id, COALESCE(o.completion, ''), c.date_of_birth, c.district_code FROM outcomes o"
           " JOIN children c ON c.id = o.child_id"
           " WHERE o.outcome_type IN ('youth_rehabilitation_order', 'youth_rehabilitation_order_iss')")) {
    ++orders;
    auto outcome = justice::find_child_outcome(*connection, row.integer(1), row.integer(0));
    ASSERT_TRUE(outcome);
    auto recorded = justice::requirements_of_order(*connection, outcome->id);
    EXPECT_FALSE(recorded.empty()) << "order " << outcome->id << " has requirements";
    auto order = justice::recorded_yro(outcome->details, justice::date_in(row, 3), row.text(4), {});
    ASSERT_TRUE(order);
    for (const auto& requirement : recorded) {
      auto breaches = justice::requirement_addition_breaches(*order, requirement.requirement);
      EXPECT_TRUE(breaches.empty()) << "order " << outcome->id << ": " << breaches.front().reason;
      order->requirements.push_back(requirement.requirement);
      auto ordered = justice::ordered_amount(requirement.requirement);
      if (!ordered) continue;
      int done = justice::amount_done(requirement.entries());
      EXPECT_LE(done, ordered->amount) << "order " << outcome->id;
      std::string completion = row.text(2);
      if (completion == "completed") {
        EXPECT_EQ(done, ordered->amount) << "a completed order " << outcome->id << " has everything done";
        ++completed;
      }
      if (completion == "breached" || completion == "revoked") {
        EXPECT_LT(done, ordered->amount) << "a " << completion << " order " << outcome->id << " stopped part way";
      }
      if (done > 0 && done < ordered->amount) ++part_done;
    }
  }
  EXPECT_GT(orders, 10);
  EXPECT_GT(completed, 0);
  EXPECT_GT(part_done, 0);
}

}  // namespace
}  // namespace pathway
