// The demo county's orders in progress, on either backend: warnings, breach proceedings,
// extensions and revocations are there, and each agrees with the history it is about
// (justice_histories.h): breach proceedings only on orders that ended breached, decided on
// the day they ended; revocations only of referral orders ended as revoked, on that day;
// warnings while the order ran; no referral order beyond 12 months with its extensions.
#include <gtest/gtest.h>

#include "shared_demo_county.h"

namespace pathway {
namespace {

std::int64_t count(store::Connection& connection, const std::string& sql) {
  return connection.query_one(sql)->integer(0);
}

TEST(DemoOrderProgress, EachKindIsThereAndAgreesWithTheHistories) {
  auto db = testing::SharedDemoCounty::instance().database().acquire();
  for (const char* table : {"order_warnings", "breach_proceedings", "referral_order_extensions",
                            "referral_order_revocations"}) {
    EXPECT_GT(count(*db, std::string("SELECT COUNT(*) FROM ") + table), 0) << table;
  }
  EXPECT_EQ(count(*db, "SELECT COUNT(*) FROM breach_proceedings b JOIN outcomes u ON u.id = b.outcome_id"
                       " WHERE u.completion <> 'breached' OR b.court_date <> u.end_date OR b.begun_on > u.end_date"),
            0);
  EXPECT_EQ(count(*db, "SELECT COUNT(*) FROM referral_order_revocations r JOIN outcomes u ON u.id = r.outcome_id"
                       " WHERE u.outcome_type <> 'referral_order' OR u.completion <> 'revoked'"
                       " OR u.end_date <> r.revoked_on"),
            0);
  EXPECT_EQ(count(*db, "SELECT COUNT(*) FROM order_warnings w JOIN outcomes u ON u.id = w.outcome_id"
                       " WHERE w.given_on < u.outcome_date OR (u.end_date IS NOT NULL AND w.given_on > u.end_date)"),
            0);
  EXPECT_EQ(count(*db, "SELECT COUNT(*) FROM outcomes u WHERE u.outcome_type = 'referral_order' AND u.length_months +"
                       " (SELECT COALESCE(SUM(e.months), 0) FROM referral_order_extensions e WHERE e.outcome_id = u.id)"
                       " > 12"),
            0);
}

}  // namespace
}  // namespace pathway
