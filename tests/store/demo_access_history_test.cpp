// The demo county's access history: restricted records, emergency access and partner
// shares, made only where the staff and allocations already added allow.
#include <gtest/gtest.h>

#include "access/break_glass.h"
#include "access/child_shares.h"
#include "access/restricted_records.h"
#include "demo/demo_parts.h"
#include "reference/geography.h"
#include "test_database.h"

namespace pathway {
namespace {

using namespace std::chrono;
using access::Role;

constexpr std::int64_t now = 1'800'000'000;

class DemoAccessHistory : public ::testing::Test {
 protected:
  void SetUp() override {
    connection_.emplace(test_.database().acquire());
    reference::add_district(connection(), {"MAIDSTONE", "Maidstone", "WEST", "West Kent"});
    for (const auto& [username, role] : std::vector<std::pair<std::string, Role>>{
             {"admin", Role::administrator}, {"manager", Role::manager}, {"caseworker", Role::case_manager},
             {"caseworker2", Role::case_manager}}) {
      access::add_staff_member(connection(), {username, username, role, "a long enough pass phrase"});
    }
    for (int i = 0; i < 40; ++i) {
      children_.push_back(children::create_child(connection(),
                                                 {"Sam", "Family" + std::to_string(i), year{2011} / 3 / 27,
                                                  children::Sex::male, "WBRI", "MAIDSTONE",
                                                  children::LookedAfter::unknown},
                                                 "demo"));
    }
  }

  store::Connection& connection() { return **connection_; }

  std::int64_t count(const std::string& sql) { return connection().query_one(sql)->integer(0); }

  void allocate_to(const std::string& username, int from, int to) {
    for (int i = from; i < to; ++i) {
      connection().execute(
          "INSERT INTO case_workers (child_id, staff_id, case_role, started_at, allocated_by) SELECT ?, id, "
          "'case_manager', '2026-01-05T09:00:00Z', 'demo' FROM staff WHERE username = ?",
          {children_[i].id, username});
    }
  }

  testing::TestDatabase test_;
  std::optional<store::Database::Handle> connection_;
  std::vector<children::Child> children_;
};

TEST_F(DemoAccessHistory, WithoutAllocationsOrAPartnerThereIsNothingToAdd) {
  auto history = demo::add_demo_access_history(connection(), now);
  EXPECT_EQ(history.restricted_records, 0);
  EXPECT_EQ(history.break_glass_grants, 0);
  EXPECT_EQ(history.partner_shares, 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM children WHERE restricted = 1"), 0);
}

TEST_F(DemoAccessHistory, RestrictedRecordsGrantsAndShares) {
  allocate_to("caseworker2", 0, 20);
  allocate_to("caseworker", 20, 30);
  access::add_staff_member(connection(), {"partner", "Police", Role::partner, "a long enough pass phrase"});
  auto history = demo::add_demo_access_history(connection(), now);
  EXPECT_EQ(history.restricted_records, 2);
  EXPECT_EQ(count("SELECT COUNT(*) FROM children WHERE restricted = 1"), 2);
  for (const auto& record : access::all_restricted_records(connection())) {
    std::vector<std::string> named;
    for (const auto& member : record.named) named.push_back(member.username);
    EXPECT_EQ(named, (std::vector<std::string>{"caseworker2", "manager"})) << record.public_id;
  }
  EXPECT_EQ(history.break_glass_grants, 4);
  EXPECT_EQ(count("SELECT COUNT(*) FROM break_glass_grants"), 4);
  EXPECT_EQ(count("SELECT COUNT(*) FROM break_glass_grants WHERE expires_at > " + std::to_string(now)), 1);
  // Every grant is on an allocated, unrestricted child, by someone not allocated to it.
  EXPECT_EQ(count("SELECT COUNT(*) FROM break_glass_grants g JOIN children c ON c.id = g.child_id WHERE"
                  " c.restricted = 0 AND EXISTS (SELECT 1 FROM case_workers w WHERE w.child_id = c.id AND"
                  " w.staff_id <> g.staff_id)"),
            4);
  EXPECT_EQ(history.partner_shares, 3);
  EXPECT_EQ(count("SELECT COUNT(*) FROM child_shares s JOIN children c ON c.id = s.child_id WHERE c.restricted = 0"), 3);
}

TEST_F(DemoAccessHistory, TheCaseworkerAccountsHomePageHasAnEmergencyAccessToShow) {
  EXPECT_EQ(demo::add_break_glass_on_demo_caseload(connection(), now), 0);  // no caseload yet
  allocate_to("caseworker", 0, 5);
  EXPECT_EQ(demo::add_break_glass_on_demo_caseload(connection(), now), 1);
  auto caseworker = access::find_staff_with_password_hash(connection(), "caseworker")->first;
  auto shown = access::recent_break_glass_overseen_by(connection(), caseworker, now - 14 * 86400, now);
  ASSERT_EQ(shown.size(), 1u);
  // The first who could not otherwise open it: not the allocated worker, not the manager.
  EXPECT_EQ(shown[0].staff_username, "caseworker2");
  EXPECT_EQ(shown[0].opened_at, now - (3 * 24 + 5) * 3600);
  EXPECT_LT(shown[0].expires_at, now);
}

}  // namespace
}  // namespace pathway
