// The demo's allocations against whatever teams and staff the tables hold: 10 to 15 open
// cases per full-time case manager, about 1 child in 20 waiting, open cases held by the case
// manager's team, some reallocated and some with a specialist beside the case manager.
#include <gtest/gtest.h>

#include "allocation/allocation_repository.h"
#include "core/clock.h"
#include "core/dates.h"
#include "demo/demo_allocations.h"
#include "demo/demo_parts.h"
#include "store/transaction.h"
#include "test_database.h"

namespace pathway {
namespace {

std::int64_t count(store::Connection& connection, const std::string& sql) {
  return connection.query_one(sql)->integer(0);
}

class DemoAllocations : public ::testing::Test {
 protected:
  // Three units of four districts each: three case managers (the third part time), a
  // transition practitioner and a restorative justice worker in each.
  void build(int children) {
    auto connection = test_.database().acquire();
    store::Transaction transaction(*connection);
    demo::add_demo_geography(*connection);
    const auto& districts = demo::demo_districts();
    for (int team = 0; team < 3; ++team) {
      std::string code = "UNIT" + std::to_string(team);
      connection->execute("INSERT INTO teams (code, name) VALUES (?, ?)", {code, "Unit " + std::to_string(team)});
      for (int d = 0; d < 4; ++d) {
        connection->execute("INSERT INTO team_districts (team_code, district_code) VALUES (?, ?)",
                            {code, std::string(districts[team * 4 + d].code)});
      }
      int n = 0;
      for (auto role : {access::Role::manager, access::Role::case_manager, access::Role::case_manager,
                        access::Role::case_manager, access::Role::transition_practitioner,
                        access::Role::restorative_justice_worker}) {
        std::string username = "u" + std::to_string(team) + "." + std::to_string(n);
        auto added = access::add_staff_member(
            *connection, {.username = username, .display_name = username, .role = role,
                          .password = "correct horse battery staple", .team_code = code,
                          .scope_kind = role == access::Role::manager ? access::ScopeKind::team : access::ScopeKind::none,
                          .scope_code = role == access::Role::manager ? code : ""});
        ASSERT_TRUE(added.ok());
        if (n++ == 3) connection->execute("UPDATE staff SET fte_percent = 60 WHERE username = ?", {username});
      }
    }
    demo::DemoRandom random(7);
    for (const auto& details : demo::demo_children(random, demo::demo_district_slots(random, children), today_utc())) {
      auto child = children::create_child(*connection, details, "demo");
      connection->execute("UPDATE children SET holding_team_code = (SELECT MIN(team_code) FROM team_districts"
                          " WHERE district_code = ?) WHERE id = ?",
                          {details.district_code, child.id});
    }
    demo::add_demo_allocations(*connection, random, now_unix_seconds());
    transaction.commit();
  }

  testing::TestDatabase test_;
};

TEST_F(DemoAllocations, GiveRealisticCaseloadsAndAQueue) {
  build(400);
  auto connection = test_.database().acquire();
  // Every case manager holds 10 to 15 open cases per full-time post.
  for (const auto& row : connection->query(
           "SELECT st.username, st.fte_percent, COUNT(w.id) FROM staff st LEFT JOIN case_workers w ON w.staff_id = st.id"
           " AND w.ended_at IS NULL AND w.case_role = 'case_manager' WHERE st.roles = 'case_manager'"
           " GROUP BY st.username, st.fte_percent")) {
    std::int64_t fte = row.integer(1), open = row.integer(2);
    EXPECT_GE(open, 10 * fte / 100) << row.text(0);
    EXPECT_LE(open, 15 * fte / 100) << row.text(0);
  }
  // Each open case is held by its case manager's unit, which covers the child's district.
  EXPECT_EQ(count(*connection,
                  "SELECT COUNT(*) FROM case_workers w JOIN staff st ON st.id = w.staff_id JOIN children c ON c.id = w.child_id"
                  " WHERE w.ended_at IS NULL AND w.case_role = 'case_manager' AND (c.holding_team_code <> st.team_code OR"
                  " NOT EXISTS (SELECT 1 FROM team_districts td WHERE td.team_code = st.team_code"
                  " AND td.district_code = c.district_code))"),
            0);
  // About 1 in 20 waits for a case manager; the rest beyond the units' capacity are closed.
  std::int64_t waiting = count(*connection, "SELECT COUNT(*) FROM children c WHERE " +
                                                std::string(allocation::waiting_for_case_manager_sql()));
  EXPECT_GE(waiting, 8);
  EXPECT_LE(waiting, 36);
  EXPECT_GT(count(*connection, "SELECT COUNT(*) FROM case_workers WHERE closed_case = 1"), 100);
  EXPECT_GT(count(*connection, "SELECT COUNT(*) FROM case_workers WHERE end_reason LIKE 'Reallocated: %'"), 0);
  EXPECT_GT(count(*connection, "SELECT COUNT(*) FROM case_workers WHERE ended_at IS NULL"
                               " AND case_role = 'transition_practitioner'"),
            0);
  EXPECT_GT(count(*connection, "SELECT COUNT(*) FROM case_workers WHERE ended_at IS NULL"
                               " AND case_role = 'restorative_justice_worker'"),
            0);
  EXPECT_GT(count(*connection, "SELECT COUNT(*) FROM case_workers WHERE intensity = 'intensive'"), 0);
  // Nothing starts in the future or ends before it starts.
  EXPECT_EQ(count(*connection, "SELECT COUNT(*) FROM case_workers WHERE started_at > '" +
                                   to_iso_instant(now_unix_seconds()) + "' OR ended_at < started_at"),
            0);
}

TEST_F(DemoAllocations, AllocateNothingWithoutCaseManagers) {
  auto connection = test_.database().acquire();
  demo::add_demo_geography(*connection);
  demo::DemoRandom random(1);
  demo::add_demo_allocations(*connection, random, now_unix_seconds());
  EXPECT_EQ(count(*connection, "SELECT COUNT(*) FROM case_workers"), 0);
}

}  // namespace
}  // namespace pathway
