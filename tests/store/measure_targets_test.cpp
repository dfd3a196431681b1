// Targets for the headline measures in the store, on both backends: set, replaced, read
// back as the decimal typed, a scope's own target before the service's, removed.
#include <gtest/gtest.h>

#include "access/staff.h"
#include "measures/measure_catalogue.h"
#include "measures/measure_targets.h"
#include "test_database.h"

namespace pathway {
namespace {

using measures::ScopeKind;

class MeasureTargetsStore : public ::testing::Test {
 protected:
  void SetUp() override {
    auto connection = test_.database().acquire();
    auto added = access::add_staff_member(*connection, {.username = "tom", .display_name = "Tom Whitfield",
                                                        .role = access::Role::manager,
                                                        .password = "correct horse battery staple"});
    ASSERT_TRUE(added.ok()) << added.error().message;
    manager = added.value().id;
  }

  testing::TestDatabase test_;
  std::int64_t manager = 0;
};

TEST_F(MeasureTargetsStore, ATargetIsReadBackAsSetAndReplacedWhenSetAgain) {
  auto connection = test_.database().acquire();
  measures::save_target(*connection, {"custody.percent_of_court_disposals", ScopeKind::service, "", 3.5}, manager);
  measures::save_target(*connection, {"reoffending.binary_rate", ScopeKind::service, "", 31.0}, manager);
  measures::save_target(*connection, {"reoffending.binary_rate", ScopeKind::service, "", 30.25}, manager);
  auto targets = measures::load_targets(*connection);
  ASSERT_EQ(targets.size(), 2u);
  EXPECT_EQ(targets[0].measure_key, "custody.percent_of_court_disposals");
  EXPECT_DOUBLE_EQ(targets[0].value, 3.5);
  EXPECT_EQ(targets[1].measure_key, "reoffending.binary_rate");
  EXPECT_DOUBLE_EQ(targets[1].value, 30.25);
  auto stored = connection->query_one("SELECT target_value, set_by FROM measure_targets WHERE measure_key = ?",
                                      {std::string("custody.percent_of_court_disposals")});
  EXPECT_EQ(stored->text(0), "3.5");
  EXPECT_EQ(stored->integer(1), manager);
}

TEST_F(MeasureTargetsStore, AScopesOwnTargetComesBeforeTheServicesAndRemovingItFallsBack) {
  auto connection = test_.database().acquire();
  const std::string key = "remands.percent_youth_detention";
  measures::save_target(*connection, {key, ScopeKind::service, "", 7.5}, manager);
  measures::save_target(*connection, {key, ScopeKind::district, "THANET", 10}, manager);
  measures::save_target(*connection, {key, ScopeKind::team, "NORTH", 5}, manager);
  auto targets = measures::load_targets(*connection);
  EXPECT_EQ(measures::target_for(targets, key, ScopeKind::district, "THANET"), 10.0);
  EXPECT_EQ(measures::target_for(targets, key, ScopeKind::district, "MAIDSTONE"), 7.5);
  EXPECT_EQ(measures::target_for(targets, key, ScopeKind::team, "NORTH"), 5.0);
  // A district and a team with the same code are different scopes.
  EXPECT_EQ(measures::target_for(targets, key, ScopeKind::area, "THANET"), 7.5);
  EXPECT_EQ(measures::target_for(targets, key, ScopeKind::service, ""), 7.5);
  EXPECT_EQ(measures::target_for(targets, "ete.percent_suitable", ScopeKind::service, ""), std::nullopt);

  measures::remove_target(*connection, key, ScopeKind::district, "THANET");
  targets = measures::load_targets(*connection);
  EXPECT_EQ(measures::target_for(targets, key, ScopeKind::district, "THANET"), 7.5);
  measures::remove_target(*connection, key, ScopeKind::service, "");
  targets = measures::load_targets(*connection);
  EXPECT_EQ(measures::target_for(targets, key, ScopeKind::district, "THANET"), std::nullopt);
  EXPECT_EQ(measures::target_for(targets, key, ScopeKind::team, "NORTH"), 5.0);
}

TEST_F(MeasureTargetsStore, TheServicesTargetIgnoresAnyCodeGiven) {
  auto connection = test_.database().acquire();
  measures::save_target(*connection, {"custody.rate_per_1000", ScopeKind::service, "ignored", 0.4}, manager);
  auto targets = measures::load_targets(*connection);
  ASSERT_EQ(targets.size(), 1u);
  EXPECT_EQ(targets[0].scope_code, "");
}

}  // namespace
}  // namespace pathway
