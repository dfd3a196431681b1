// Break-glass grants, restricted records and partner shares in the store, on both backends.
#include <gtest/gtest.h>

#include "access/break_glass.h"
#include "access/child_shares.h"
#include "access/need_to_know.h"
#include "access/restricted_records.h"
#include "children/child_repository.h"
#include "reference/geography.h"
#include "test_database.h"

namespace pathway {
namespace {

using namespace std::chrono;
using access::Role;

constexpr std::int64_t now = 1'800'000'000;
constexpr const char* password = "a long enough pass phrase";

class AccessRecords : public ::testing::Test {
 protected:
  void SetUp() override {
    reference::add_district(connection(), {"MAIDSTONE", "Maidstone", "WEST", "West Kent"});
    connection().execute("INSERT INTO teams (code, name) VALUES ('WEST', 'West Kent YJS')");
  }

  store::Connection& connection() {
    if (!connection_) connection_.emplace(test_.database().acquire());
    return **connection_;
  }

  access::StaffMember staff(const std::string& username, Role role,
                            access::ScopeKind scope = access::ScopeKind::none, const std::string& scope_code = "") {
    access::NewStaffMember member{username, username, role, password};
    member.scope_kind = scope;
    member.scope_code = scope_code;
    auto added = access::add_staff_member(connection(), member);
    EXPECT_TRUE(added.ok()) << (added.ok() ? "" : added.error().message);
    return added.value();
  }

  children::Child child(const std::string& family, const std::string& team = "") {
    auto created = children::create_child(connection(),
                                          {"Sam", family, year{2011} / 3 / 27, children::Sex::male, "WBRI",
                                           "MAIDSTONE", children::LookedAfter::unknown},
                                          "tester");
    if (!team.empty()) {
      connection().execute("UPDATE children SET holding_team_code = ? WHERE id = ?", {team, created.id});
    }
    return created;
  }

  void allocate(const children::Child& child, const access::StaffMember& member) {
    connection().execute(
        "INSERT INTO case_workers (child_id, staff_id, case_role, started_at, allocated_by) VALUES (?, ?, "
        "'case_manager', '2026-01-05T09:00:00Z', 'test')",
        {child.id, member.id});
  }

  bool opens(const access::StaffMember& viewer, const children::Child& child, std::int64_t at = now) {
    return access::may_open_child(connection(), viewer, child.public_id, at);
  }

  testing::TestDatabase test_;
  std::optional<store::Database::Handle> connection_;
};

TEST_F(AccessRecords, BreakGlassLastsTheServiceSettingOr24Hours) {
  EXPECT_EQ(access::break_glass_hours(connection()), 24);
  connection().execute("INSERT INTO service_settings (name, value) VALUES ('break_glass_hours', '8')");
  EXPECT_EQ(access::break_glass_hours(connection()), 8);
  for (const char* nonsense : {"0", "-3", "eight", "8h", "", "100000"}) {
    connection().execute("UPDATE service_settings SET value = ? WHERE name = 'break_glass_hours'", {nonsense});
    EXPECT_EQ(access::break_glass_hours(connection()), 24) << nonsense;
  }
}

TEST_F(AccessRecords, ABreakGlassGrantOpensTheRecordUntilItExpires) {
  auto duty = staff("duty", Role::case_manager);
  auto sam = child("Adeyemi");
  EXPECT_FALSE(opens(duty, sam));
  EXPECT_FALSE(access::break_glass_until(connection(), duty, sam.id, now));
  auto grant = access::open_break_glass(connection(), duty, sam.id, "Court duty: in the cells", now);
  EXPECT_EQ(grant.child_public_id, sam.public_id);
  EXPECT_EQ(grant.child_name, "Sam Adeyemi");
  EXPECT_EQ(grant.staff_username, "duty");
  EXPECT_EQ(grant.reason, "Court duty: in the cells");
  EXPECT_EQ(grant.expires_at, now + 24 * 3600);
  EXPECT_TRUE(opens(duty, sam));
  EXPECT_EQ(access::break_glass_until(connection(), duty, sam.id, now + 60), now + 24 * 3600);
  EXPECT_FALSE(opens(duty, sam, grant.expires_at));
  EXPECT_FALSE(access::break_glass_until(connection(), duty, sam.id, grant.expires_at));
  // Someone else's grant opens nothing for them.
  EXPECT_FALSE(opens(staff("other", Role::case_manager), sam));
}

TEST_F(AccessRecords, ARestrictedRecordCannotBeReachedByAGrant) {
  auto duty = staff("duty", Role::case_manager);
  auto owner = staff("owner", Role::case_manager);
  auto sam = child("Adeyemi");
  access::open_break_glass(connection(), duty, sam.id, "Out-of-hours duty", now);
  ASSERT_TRUE(access::restrict_record(connection(), sam.id, owner, {}).ok());
  EXPECT_FALSE(opens(duty, sam));
  EXPECT_FALSE(access::may_list_child(connection(), duty, sam.public_id, now));
  EXPECT_TRUE(opens(owner, sam));
}

TEST_F(AccessRecords, TheAllocatedWorkerAndTheManagersOverseeingTheChildAreTold) {
  auto duty = staff("duty", Role::case_manager);
  auto worker = staff("worker", Role::case_manager);
  auto team_manager = staff("lead", Role::manager, access::ScopeKind::team, "WEST");
  auto head = staff("head", Role::manager);
  auto other_lead = staff("otherlead", Role::manager, access::ScopeKind::team, "EAST");
  auto analyst = staff("analyst", Role::analyst);
  auto sam = child("Adeyemi", "WEST");
  auto kit = child("Brennan", "WEST");
  allocate(sam, worker);
  access::open_break_glass(connection(), duty, sam.id, "Court duty", now - 7200);
  access::open_break_glass(connection(), duty, kit.id, "Safeguarding concern", now - 3600);

  for (const auto& told : {worker, team_manager, head}) EXPECT_TRUE(access::oversees_child(connection(), told, sam.id));
  for (const auto& untold : {duty, other_lead, analyst}) {
    EXPECT_FALSE(access::oversees_child(connection(), untold, sam.id)) << untold.username;
  }
  auto on_sam = access::break_glass_grants_on(connection(), sam.id);
  ASSERT_EQ(on_sam.size(), 1u);
  EXPECT_EQ(on_sam[0].staff_name, "duty");

  auto for_worker = access::recent_break_glass_overseen_by(connection(), worker, now - 86400, now);
  ASSERT_EQ(for_worker.size(), 1u);
  EXPECT_EQ(for_worker[0].child_public_id, sam.public_id);
  auto for_lead = access::recent_break_glass_overseen_by(connection(), team_manager, now - 86400, now);
  ASSERT_EQ(for_lead.size(), 2u);
  EXPECT_EQ(for_lead[0].child_public_id, kit.public_id);  // newest first
  EXPECT_TRUE(access::recent_break_glass_overseen_by(connection(), team_manager, now - 60, now).empty());
  EXPECT_TRUE(access::recent_break_glass_overseen_by(connection(), other_lead, now - 86400, now).empty());
  // A restricted record the manager is not named on is not mentioned.
  ASSERT_TRUE(access::restrict_record(connection(), kit.id, worker, {}).ok());
  EXPECT_EQ(access::recent_break_glass_overseen_by(connection(), team_manager, now - 86400, now).size(), 1u);
}

TEST_F(AccessRecords, ARestrictedRecordAlwaysNamesSomeone) {
  auto owner = staff("owner", Role::manager);
  auto colleague = staff("colleague", Role::case_manager);
  auto outsider = staff("outsider", Role::analyst);
  auto sam = child("Adeyemi");
  ASSERT_TRUE(access::restrict_record(connection(), sam.id, owner, {colleague, owner}).ok());
  EXPECT_EQ(access::restrict_record(connection(), sam.id, owner, {}).error().kind, ErrorKind::conflict);
  auto named = access::staff_named_on(connection(), sam.id);
  ASSERT_EQ(named.size(), 2u);
  EXPECT_EQ(named[0].username, "colleague");
  EXPECT_FALSE(opens(outsider, sam));
  EXPECT_EQ(access::hidden_from(connection(), outsider), 1);
  EXPECT_EQ(access::restricted_records_naming(connection(), colleague), std::vector<std::string>{sam.public_id});
  EXPECT_TRUE(access::restricted_records_naming(connection(), outsider).empty());

  EXPECT_EQ(access::name_on_record(connection(), sam.id, colleague).error().kind, ErrorKind::conflict);
  ASSERT_TRUE(access::name_on_record(connection(), sam.id, outsider).ok());
  EXPECT_TRUE(opens(outsider, sam));
  ASSERT_TRUE(access::unname_from_record(connection(), sam.id, outsider.id).ok());
  EXPECT_EQ(access::unname_from_record(connection(), sam.id, outsider.id).error().kind, ErrorKind::not_found);
  ASSERT_TRUE(access::unname_from_record(connection(), sam.id, owner.id).ok());
  EXPECT_EQ(access::unname_from_record(connection(), sam.id, colleague.id).error().kind, ErrorKind::conflict);

  auto all = access::all_restricted_records(connection());
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].public_id, sam.public_id);
  ASSERT_EQ(all[0].named.size(), 1u);
  EXPECT_EQ(all[0].named[0].username, "colleague");

  ASSERT_TRUE(access::unrestrict_record(connection(), sam.id).ok());
  EXPECT_EQ(access::unrestrict_record(connection(), sam.id).error().kind, ErrorKind::conflict);
  EXPECT_TRUE(access::staff_named_on(connection(), sam.id).empty());
  EXPECT_TRUE(opens(outsider, sam));
  EXPECT_EQ(access::name_on_record(connection(), sam.id, outsider).error().kind, ErrorKind::conflict);
}

TEST_F(AccessRecords, APartnerReadsOnlyWhatIsSharedWithThem) {
  auto police = staff("police", Role::partner);
  auto worker = staff("worker", Role::case_manager);
  auto sam = child("Adeyemi");
  auto kit = child("Brennan");
  EXPECT_EQ(access::partner_accounts(connection()).size(), 1u);
  EXPECT_EQ(access::share_child(connection(), sam.id, worker, "lead", "Test", now).error().kind, ErrorKind::invalid);
  ASSERT_TRUE(access::share_child(connection(), sam.id, police, "lead", "Strategy meeting", now).ok());
  EXPECT_EQ(access::share_child(connection(), sam.id, police, "lead", "Again", now).error().kind, ErrorKind::conflict);
  EXPECT_TRUE(opens(police, sam));
  EXPECT_FALSE(opens(police, kit));
  EXPECT_FALSE(access::may_list_child(connection(), police, kit.public_id, now));
  auto shares = access::shares_of_child(connection(), sam.id);
  ASSERT_EQ(shares.size(), 1u);
  EXPECT_EQ(shares[0].partner.username, "police");
  EXPECT_EQ(shares[0].shared_by, "lead");
  EXPECT_EQ(shares[0].reason, "Strategy meeting");
  ASSERT_TRUE(access::stop_sharing_child(connection(), sam.id, police.id).ok());
  EXPECT_EQ(access::stop_sharing_child(connection(), sam.id, police.id).error().kind, ErrorKind::not_found);
  EXPECT_FALSE(opens(police, sam));
  access::set_staff_active(connection(), "police", false);
  EXPECT_TRUE(access::partner_accounts(connection()).empty());
}

}  // namespace
}  // namespace pathway
