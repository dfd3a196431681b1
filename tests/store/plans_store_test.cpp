// Case formulations and plans in the store, on both backends: each save of the formulation
// is a new version with the earlier kept; a plan is made with its first objective and read
// back with its objectives' owners, actions and reviews; the staff an objective may be given
// to are those working with the child.
#include <gtest/gtest.h>

#include "access/staff.h"
#include "children/child_repository.h"
#include "practice/plans/formulation.h"
#include "practice/plans/plan_store.h"
#include "reference/geography.h"
#include "store/transaction.h"
#include "test_database.h"

namespace pathway {
namespace {

using namespace std::chrono;
using practice::OwnerKind;
using practice::PlanKind;

class PlansStore : public ::testing::Test {
 protected:
  void SetUp() override {
    auto connection = test_.database().acquire();
    reference::add_district(*connection, {"MAIDSTONE", "Maidstone", "WEST", "West Kent"});
    auto added = access::add_staff_member(*connection, {.username = "amara", .display_name = "Amara Nwosu",
                                                        .role = access::Role::case_manager,
                                                        .password = "correct horse battery staple"});
    ASSERT_TRUE(added.ok()) << added.error().message;
    staff_id = added.value().id;
    child = children::create_child(*connection,
                                   {"Sam", "Ward", year{2010} / 3 / 27, children::Sex::male, "WBRI", "MAIDSTONE",
                                    children::LookedAfter::unknown},
                                   "tester");
  }

  testing::TestDatabase test_;
  std::int64_t staff_id = 0;
  children::Child child;
};

TEST_F(PlansStore, EachSaveOfTheFormulationIsANewVersionAndTheEarlierAreKept) {
  auto connection = test_.database().acquire();
  EXPECT_TRUE(practice::formulation_versions(*connection, child.id).empty());
  auto first = practice::save_formulation(*connection, child.id, {{"what-happened", "Lost his grandad in 2024."}},
                                          staff_id, "2026-11-01T10:00:00Z");
  auto second = practice::save_formulation(*connection, child.id,
                                           {{"what-happened", "Lost his grandad in 2024.\nMoved school twice."},
                                            {"what-helps", "Short sessions, outdoors."},
                                            {"keeps-safe", ""}},
                                           staff_id, "2026-11-20T10:00:00Z");
  EXPECT_EQ(first.version, 1);
  EXPECT_EQ(second.version, 2);
  auto versions = practice::formulation_versions(*connection, child.id);
  ASSERT_EQ(versions.size(), 2u);
  EXPECT_EQ(versions[0].version, 2);
  EXPECT_EQ(versions[0].sections.at("what-happened"), "Lost his grandad in 2024.\nMoved school twice.");
  EXPECT_EQ(versions[0].sections.at("what-helps"), "Short sessions, outdoors.");
  EXPECT_EQ(versions[0].sections.count("keeps-safe"), 0u);  // a blank section is not stored
  EXPECT_EQ(versions[0].saved_by, "Amara Nwosu");
  EXPECT_EQ(versions[1].version, 1);
  EXPECT_EQ(versions[1].sections.size(), 1u);
  EXPECT_EQ(versions[1].saved_at, "2026-11-01T10:00:00Z");
}

TEST_F(PlansStore, APlanIsMadeWithItsFirstObjectiveAndReadBackWhole) {
  auto connection = test_.database().acquire();
  EXPECT_FALSE(practice::plan_of_child(*connection, child.id, PlanKind::intervention));
  practice::Objective school;
  school.need_area = "education_training_employment";
  school.assessment_id = 42;
  school.worker_words = "Sam returns to full-time education.";
  school.child_words = "I want to go back to college and do mechanics.";
  school.owner = {OwnerKind::staff, staff_id, ""};
  school.review_on = year{2027} / 2 / 1;
  school.actions = {{0, "Visit the college open day", "Sam and Amara", year{2027} / 1 / 15},
                    {0, "Ask the school for his records", "", std::nullopt}};
  practice::Objective camhs;
  camhs.need_area = "emotional_mental_health";
  camhs.worker_words = "Sam is seen by CAMHS about his sleep.";
  camhs.owner = {OwnerKind::agency, std::nullopt, "CAMHS"};
  camhs.review_on = year{2027} / 1 / 10;
  store::Transaction transaction(*connection);
  auto first = practice::add_objective(*connection, child.id, PlanKind::intervention, school, staff_id, "2026-12-01T09:00:00Z");
  auto second = practice::add_objective(*connection, child.id, PlanKind::intervention, camhs, staff_id, "2026-12-01T09:05:00Z");
  EXPECT_EQ(first.plan_id, second.plan_id);  // one plan of each kind
  practice::add_action(*connection, second.objective_id, {0, "Referral letter", "GP", std::nullopt}, "2026-12-01T09:06:00Z");
  transaction.commit();

  auto plan = practice::plan_of_child(*connection, child.id, PlanKind::intervention);
  ASSERT_TRUE(plan);
  ASSERT_EQ(plan->objectives.size(), 2u);
  const auto& read = plan->objectives[0];
  EXPECT_EQ(read.need_area, "education_training_employment");
  EXPECT_EQ(read.assessment_id, 42);
  EXPECT_EQ(read.child_words, "I want to go back to college and do mechanics.");
  EXPECT_EQ(read.owner.kind, OwnerKind::staff);
  EXPECT_EQ(read.owner.name, "Amara Nwosu");
  EXPECT_EQ(read.review_on, year{2027} / 2 / 1);
  ASSERT_EQ(read.actions.size(), 2u);
  EXPECT_EQ(read.actions[0].by_when, year{2027} / 1 / 15);
  EXPECT_FALSE(read.actions[1].by_when);
  EXPECT_EQ(plan->objectives[1].owner.name, "CAMHS");
  EXPECT_EQ(plan->objectives[1].actions.size(), 1u);
  // Before any review the plan is next reviewed on its earliest objective's date.
  EXPECT_EQ(practice::next_plan_review(*plan), year{2027} / 1 / 10);
  EXPECT_FALSE(practice::plan_of_child(*connection, child.id, PlanKind::resettlement));

  practice::add_review(*connection, plan->id,
                       {0, year{2027} / 1 / 10, "Sam, his mum, Amara", "College place confirmed.", year{2027} / 4 / 10, ""},
                       staff_id, "2027-01-10T12:00:00Z");
  plan = practice::plan_of_child(*connection, child.id, PlanKind::intervention);
  ASSERT_EQ(plan->reviews.size(), 1u);
  EXPECT_EQ(plan->reviews[0].recorded_by, "Amara Nwosu");
  EXPECT_EQ(practice::next_plan_review(*plan), year{2027} / 4 / 10);
}

TEST_F(PlansStore, AnObjectiveOwnedByStaffMustNameThem) {
  auto connection = test_.database().acquire();
  practice::Objective objective;
  objective.need_area = "accommodation";
  objective.worker_words = "Somewhere settled to live.";
  objective.owner = {OwnerKind::staff, std::nullopt, ""};
  objective.review_on = year{2027} / 2 / 1;
  EXPECT_THROW(practice::add_objective(*connection, child.id, PlanKind::intervention, objective, staff_id, "2026-12-01T09:00:00Z"),
               store::StoreError);
}

TEST_F(PlansStore, ObjectivesMayBeGivenToTheStaffWorkingWithTheChild) {
  auto connection = test_.database().acquire();
  auto other = access::add_staff_member(*connection, {.username = "bostone", .display_name = "Bo Stone",
                                                      .role = access::Role::case_manager,
                                                      .password = "correct horse battery staple"});
  ASSERT_TRUE(other.ok()) << other.error().message;
  auto owners = practice::objective_owners(*connection, child.id, staff_id);
  ASSERT_EQ(owners.size(), 1u);  // the one writing; Bo neither works with Sam nor holds his case
  EXPECT_EQ(owners[0].name, "Amara Nwosu");
  connection->execute(
      "INSERT INTO case_workers (child_id, staff_id, case_role, started_at, allocated_by) VALUES (?, ?, 'co_worker', ?, ?)",
      {child.id, other.value().id, std::string("2026-11-01T00:00:00Z"), std::string("tester")});
  owners = practice::objective_owners(*connection, child.id, staff_id);
  ASSERT_EQ(owners.size(), 2u);
  EXPECT_EQ(owners[1].name, "Bo Stone");
}

}  // namespace
}  // namespace pathway
