// Allocation and caseloads against the store, on both backends: allocating, reallocating
// with history, one case manager at a time, managers choosing only workers in their scope,
// closing a case, the unallocated queue and weighted caseloads scaled by working hours.
#include <gtest/gtest.h>

#include "allocation/allocation_repository.h"
#include "allocation/caseloads.h"
#include "children/child_repository.h"
#include "reference/geography.h"
#include "store/transaction.h"
#include "test_database.h"

namespace pathway {
namespace {

using access::Role;
using access::ScopeKind;
using allocation::CaseRole;
using allocation::Intensity;

constexpr std::int64_t day = 24 * 60 * 60;
constexpr std::int64_t now = 1'790'000'000;

class Allocation : public ::testing::Test {
 protected:
  void SetUp() override {
    auto connection = test_.database().acquire();
    reference::add_district(*connection, {"MAIDSTONE", "Maidstone", "WEST", "West Kent"});
    reference::add_district(*connection, {"THANET", "Thanet", "EAST", "East Kent"});
    connection->execute("INSERT INTO teams (code, name) VALUES ('WEST_UNIT', 'West unit'), ('EAST_UNIT', 'East unit')");
    connection->execute("INSERT INTO team_districts (team_code, district_code) VALUES ('WEST_UNIT', 'MAIDSTONE'),"
                        " ('EAST_UNIT', 'THANET')");
    west_lead = staff("west.lead", Role::manager, "WEST_UNIT", ScopeKind::team, "WEST_UNIT");
    head = staff("head", Role::manager, "", ScopeKind::service, "");
    amara = staff("amara", Role::case_manager, "WEST_UNIT");
    dan = staff("dan", Role::case_manager, "WEST_UNIT");
    erin = staff("erin", Role::case_manager, "EAST_UNIT");
    marcus = staff("marcus", Role::transition_practitioner, "EAST_UNIT");
  }

  access::StaffMember staff(const std::string& username, Role role, const std::string& team,
                            ScopeKind scope = ScopeKind::none, const std::string& scope_code = "") {
    auto connection = test_.database().acquire();
    auto added = access::add_staff_member(*connection, {.username = username, .display_name = username, .role = role,
                                                        .password = "correct horse battery staple",
                                                        .team_code = team, .scope_kind = scope,
                                                        .scope_code = scope_code});
    EXPECT_TRUE(added.ok()) << added.error().message;
    return added.value();
  }

  children::Child child(const std::string& family, const std::string& district = "MAIDSTONE") {
    auto connection = test_.database().acquire();
    auto created = children::create_child(*connection,
                                          {"Sam", family, Date{std::chrono::year{2011} / 3 / 27}, children::Sex::male,
                                           "WBRI", district, children::LookedAfter::unknown},
                                          "tester");
    // A new child's case is held at first by the team covering their district.
    connection->execute("UPDATE children SET holding_team_code = (SELECT team_code FROM team_districts"
                        " WHERE district_code = ?) WHERE id = ?",
                        {district, created.id});
    return created;
  }

  Result<Done> allocate(const access::StaffMember& manager, const children::Child& child,
                        const access::StaffMember& worker, Intensity intensity = Intensity::standard,
                        const std::string& reason = "", std::int64_t at = now) {
    auto connection = test_.database().acquire();
    store::Transaction transaction(*connection);
    auto made = allocation::allocate_case_manager(
        *connection, manager, {child.id, worker.username, CaseRole::case_manager, intensity, reason}, at);
    if (made) transaction.commit();
    return made;
  }

  Result<Done> add(const access::StaffMember& manager, const children::Child& child, const access::StaffMember& worker,
                   CaseRole role, Intensity intensity = Intensity::standard) {
    auto connection = test_.database().acquire();
    return allocation::add_practitioner(*connection, manager, {child.id, worker.username, role, intensity, ""}, now);
  }

  std::vector<allocation::CaseWorker> workers_of(const children::Child& child) {
    auto connection = test_.database().acquire();
    return allocation::case_workers(*connection, child.id);
  }

  std::string holding_team(const children::Child& child) {
    auto connection = test_.database().acquire();
    return connection->query_one("SELECT COALESCE(holding_team_code, '') FROM children WHERE id = ?", {child.id})
        ->text(0);
  }

  std::vector<std::string> queue_of(const access::StaffMember& manager) {
    auto connection = test_.database().acquire();
    std::vector<std::string> families;
    for (const auto& waiting : allocation::unallocated_children(*connection, manager, now)) {
      families.push_back(waiting.family_name);
    }
    return families;
  }

  testing::TestDatabase test_;
  access::StaffMember west_lead, head, amara, dan, erin, marcus;
};

TEST_F(Allocation, AllocatingACaseManagerMovesTheCaseToTheirTeam) {
  auto ali = child("Ahmed", "THANET");
  ASSERT_TRUE(allocate(head, ali, amara, Intensity::enhanced).ok());
  auto workers = workers_of(ali);
  ASSERT_EQ(workers.size(), 1u);
  EXPECT_EQ(workers[0].username, "amara");
  EXPECT_EQ(workers[0].role, CaseRole::case_manager);
  EXPECT_EQ(workers[0].intensity, Intensity::enhanced);
  EXPECT_EQ(workers[0].allocated_by_name, "head");
  EXPECT_FALSE(workers[0].ended_at);
  EXPECT_EQ(holding_team(ali), "WEST_UNIT");
  auto connection = test_.database().acquire();
  EXPECT_EQ(children::find_child(*connection, ali.public_id)->case_manager_name, "amara");
}

TEST_F(Allocation, ReallocationEndsTheOldAllocationAndKeepsItInTheHistory) {
  auto ali = child("Ahmed");
  ASSERT_TRUE(allocate(west_lead, ali, amara, Intensity::standard, "", now - 30 * day).ok());
  auto without_reason = allocate(west_lead, ali, dan);
  ASSERT_FALSE(without_reason.ok());
  EXPECT_EQ(without_reason.error().message, "Enter the reason for reallocating the case");
  EXPECT_EQ(workers_of(ali).size(), 1u);  // nothing changed

  ASSERT_TRUE(allocate(west_lead, ali, dan, Intensity::intensive, "Amara moved to the court team").ok());
  auto workers = workers_of(ali);
  ASSERT_EQ(workers.size(), 2u);
  EXPECT_EQ(workers[0].username, "dan");
  EXPECT_FALSE(workers[0].ended_at);
  EXPECT_EQ(workers[0].reason, "Amara moved to the court team");
  EXPECT_EQ(workers[1].username, "amara");
  EXPECT_EQ(workers[1].ended_at, to_iso_instant(now));
  EXPECT_EQ(workers[1].ended_by_name, "west.lead");
  EXPECT_EQ(workers[1].end_reason, "Reallocated: Amara moved to the court team");
  EXPECT_EQ(workers[1].started_at, to_iso_instant(now - 30 * day));  // kept as it was
}

TEST_F(Allocation, AChildHasOneCaseManagerAtATime) {
  auto ali = child("Ahmed");
  ASSERT_TRUE(allocate(west_lead, ali, amara).ok());
  auto again = allocate(west_lead, ali, amara, Intensity::standard, "again");
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().message, "amara is already this child's case manager");
  // The database itself refuses a second current case manager, whatever the code does.
  auto connection = test_.database().acquire();
  EXPECT_THROW(connection->execute("INSERT INTO case_workers (child_id, staff_id, case_role, started_at, allocated_by)"
                                   " VALUES (?, ?, 'case_manager', '2026-01-01T00:00:00Z', 'x')",
                                   {ali.id, dan.id}),
               store::UniqueViolation);
  EXPECT_EQ(workers_of(ali).size(), 1u);
}

TEST_F(Allocation, AManagerChoosesOnlyWorkersTheirScopeReaches) {
  auto connection = test_.database().acquire();
  std::vector<std::string> offered;
  for (const auto& worker : allocation::candidate_workers(*connection, west_lead, CaseRole::case_manager)) {
    offered.push_back(worker.username);
  }
  EXPECT_EQ(offered, (std::vector<std::string>{"amara", "dan"}));
  // Transition practitioners work county-wide: offered whichever team they are in.
  offered.clear();
  for (const auto& worker : allocation::candidate_workers(*connection, west_lead, CaseRole::transition_practitioner)) {
    offered.push_back(worker.username);
  }
  EXPECT_EQ(offered, (std::vector<std::string>{"marcus"}));

  auto ali = child("Ahmed");
  auto refused = allocate(west_lead, ali, erin);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().kind, ErrorKind::invalid);
  // A transition practitioner cannot manage the case, nor a case manager be added as one.
  EXPECT_FALSE(allocate(head, ali, marcus).ok());
  EXPECT_FALSE(add(west_lead, ali, dan, CaseRole::transition_practitioner).ok());
  EXPECT_TRUE(workers_of(ali).empty());
  EXPECT_TRUE(allocate(head, ali, erin).ok());
}

TEST_F(Allocation, PractitionersJoinBesideTheCaseManagerAndTheirInvolvementEnds) {
  auto ali = child("Ahmed");
  ASSERT_TRUE(allocate(west_lead, ali, amara).ok());
  ASSERT_TRUE(add(west_lead, ali, marcus, CaseRole::transition_practitioner, Intensity::intensive).ok());
  ASSERT_TRUE(add(west_lead, ali, dan, CaseRole::co_worker).ok());
  auto twice = add(west_lead, ali, dan, CaseRole::co_worker);
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().kind, ErrorKind::conflict);
  auto workers = workers_of(ali);
  ASSERT_EQ(workers.size(), 3u);
  EXPECT_EQ(workers[0].role, CaseRole::case_manager);

  auto connection = test_.database().acquire();
  std::int64_t marcus_allocation = workers[1].role == CaseRole::transition_practitioner ? workers[1].id : workers[2].id;
  EXPECT_FALSE(allocation::end_allocation(*connection, ali.id, marcus_allocation, {"west.lead", "Released", true}, now)
                   .ok());  // only the case manager's ending closes the case
  auto ended = allocation::end_allocation(*connection, ali.id, marcus_allocation, {"west.lead", "Settled at home"}, now);
  ASSERT_TRUE(ended.ok());
  EXPECT_EQ(ended->username, "marcus");
  auto again = allocation::end_allocation(*connection, ali.id, marcus_allocation, {"west.lead", "again"}, now);
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().kind, ErrorKind::not_found);
  auto other_child = child("Brown");
  EXPECT_EQ(allocation::end_allocation(*connection, other_child.id, workers[0].id, {"west.lead", "x"}, now).error().kind,
            ErrorKind::not_found);
  workers = allocation::case_workers(*connection, ali.id);
  ASSERT_EQ(workers.size(), 3u);
  EXPECT_EQ(workers[2].username, "marcus");
  EXPECT_EQ(workers[2].end_reason, "Settled at home");
}

TEST_F(Allocation, TheQueueHoldsCasesWaitingForACaseManagerLongestWaitingFirst) {
  auto ahmed = child("Ahmed");
  auto brown = child("Brown");
  auto clark = child("Clark");
  auto east = child("Evans", "THANET");
  ASSERT_TRUE(allocate(west_lead, ahmed, amara, Intensity::standard, "", now - 20 * day).ok());
  ASSERT_TRUE(allocate(west_lead, clark, dan, Intensity::standard, "", now - 20 * day).ok());
  auto connection = test_.database().acquire();
  // Clark's case manager leaves: Clark waits again, since ten days ago, before Brown (added today).
  auto clark_manager = allocation::case_workers(*connection, clark.id)[0].id;
  ASSERT_TRUE(allocation::end_allocation(*connection, clark.id, clark_manager, {"west.lead", "Left"}, now - 10 * day));
  connection->execute("UPDATE children SET created_at = ? WHERE id = ?", {to_iso_instant(now - day), brown.id});
  EXPECT_EQ(queue_of(west_lead), (std::vector<std::string>{"Clark", "Brown"}));
  EXPECT_EQ(queue_of(head), (std::vector<std::string>{"Clark", "Brown", "Evans"}));

  // A closed case does not wait; allocating it again reopens it.
  auto ahmed_manager = allocation::case_workers(*connection, ahmed.id)[0].id;
  ASSERT_TRUE(allocation::add_practitioner(*connection, west_lead,
                                           {ahmed.id, "marcus", CaseRole::transition_practitioner, Intensity::standard, ""},
                                           now - 5 * day));
  ASSERT_TRUE(allocation::end_allocation(*connection, ahmed.id, ahmed_manager, {"west.lead", "Order completed", true},
                                         now - 2 * day));
  EXPECT_TRUE(allocation::home_caseload_counts(*connection, marcus, now).my_caseload == 0);
  EXPECT_EQ(queue_of(west_lead), (std::vector<std::string>{"Clark", "Brown"}));
  EXPECT_EQ(allocation::home_caseload_counts(*connection, west_lead, now).unallocated_in_scope, 2);
  EXPECT_FALSE(allocation::home_caseload_counts(*connection, amara, now).unallocated_in_scope);
  EXPECT_EQ(allocation::home_caseload_counts(*connection, amara, now).my_caseload, 0);
  EXPECT_EQ(allocation::home_caseload_counts(*connection, dan, now).my_caseload, 0);
}

TEST_F(Allocation, WeightedCaseloadsCountIntensityAgainstCapacityScaledByHours) {
  auto connection = test_.database().acquire();
  // Dan works three days a week: a capacity of 10 for a full-time post is 6 for him.
  connection->execute("UPDATE staff SET fte_percent = 60, caseload_capacity = 10 WHERE username = 'dan'");
  connection->execute("UPDATE staff SET fte_percent = 100, caseload_capacity = 10 WHERE username = 'amara'");
  const Intensity mix[] = {Intensity::standard, Intensity::standard, Intensity::enhanced, Intensity::intensive};
  int n = 0;
  for (Intensity intensity : mix) ASSERT_TRUE(allocate(west_lead, child(std::string("Dan") + static_cast<char>('a' + n++)), dan, intensity));
  ASSERT_TRUE(allocate(west_lead, child("Amara"), amara, Intensity::intensive));
  auto caseloads = allocation::team_caseloads(*connection, west_lead);
  ASSERT_EQ(caseloads.size(), 2u);  // amara and dan: not the unit lead, nor Erin in the East
  auto& dan_caseload = caseloads[1];
  EXPECT_EQ(dan_caseload.worker.username, "dan");
  ASSERT_TRUE(add(west_lead, child("CoWorked"), dan, CaseRole::co_worker, Intensity::intensive));
  dan_caseload = *allocation::worker_caseload(*connection, west_lead, "dan");
  EXPECT_EQ(dan_caseload.children_held, 4);
  EXPECT_EQ(dan_caseload.other_cases, 1);
  EXPECT_EQ(dan_caseload.intensive_cases, 2);
  EXPECT_EQ(dan_caseload.weighted_hundredths, 100 + 100 + 150 + 200 + 200);
  EXPECT_EQ(dan_caseload.capacity_hundredths(), 600);
  EXPECT_TRUE(dan_caseload.over_capacity());
  EXPECT_EQ(allocation::hundredths_text(dan_caseload.weighted_hundredths), "7.5");
  EXPECT_EQ(allocation::hundredths_text(dan_caseload.capacity_hundredths()), "6");
  auto amara_caseload = *allocation::worker_caseload(*connection, west_lead, "amara");
  EXPECT_EQ(amara_caseload.weighted_hundredths, 200);
  EXPECT_FALSE(amara_caseload.over_capacity());
  // A capacity not set is never exceeded; a worker outside the scope is not found.
  EXPECT_EQ(caseloads[0].caseload_capacity, 10);
  connection->execute("UPDATE staff SET caseload_capacity = 0 WHERE username = 'amara'");
  EXPECT_FALSE(allocation::worker_caseload(*connection, west_lead, "amara")->over_capacity());
  EXPECT_FALSE(allocation::worker_caseload(*connection, west_lead, "erin"));
  EXPECT_TRUE(allocation::worker_caseload(*connection, head, "erin"));
  EXPECT_EQ(allocation::home_caseload_counts(*connection, dan, now).my_caseload, 5);
}

TEST_F(Allocation, HundredthsAreWrittenWithoutTrailingZeros) {
  EXPECT_EQ(allocation::hundredths_text(0), "0");
  EXPECT_EQ(allocation::hundredths_text(1200), "12");
  EXPECT_EQ(allocation::hundredths_text(720), "7.2");
  EXPECT_EQ(allocation::hundredths_text(429), "4.29");
  EXPECT_EQ(allocation::hundredths_text(5), "0.05");
}

TEST_F(Allocation, ACaseloadListsOnlyTheChildrenTheViewerMayOpen) {
  auto ahmed = child("Ahmed");
  auto evans = child("Evans", "THANET");
  ASSERT_TRUE(allocate(head, ahmed, dan));
  ASSERT_TRUE(add(head, evans, dan, CaseRole::co_worker));
  ASSERT_TRUE(allocate(head, evans, erin));
  auto connection = test_.database().acquire();
  auto mine = allocation::caseload_children(*connection, dan.id, dan, now);
  ASSERT_EQ(mine.size(), 2u);
  EXPECT_EQ(mine[0].family_name, "Ahmed");
  EXPECT_EQ(mine[1].role, CaseRole::co_worker);
  // The West unit lead sees Dan's West child, not the East child he co-works.
  auto seen = allocation::caseload_children(*connection, dan.id, west_lead, now);
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_EQ(seen[0].family_name, "Ahmed");
}

}  // namespace
}  // namespace pathway
