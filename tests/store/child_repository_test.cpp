#include "children/child_repository.h"

#include <gtest/gtest.h>

#include "reference/geography.h"
#include "store/transaction.h"
#include "test_database.h"

namespace pathway {
namespace {

using namespace std::chrono;
using children::ChildDetails;

class ChildRepository : public ::testing::Test {
 protected:
  void SetUp() override {
    auto connection = test_.database().acquire();
    reference::add_district(*connection, {"MAIDSTONE", "Maidstone", "WEST", "West Kent"});
    reference::add_district(*connection, {"THANET", "Thanet", "EAST", "East Kent"});
  }

  ChildDetails child(std::string given, std::string family, Date born = year{2011} / 3 / 27) {
    return {std::move(given), std::move(family), born, children::Sex::male, "WBRI", "MAIDSTONE",
            children::LookedAfter::unknown};
  }

  children::Child add(const ChildDetails& details) {
    auto connection = test_.database().acquire();
    return children::create_child(*connection, details, "tester");
  }

  testing::TestDatabase test_;
};

TEST_F(ChildRepository, CreatesWithARandomPublicIdAndKeepsTheInitialValues) {
  auto created = add(child("Amir", "Khan"));
  EXPECT_EQ(created.public_id.size(), 10u);
  EXPECT_EQ(created.exchange_id, created.public_id);
  auto connection = test_.database().acquire();
  auto found = children::find_child(*connection, created.public_id);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->child.details, child("Amir", "Khan"));
  EXPECT_EQ(found->district_name, "Maidstone");
  auto history = children::child_history(*connection, created.id);
  ASSERT_EQ(history.size(), 6u);  // looked_after unknown is not recorded
  EXPECT_EQ(history[0].field, "given_name");
  EXPECT_FALSE(history[0].old_value);
  EXPECT_EQ(history[0].new_value, "Amir");
}

TEST_F(ChildRepository, SearchIsPartialCaseAndAccentInsensitiveAndSortedByFamilyName) {
  add(child("Zoë", "Ó Súilleabháin"));
  add(child("Chloe", "Adams"));
  add(child("Joe", "Zephyr"));
  add(child("Zoe", "Baker", year{2012} / 1 / 1));
  auto connection = test_.database().acquire();
  auto by_name = children::search_children(*connection, {"ZOE"});
  ASSERT_EQ(by_name.total, 2);
  EXPECT_EQ(by_name.children[0].child.details.family_name, "Baker");
  EXPECT_EQ(by_name.children[1].child.details.family_name, "Ó Súilleabháin");
  EXPECT_EQ(children::search_children(*connection, {"suil zo"}).total, 1);
  EXPECT_EQ(children::search_children(*connection, {"oe"}).total, 4);
  EXPECT_EQ(children::search_children(*connection, {"100%"}).total, 0);
  auto by_date = children::search_children(*connection, {"", Date{year{2012} / 1 / 1}});
  ASSERT_EQ(by_date.total, 1);
  EXPECT_EQ(by_date.children[0].child.details.given_name, "Zoe");
}

TEST_F(ChildRepository, SearchPagesThroughResults) {
  for (int i = 0; i < 30; ++i) add(child("Child", "Family" + std::string(1, static_cast<char>('A' + i % 26)) + std::to_string(i)));
  auto connection = test_.database().acquire();
  auto first = children::search_children(*connection, {"", std::nullopt, 1, 25});
  auto second = children::search_children(*connection, {"", std::nullopt, 2, 25});
  EXPECT_EQ(first.total, 30);
  EXPECT_EQ(first.children.size(), 25u);
  EXPECT_EQ(second.children.size(), 5u);
  EXPECT_LT(first.children.back().child.details.family_name, second.children.front().child.details.family_name);
}

// The list page's total must never be stale: a child added by another server (its own pool
// on the same database) shows in the very next count, filtered or not.
TEST_F(ChildRepository, TotalsSeeAChildAddedThroughAnotherPoolAtOnce) {
  add(child("Amir", "Khan"));
  auto connection = test_.database().acquire();
  EXPECT_EQ(children::search_children(*connection, {""}).total, 1);
  EXPECT_EQ(children::search_children(*connection, {"khan"}).total, 1);
  auto other_server = store::open_database(test_.path(), 1);
  children::create_child(*other_server->acquire(), child("Bilal", "Khan"), "tester");
  EXPECT_EQ(children::search_children(*connection, {""}).total, 2);
  EXPECT_EQ(children::search_children(*connection, {"khan"}).total, 2);
  EXPECT_EQ(children::count_children(*connection), 2);
}

TEST_F(ChildRepository, FindsPossibleDuplicatesBySameBirthDateAndSimilarName) {
  auto existing = add(child("Callum", "Doubleday"));
  add(child("Callum", "Doubleday", year{2010} / 5 / 5));  // different date of birth
  add(child("Priya", "Patel"));                             // same date, different name
  auto connection = test_.database().acquire();
  auto similar = children::possible_duplicates(*connection, child("Calum", "Dubleday"));
  ASSERT_EQ(similar.size(), 1u);
  EXPECT_EQ(similar[0].child.public_id, existing.public_id);
  EXPECT_EQ(children::possible_duplicates(*connection, child("Callum", "Doubleday"), existing.id).size(), 0u);
}

TEST_F(ChildRepository, UpdatesKeepEveryOldValueAndRaiseTheVersion) {
  auto created = add(child("Amir", "Khan"));
  auto connection = test_.database().acquire();
  auto changed = child("Amir", "Khan-Ali");
  changed.district_code = "THANET";
  auto updated = children::update_child(*connection, created.public_id, 1, changed, "editor");
  ASSERT_TRUE(updated.ok());
  EXPECT_EQ(updated->child.version, 2);
  EXPECT_EQ(updated->changed_fields, (std::vector<std::string>{"family_name", "district_code"}));
  auto history = children::child_history(*connection, created.id);
  EXPECT_EQ(history[0].version, 2);
  EXPECT_EQ(history[0].changed_by, "editor");
  EXPECT_EQ(history[0].old_value, "Khan");
  EXPECT_EQ(history[0].new_value, "Khan-Ali");
  EXPECT_EQ(history[1].old_value, "MAIDSTONE");
  EXPECT_EQ(children::search_children(*connection, {"khan-ali"}).total, 1);
}

TEST_F(ChildRepository, RefusesAnUpdateFromAStaleVersion) {
  auto created = add(child("Amir", "Khan"));
  auto connection = test_.database().acquire();
  ASSERT_TRUE(children::update_child(*connection, created.public_id, 1, child("Amir", "First"), "one").ok());
  auto stale = children::update_child(*connection, created.public_id, 1, child("Amir", "Second"), "two");
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().kind, ErrorKind::conflict);
  EXPECT_EQ(children::find_child(*connection, created.public_id)->child.details.family_name, "First");
}

TEST_F(ChildRepository, AnUnchangedSaveRecordsNothing) {
  auto created = add(child("Amir", "Khan"));
  auto connection = test_.database().acquire();
  auto same = children::update_child(*connection, created.public_id, 1, child("Amir", "Khan"), "editor");
  ASSERT_TRUE(same.ok());
  EXPECT_EQ(same->child.version, 1);
  EXPECT_TRUE(same->changed_fields.empty());
}

TEST_F(ChildRepository, KeepsTheAuthorsNameAndTheReasonWithTheVersion) {
  auto created = add(child("Amir", "Khan"));
  auto connection = test_.database().acquire();
  auto changed = child("Amir", "Khan");
  changed.looked_after = children::LookedAfter::yes;
  ASSERT_TRUE(children::update_child(*connection, created.public_id, 1, changed, {"caseworker", "Amara Nwosu"},
                                     "Confirmed with the child's social worker")
                  .ok());
  changed.district_code = "THANET";
  ASSERT_TRUE(children::update_child(*connection, created.public_id, 2, changed, {"caseworker2", "Dan Kowalczyk"}).ok());
  auto history = children::child_history(*connection, created.id);
  ASSERT_EQ(history.size(), 8u);  // 6 initial values (not 'looked after: not known'), then one per correction
  EXPECT_EQ(history[0].version, 3);
  EXPECT_EQ(history[0].changed_by, "caseworker2");
  EXPECT_EQ(history[0].changed_by_name, "Dan Kowalczyk");
  EXPECT_EQ(history[0].reason, std::nullopt) << "no reason given";
  EXPECT_EQ(history[1].version, 2);
  EXPECT_EQ(history[1].changed_by, "caseworker");
  EXPECT_EQ(history[1].changed_by_name, "Amara Nwosu");
  EXPECT_EQ(history[1].reason, "Confirmed with the child's social worker");
  EXPECT_EQ(history.back().changed_by_name, "tester") << "a process is named by its name";
  EXPECT_EQ(history.back().reason, std::nullopt);
}

TEST_F(ChildRepository, AnUnchangedSaveWithAReasonStillRecordsNothing) {
  auto created = add(child("Amir", "Khan"));
  auto connection = test_.database().acquire();
  auto count_changes = [&] { return connection->query_one("SELECT COUNT(*) FROM child_changes")->integer(0); };
  auto before = count_changes();
  auto same = children::update_child(*connection, created.public_id, 1, child("Amir", "Khan"),
                                     {"caseworker", "Amara Nwosu"}, "Checked the birth certificate");
  ASSERT_TRUE(same.ok());
  EXPECT_TRUE(same->changed_fields.empty());
  EXPECT_EQ(count_changes(), before);
  auto saved = children::find_child(*connection, created.public_id);
  EXPECT_EQ(saved->child.version, 1);
  EXPECT_EQ(saved->child.updated_at, created.updated_at);
}

TEST_F(ChildRepository, ConfirmationKeyChangesWithTheDetails) {
  EXPECT_EQ(children::confirmation_key(child("A", "B")), children::confirmation_key(child("A", "B")));
  EXPECT_NE(children::confirmation_key(child("A", "B")), children::confirmation_key(child("A", "C")));
}

}  // namespace
}  // namespace pathway
