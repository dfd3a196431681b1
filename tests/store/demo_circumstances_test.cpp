// The demo county's circumstances and early warnings, on either backend: every child with
// a case manager has a history of accommodation and of education, training or employment;
// some changed for the worse in the last weeks, so the demo's case manager and unit lead
// each see early warnings on their home page; appointment outcomes are dated the day held.
#include <gtest/gtest.h>

#include <set>

#include "access/staff.h"
#include "core/clock.h"
#include "practice/early_warnings/early_warnings.h"
#include "shared_demo_county.h"

namespace pathway {
namespace {

std::int64_t count(store::Connection& connection, const std::string& sql) {
  return connection.query_one(sql)->integer(0);
}

access::StaffMember member(store::Connection& connection, const std::string& username) {
  auto row = connection.query_one(
      "SELECT " + std::string(access::staff_member_columns) + " FROM staff st WHERE st.username = ?", {username});
  return access::staff_from_row(*row);
}

TEST(DemoCircumstances, HistoriesForEveryCaseAndRecentChangesForTheWorseThatTheCaseManagersSee) {
  auto db = testing::SharedDemoCounty::instance().database().acquire();
  for (const char* kind : {"accommodation", "ete"}) {
    EXPECT_EQ(count(*db, std::string("SELECT COUNT(*) FROM case_workers w WHERE w.case_role = 'case_manager'"
                                     " AND w.ended_at IS NULL AND NOT EXISTS (SELECT 1 FROM child_circumstances x"
                                     " WHERE x.child_id = w.child_id AND x.kind = '") +
                             kind + "')"),
              0)
        << "every child with a case manager has a " << kind << " history";
  }
  EXPECT_EQ(count(*db,
                  "SELECT COUNT(*) FROM appointments WHERE outcome_at IS NOT NULL"
                  " AND SUBSTR(outcome_at, 1, 10) <> starts_on"),
            0);
  std::int64_t now = now_unix_seconds();
  std::set<std::string> rules;
  for (const char* username : {"caseworker", "unitlead", "manager"}) {
    auto warnings = practice::early_warnings_for(*db, member(*db, username), now);
    EXPECT_FALSE(warnings.empty()) << username << " sees early warnings";
    for (const auto& warning : warnings) rules.insert(warning.rule);
  }
  for (const char* rule : {"accommodation_lost", "accommodation_unsuitable", "ete_ended", "flag_raised"}) {
    EXPECT_TRUE(rules.contains(rule)) << rule;
  }
}

}  // namespace
}  // namespace pathway
