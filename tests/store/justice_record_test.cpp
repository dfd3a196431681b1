// A child's offences and outcomes in the store, on both backends: an offence with its
// co-defendants seen from either child's record, as each viewer may see them; correcting
// an offence and its co-defendants; an outcome with the offences it disposes of.
#include <gtest/gtest.h>

#include "children/child_repository.h"
#include "justice/offences.h"
#include "justice/outcomes.h"
#include "reference/geography.h"
#include "store/transaction.h"
#include "test_database.h"

namespace pathway {
namespace {

using access::Role;
using namespace std::chrono;

constexpr std::int64_t now = 1'790'000'000;

class JusticeRecord : public ::testing::Test {
 protected:
  void SetUp() override {
    auto connection = test_.database().acquire();
    reference::add_district(*connection, {"MAIDSTONE", "Maidstone", "WEST", "West Kent"});
    reference::add_district(*connection, {"THANET", "Thanet", "EAST", "East Kent"});
    connection->execute("INSERT INTO teams (code, name) VALUES ('WEST_UNIT', 'West unit'), ('EAST_UNIT', 'East unit')");
    amara = staff("amara", "WEST_UNIT");
    erin = staff("erin", "EAST_UNIT");
    west = child("Westley", "WEST_UNIT");
    east = child("Easton", "EAST_UNIT");
  }

  access::StaffMember staff(const std::string& username, const std::string& team) {
    auto connection = test_.database().acquire();
    auto added = access::add_staff_member(*connection, {.username = username, .display_name = username,
                                                        .role = Role::case_manager,
                                                        .password = "correct horse battery staple", .team_code = team});
    EXPECT_TRUE(added.ok()) << added.error().message;
    return added.value();
  }

  children::Child child(const std::string& family, const std::string& team) {
    auto connection = test_.database().acquire();
    return children::create_child(*connection,
                                  {"Sam", family, year{2009} / 3 / 27, children::Sex::male, "WBRI", "MAIDSTONE",
                                   children::LookedAfter::unknown},
                                  "tester", std::nullopt, team);
  }

  testing::TestDatabase test_;
  access::StaffMember amara, erin;
  children::Child west, east;
};

TEST_F(JusticeRecord, AnOffenceNamesItsCoDefendantsAndEachRecordShowsTheOther) {
  auto connection = test_.database().acquire();
  std::int64_t id = justice::create_offence(*connection, west.id,
                                            {year{2024} / 3 / 27, "robbery", 5, "A phone"}, {east.id, east.id});
  auto mine = justice::offences_of_child(*connection, west.id, {amara, now});
  ASSERT_EQ(mine.size(), 1u);
  EXPECT_EQ(mine[0].id, id);
  EXPECT_EQ(mine[0].details.category, "robbery");
  EXPECT_EQ(mine[0].details.gravity, 5);
  EXPECT_EQ(mine[0].details.description, "A phone");
  EXPECT_FALSE(mine[0].disposed);
  EXPECT_EQ(mine[0].exchange_id.size(), 10u);
  ASSERT_EQ(mine[0].codefendants.size(), 1u) << "named once";
  EXPECT_EQ(mine[0].codefendants[0].public_id, east.public_id);
  EXPECT_FALSE(mine[0].codefendants[0].may_open) << "another team's child does not open to Amara";
  EXPECT_TRUE(mine[0].codefendants[0].may_list);

  auto back = justice::offences_naming_child(*connection, east.id, {erin, now});
  ASSERT_EQ(back.size(), 1u);
  EXPECT_EQ(back[0].offence_id, id);
  EXPECT_EQ(back[0].child.public_id, west.public_id);
  EXPECT_EQ(back[0].child.full_name, "Sam Westley");
  EXPECT_FALSE(back[0].child.may_open);
  EXPECT_TRUE(justice::offences_naming_child(*connection, west.id, {erin, now}).empty());
  EXPECT_TRUE(justice::offences_of_child(*connection, east.id, {erin, now}).empty());
}

TEST_F(JusticeRecord, CorrectingAnOffenceSavesOnlyWhatChanged) {
  auto connection = test_.database().acquire();
  std::int64_t id = justice::create_offence(*connection, west.id, {year{2024} / 3 / 27, "robbery", 5, ""}, {east.id});
  auto before = *justice::find_offence(*connection, west.id, id, {amara, now});
  EXPECT_TRUE(justice::update_offence(*connection, west.id, before, before.details, {east.id}, {"tester"}).empty());
  auto changed = justice::update_offence(*connection, west.id, before, {year{2024} / 3 / 28, "robbery", 6, "Two phones"}, {},
                                         {"tester"});
  EXPECT_EQ(changed, (std::vector<std::string>{"offence_date", "gravity", "description", "codefendants"}));
  auto after = *justice::find_offence(*connection, west.id, id, {amara, now});
  EXPECT_EQ(after.details.offence_date, year{2024} / 3 / 28);
  EXPECT_EQ(after.details.description, "Two phones");
  EXPECT_TRUE(after.codefendants.empty());
  EXPECT_FALSE(justice::find_offence(*connection, east.id, id, {erin, now})) << "not under another child";
}

TEST_F(JusticeRecord, AnOutcomeKeepsTheOffencesItDisposesOf) {
  auto connection = test_.database().acquire();
  std::int64_t first = justice::create_offence(*connection, west.id, {year{2022} / 9 / 1, "theft_and_handling", 3, ""}, {});
  std::int64_t second = justice::create_offence(*connection, west.id, {year{2022} / 10 / 1, "burglary", 4, ""}, {});
  std::int64_t third = justice::create_offence(*connection, west.id, {year{2023} / 1 / 5, "arson", 6, ""}, {});
  {
    store::Transaction transaction(*connection);
    justice::create_outcome(*connection, west.id,
                            {year{2023} / 2 / 1, "detention_and_training_order", {second, first}, year{2023} / 2 / 1,
                             std::nullopt, 7, "ongoing", "", ""});
    transaction.commit();
  }
  auto outcomes = justice::outcomes_of_child(*connection, west.id);
  ASSERT_EQ(outcomes.size(), 1u);
  const auto& details = outcomes[0].details;
  EXPECT_EQ(details.outcome_type, "detention_and_training_order");
  EXPECT_EQ(details.offence_ids, (std::vector<std::int64_t>{first, second}));
  EXPECT_EQ(details.start_date, year{2023} / 2 / 1);
  EXPECT_FALSE(details.end_date);
  EXPECT_EQ(details.length_months, 7);
  EXPECT_EQ(details.completion, "ongoing");
  EXPECT_EQ(details.end_ete, "");
  std::vector<bool> disposed;
  for (const auto& offence : justice::offences_of_child(*connection, west.id, {amara, now})) {
    disposed.push_back(offence.disposed);
  }
  EXPECT_EQ(disposed, (std::vector<bool>{false, true, true})) << "newest first: " << third;
  EXPECT_TRUE(justice::outcomes_of_child(*connection, east.id).empty());
}

TEST_F(JusticeRecord, ChildrenAreFoundByPublicIdAsTheViewerSeesThem) {
  auto connection = test_.database().acquire();
  auto found = justice::children_by_public_id(*connection, {east.public_id, west.public_id, "NOSUCHCHILD"}, {amara, now});
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].public_id, east.public_id) << "by name: Easton before Westley";
  EXPECT_FALSE(found[0].may_open);
  EXPECT_TRUE(found[1].may_open);
  connection->execute("UPDATE children SET restricted = 1 WHERE id = ?", {east.id});
  found = justice::children_by_public_id(*connection, {east.public_id}, {amara, now});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_FALSE(found[0].may_list) << "a restricted record Amara is not named on";
}

}  // namespace
}  // namespace pathway
