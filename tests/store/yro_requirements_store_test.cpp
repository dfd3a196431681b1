// A youth rehabilitation order's requirements and their progress in the store, on both
// backends: each kind once per order, read back in the order of Sch. 6 with its progress;
// the ISS pilot's districts as the administrator names them.
#include <gtest/gtest.h>

#include "children/child_repository.h"
#include "justice/offences.h"
#include "justice/outcomes.h"
#include "justice/requirements.h"
#include "reference/geography.h"
#include "reference/iss_pilot_districts.h"
#include "store/transaction.h"
#include "test_database.h"

namespace pathway {
namespace {

using namespace std::chrono;
using justice::AmountUnit;
using justice::RequirementKind;

class YroRequirementsStore : public ::testing::Test {
 protected:
  void SetUp() override {
    auto connection = test_.database().acquire();
    reference::add_district(*connection, {"MAIDSTONE", "Maidstone", "WEST", "West Kent"});
    reference::add_district(*connection, {"THANET", "Thanet", "EAST", "East Kent"});
    auto added = access::add_staff_member(*connection, {.username = "amara", .display_name = "Amara Nwosu",
                                                        .role = access::Role::case_manager,
                                                        .password = "correct horse battery staple"});
    ASSERT_TRUE(added.ok()) << added.error().message;
    staff_id = added.value().id;
    child = children::create_child(*connection,
                                   {"Sam", "Ward", year{2007} / 3 / 27, children::Sex::male, "WBRI", "MAIDSTONE",
                                    children::LookedAfter::unknown},
                                   "tester");
    std::int64_t offence = justice::create_offence(*connection, child.id, {year{2023} / 5 / 1, "robbery", 5, ""}, {});
    justice::OutcomeDetails details;
    details.outcome_date = year{2023} / 6 / 1;
    details.outcome_type = "youth_rehabilitation_order";
    details.offence_ids = {offence};
    details.length_months = 12;
    outcome_id = justice::create_outcome(*connection, child.id, details);
  }

  testing::TestDatabase test_;
  std::int64_t staff_id = 0;
  children::Child child;
  std::int64_t outcome_id = 0;
};

TEST_F(YroRequirementsStore, RequirementsComeBackInScheduleOrderWithTheirProgress) {
  auto connection = test_.database().acquire();
  justice::Requirement curfew{RequirementKind::curfew, std::nullopt, AmountUnit::none, year{2023} / 6 / 1,
                              year{2023} / 8 / 31, {8, 8, 8, 8, 8, 0, 0}};
  justice::Requirement unpaid{RequirementKind::unpaid_work, 120, AmountUnit::hours, year{2023} / 6 / 5,
                              std::nullopt, {}};
  std::int64_t curfew_id = justice::add_requirement(*connection, outcome_id, curfew);
  std::int64_t unpaid_id = justice::add_requirement(*connection, outcome_id, unpaid);
  justice::record_progress(*connection, unpaid_id, {year{2023} / 7 / 1, 6}, "Charity shop", staff_id);
  justice::record_progress(*connection, unpaid_id, {year{2023} / 6 / 10, 7}, "", staff_id);

  auto found = justice::requirements_of_order(*connection, outcome_id);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].id, unpaid_id) << "unpaid work comes before curfew in Sch. 6";
  EXPECT_EQ(found[0].requirement.amount.value_or(0), 120);
  EXPECT_EQ(found[0].requirement.unit, AmountUnit::hours);
  EXPECT_FALSE(found[0].requirement.ends_on);
  ASSERT_EQ(found[0].progress.size(), 2u);
  EXPECT_EQ(found[0].progress[0].entry.done_on, year{2023} / 6 / 10) << "oldest first";
  EXPECT_EQ(found[0].progress[0].note, "");
  EXPECT_EQ(found[0].progress[1].note, "Charity shop");
  EXPECT_EQ(found[0].progress[1].recorded_by, "Amara Nwosu");
  EXPECT_EQ(justice::amount_done(found[0].entries()), 13);
  EXPECT_EQ(found[1].id, curfew_id);
  EXPECT_EQ(found[1].requirement.curfew_hours, (std::vector<int>{8, 8, 8, 8, 8, 0, 0}));
  EXPECT_EQ(found[1].requirement.ends_on.value_or(Date{}), year{2023} / 8 / 31);
}

TEST_F(YroRequirementsStore, EachKindOncePerOrder) {
  auto connection = test_.database().acquire();
  justice::Requirement supervision{RequirementKind::supervision, std::nullopt, AmountUnit::none, year{2023} / 6 / 1,
                                   std::nullopt, {}};
  justice::add_requirement(*connection, outcome_id, supervision);
  EXPECT_THROW(justice::add_requirement(*connection, outcome_id, supervision), store::UniqueViolation);
}

TEST_F(YroRequirementsStore, AnOutcomeIsFoundOnlyOnItsOwnChildsRecord) {
  auto connection = test_.database().acquire();
  auto other = children::create_child(*connection,
                                      {"Ann", "Other", year{2008} / 1 / 2, children::Sex::female, "WBRI", "THANET",
                                       children::LookedAfter::unknown},
                                      "tester");
  ASSERT_TRUE(justice::find_child_outcome(*connection, child.id, outcome_id));
  EXPECT_FALSE(justice::find_child_outcome(*connection, other.id, outcome_id));
  EXPECT_FALSE(justice::find_child_outcome(*connection, child.id, outcome_id + 1000));
}

TEST_F(YroRequirementsStore, TheIssPilotDistrictsAreTheAdministratorsKnownDistricts) {
  auto connection = test_.database().acquire();
  EXPECT_EQ(reference::iss_pilot_districts(*connection), std::vector<std::string>{}) << "none by default";
  reference::set_iss_pilot_districts(*connection, {"THANET", "MAIDSTONE"});
  EXPECT_EQ(reference::iss_pilot_districts(*connection), (std::vector<std::string>{"MAIDSTONE", "THANET"}));
  connection->execute("UPDATE service_settings SET value = 'THANET,GONE' WHERE name = 'iss_pilot_districts'");
  EXPECT_EQ(reference::iss_pilot_districts(*connection), std::vector<std::string>{"THANET"});
  reference::set_iss_pilot_districts(*connection, {});
  EXPECT_EQ(reference::iss_pilot_districts(*connection), std::vector<std::string>{});
}

}  // namespace
}  // namespace pathway
