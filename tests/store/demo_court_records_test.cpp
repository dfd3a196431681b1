// The demo county's court record, on either backend: every court outcome has its court and
// a sentence hearing on its day; reports before referral orders, youth rehabilitation orders
// and custody; some reused, some due in the coming weeks, one overdue now and then; a joint
// decision panel for every out-of-court decision, with the police and the service.
#include <gtest/gtest.h>

#include "shared_demo_county.h"

namespace pathway {
namespace {

std::int64_t count(store::Connection& connection, const std::string& sql) {
  return connection.query_one(sql)->integer(0);
}

TEST(DemoCourtRecords, EveryCourtOutcomeHasItsHearingsAndEveryDecisionOutOfCourtItsPanel) {
  auto connection = testing::SharedDemoCounty::instance().database().acquire();
  const std::string court_types =
      "('absolute_discharge', 'conditional_discharge', 'fine', 'compensation_order', 'referral_order',"
      " 'youth_rehabilitation_order', 'youth_rehabilitation_order_iss', 'detention_and_training_order', 'section_250',"
      " 'section_252a', 'extended_sentence', 'detention_at_his_majestys_pleasure')";
  EXPECT_GT(count(*connection, "SELECT COUNT(*) FROM outcomes WHERE outcome_type IN " + court_types), 0);
  EXPECT_EQ(count(*connection, "SELECT COUNT(*) FROM outcomes o WHERE outcome_type IN " + court_types +
                                   " AND NOT EXISTS (SELECT 1 FROM outcome_courts oc WHERE oc.outcome_id = o.id"
                                   " AND oc.hearing_date <= o.outcome_date)"),
            0);
  EXPECT_EQ(count(*connection, "SELECT COUNT(*) FROM outcomes o WHERE outcome_type IN " + court_types +
                                   " AND NOT EXISTS (SELECT 1 FROM court_hearings h WHERE h.child_id = o.child_id"
                                   " AND h.hearing_date = o.outcome_date AND h.purpose = 'sentence')"),
            0);
  EXPECT_EQ(count(*connection, "SELECT COUNT(*) FROM outcomes o WHERE outcome_type IN ('referral_order',"
                               " 'youth_rehabilitation_order', 'detention_and_training_order')"
                               " AND EXISTS (SELECT 1 FROM outcome_courts oc WHERE oc.outcome_id = o.id"
                               "  AND oc.hearing_date < o.outcome_date)"
                               " AND NOT EXISTS (SELECT 1 FROM court_reports r JOIN court_hearings h ON h.id = r.hearing_id"
                               "  WHERE r.child_id = o.child_id AND h.hearing_date = o.outcome_date)"),
            0);
  EXPECT_GT(count(*connection, "SELECT COUNT(*) FROM court_reports WHERE reused_report_id IS NOT NULL"), 0);
  EXPECT_GT(count(*connection, "SELECT COUNT(*) FROM court_reports WHERE status = 'asked'"), 0);
  EXPECT_GT(count(*connection, "SELECT COUNT(*) FROM court_hearings WHERE result IS NULL"), 0);
  EXPECT_EQ(count(*connection, "SELECT COUNT(*) FROM outcomes o WHERE outcome_type IN ('no_further_action',"
                               " 'community_resolution', 'deferred_prosecution', 'youth_caution', 'youth_conditional_caution')"
                               " AND NOT EXISTS (SELECT 1 FROM decision_panels p WHERE p.outcome_id = o.id"
                               "  AND p.panel_date <= o.outcome_date)"),
            0);
  EXPECT_EQ(count(*connection, "SELECT COUNT(*) FROM decision_panels p WHERE NOT EXISTS (SELECT 1 FROM"
                               " decision_panel_attendees a WHERE a.panel_id = p.id AND a.agency = 'police')"),
            0);
}

}  // namespace
}  // namespace pathway
