// The demo county's contacts, on either backend: a year of appointments for children with
// a case manager, with each kind of outcome, warnings linked to orders running on the day,
// coming appointments, and one calendar address.
#include <gtest/gtest.h>

#include "shared_demo_county.h"

namespace pathway {
namespace {

std::int64_t count(store::Connection& connection, const std::string& sql) {
  return connection.query_one(sql)->integer(0);
}

TEST(DemoContacts, AYearOfContactsWithEachOutcomeAndLinkedWarnings) {
  auto db = testing::SharedDemoCounty::instance().database().acquire();
  for (const char* status : {"attended", "acceptable_absence", "unacceptable_absence", "scheduled"}) {
    EXPECT_GT(count(*db, std::string("SELECT COUNT(*) FROM appointments WHERE status = '") + status + "'"), 0) << status;
  }
  EXPECT_GT(count(*db, "SELECT COUNT(*) FROM appointments WHERE warning_id IS NOT NULL"), 0);
  EXPECT_GT(count(*db, "SELECT COUNT(*) FROM appointments WHERE intervention IS NOT NULL"), 0);
  // A warning is on an order of the same child, running on the appointment's day.
  EXPECT_EQ(count(*db, "SELECT COUNT(*) FROM appointments a JOIN order_warnings w ON w.id = a.warning_id"
                       " JOIN outcomes u ON u.id = w.outcome_id WHERE u.child_id <> a.child_id"
                       " OR w.given_on <> a.starts_on OR a.status <> 'unacceptable_absence'"
                       " OR u.outcome_date > a.starts_on OR (u.end_date IS NOT NULL AND u.end_date < a.starts_on)"),
            0);
  // Only children with a case manager, by their case manager.
  EXPECT_EQ(count(*db, "SELECT COUNT(*) FROM appointments a WHERE NOT EXISTS (SELECT 1 FROM case_workers w"
                       " WHERE w.child_id = a.child_id AND w.staff_id = a.practitioner_id)"),
            0);
  EXPECT_EQ(count(*db, "SELECT COUNT(*) FROM calendar_feeds"), 1);
}

}  // namespace
}  // namespace pathway
