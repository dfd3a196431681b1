#include "children/child_repository.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "reference/geography.h"
#include "store/migrations.h"
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

TEST_F(ChildRepository, SearchIgnoresApostrophesHyphensDotsAndSpacesInNames) {
  add(child("Zoë", "O'Brien"));
  add(child("Éabha", "O’Neill"));
  add(child("Anne-Marie", "Doyle"));
  add(child("Annemarie", "Kowalski"));
  add(child("Anne Marie", "Hughes"));
  add(child("Hamish", "McDonald"));
  add(child("Ross", "Mc Donald"));
  add(child("Tobias", "St. John"));
  add(child("Ellis", "St John"));
  add(child("Imogen", "St-John"));
  add(child("Callum", "Brown"));
  auto connection = test_.database().acquire();
  const std::vector<std::pair<std::string, std::int64_t>> searches = {
      {"zoe obrien", 1}, {"obrien", 1},    {"o'brien", 1},   {"O’Brien", 1},     {"o brien", 1},
      {"oneill", 1},     {"o'neill", 1},   {"eabha oneill", 1}, {"oneill eabha", 1},
      {"anne marie", 3}, {"annemarie", 3}, {"anne-marie", 3}, {"mc donald", 2},  {"mcdonald", 2},
      {"mc-donald", 2},  {"st john", 3},   {"st. john", 3},  {"st-john", 3},     {"stjohn", 3},
      {"st.john", 3},
  };
  for (const auto& [search, expected] : searches) {
    EXPECT_EQ(children::search_children(*connection, {search}).total, expected) << search;
  }
}

TEST_F(ChildRepository, SearchListsExactMatchesThenNamesThatBeginWithItThenTheRest) {
  add(child("Ava", "Lewis"));
  add(child("Oscar", "Wisbey"));
  add(child("Lena", "Wiśniewski"));
  add(child("Amelia", "Dewis"));
  add(child("Wis", "Zimmer"));
  add(child("Noah", "Wis"));
  auto connection = test_.database().acquire();
  std::vector<std::string> order;
  for (const auto& found : children::search_children(*connection, {"wis"}).children) {
    order.push_back(found.child.details.family_name);
  }
  // Exact (family, then given name "Wis"), begins with, the rest: each by family name.
  EXPECT_EQ(order, (std::vector<std::string>{"Wis", "Zimmer", "Wisbey", "Wiśniewski", "Dewis", "Lewis"}));

  add(child("Zoe", "Obrien-Smith"));
  add(child("Zoë", "O'Brien"));
  add(child("Chloe", "Zoelle"));
  order.clear();
  for (const auto& found : children::search_children(*connection, {"zoe obrien"}).children) {
    order.push_back(found.child.details.family_name);
  }
  EXPECT_EQ(order, (std::vector<std::string>{"O'Brien", "Obrien-Smith"}));
  order.clear();
  for (const auto& found : children::search_children(*connection, {"obrien zoe"}).children) {
    order.push_back(found.child.details.family_name);
  }
  EXPECT_EQ(order, (std::vector<std::string>{"O'Brien", "Obrien-Smith"}));
}

TEST_F(ChildRepository, RanksAcrossPagesBeforeCutting) {
  for (int i = 0; i < 30; ++i) add(child("Child" + std::to_string(i), "Alewis" + std::to_string(100 + i)));
  add(child("Lewis", "Zed"));
  auto connection = test_.database().acquire();
  auto first = children::search_children(*connection, {"lewis", std::nullopt, 1, 25});
  EXPECT_EQ(first.total, 31);
  EXPECT_EQ(first.children.front().child.details.given_name, "Lewis");
}

TEST_F(ChildRepository, DuplicateCheckCatchesTheUsualMistakes) {
  auto sean = add(child("Sean", "Byrne", year{2011} / 3 / 12));
  auto anne = add(child("Anne-Marie", "O'Neill", year{2010} / 7 / 27));
  add(child("Priya", "Patel", year{2011} / 3 / 12));  // same date, different name
  add(child("Sean", "Byrne", year{2008} / 1 / 1));    // same name, unrelated date
  auto connection = test_.database().acquire();
  auto finds = [&](const ChildDetails& entered, const children::Child& held) {
    auto similar = children::possible_duplicates(*connection, entered);
    return similar.size() == 1 && similar[0].child.public_id == held.public_id;
  };
  EXPECT_TRUE(finds(child("Byrne", "Sean", year{2011} / 3 / 12), sean));      // names swapped
  EXPECT_TRUE(finds(child("Sean", "Byrne", year{2011} / 12 / 3), sean));      // day and month swapped
  EXPECT_TRUE(finds(child("Sean", "Byrne", year{2011} / 3 / 21), sean));      // 12 typed 21
  EXPECT_TRUE(finds(child("Sean", "Byrne", year{2101} / 3 / 12), sean));      // 2011 typed 2101
  EXPECT_TRUE(finds(child("Sean", "Byne", year{2011} / 3 / 12), sean));       // letter missed
  EXPECT_TRUE(finds(child("Seann", "Byrne", year{2011} / 3 / 12), sean));     // letter doubled
  EXPECT_TRUE(finds(child("Annemarie", "ONeill", year{2010} / 7 / 27), anne));  // punctuation
  EXPECT_TRUE(finds(child("Anne Marie", "O Neill", year{2010} / 7 / 27), anne));
  EXPECT_TRUE(finds(child("O'Neill", "Anne-Marie", year{2010} / 7 / 27), anne));
  // A date a slip away needs nearly the whole name: not every namesake's sibling.
  EXPECT_TRUE(children::possible_duplicates(*connection, child("Sean", "Patel", year{2011} / 12 / 3)).empty());
  EXPECT_TRUE(children::possible_duplicates(*connection, child("Priya", "Byrne", year{2011} / 3 / 21)).empty());
}

TEST_F(ChildRepository, MigrationFiveRewritesTheSearchKeysOfExistingChildren) {
  add(child("Zoë", "O'Brien"));
  auto connection = test_.database().acquire();
  // The keys as versions before 5 stored them.
  connection->execute("UPDATE children SET search_name = 'zoe o''brien', sort_key = 'o''brien' || ? || 'zoe'",
                      {std::string("\x1f")});
  EXPECT_EQ(children::search_children(*connection, {"obrien"}).total, 0);
  // Run migration 5's step as migrate() does (deleting its history row would not make
  // migrate() run it again once later versions are applied).
  auto five = std::ranges::find(store::migrations(), 5, &store::Migration::version);
  ASSERT_NE(five, store::migrations().end());
  ASSERT_TRUE(five->then);
  five->then(*connection);
  EXPECT_EQ(children::search_children(*connection, {"zoe obrien"}).total, 1);
  auto keys = connection->query_one("SELECT search_name, sort_key FROM children");
  EXPECT_EQ(keys->text(0), "zoe obrien");
  EXPECT_EQ(keys->text(1), std::string("obrien\x1fzoe"));
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

// The store keeps only details that pass the shared rules, whoever calls it: a year before
// 1900 once came back as 0000-00-00 and could not be exported and imported again.
TEST_F(ChildRepository, RefusesDetailsThatBreakTheRulesWhoeverTheCaller) {
  std::vector<ChildDetails> invalid = {
      child("\xC2\xA0", "Khan"),                    // only a no-break space
      child("Amir", "Kh\xE2\x80\xAE" "an"),         // a right-to-left override
      child("Amir\tAli", "Khan"),
      child("Amir", "Khan", year{1899} / 12 / 31),
      child("Amir", "Khan", year{0} / 1 / 1),
      child("Amir", "Khan", Date{}),
      child("Amir", "Khan", year{2999} / 1 / 1),     // in the future
  };
  invalid.push_back(child("Amir", "Khan"));
  invalid.back().ethnicity = "WHITE";
  auto connection = test_.database().acquire();
  for (const auto& details : invalid) {
    EXPECT_THROW(children::create_child(*connection, details, "tester"), children::InvalidChildDetails)
        << details.given_name << " " << to_iso(details.date_of_birth);
  }
  EXPECT_EQ(children::count_children(*connection), 0);

  auto created = add(child("Amir", "Khan"));
  for (const auto& details : invalid) {
    EXPECT_THROW(children::update_child(*connection, created.public_id, 1, details, "editor"),
                 children::InvalidChildDetails);
  }
  EXPECT_EQ(children::find_child(*connection, created.public_id)->child.details, child("Amir", "Khan"));
  EXPECT_EQ(children::child_history(*connection, created.id).size(), 6u);  // version 1 only
}

TEST_F(ChildRepository, DistrictNamesFollowTheSameRule) {
  auto connection = test_.database().acquire();
  EXPECT_THROW(reference::add_district(*connection, {"DOVER", "\xE2\x80\x8B", "EAST", "East Kent"}),
               std::invalid_argument);
  EXPECT_THROW(reference::add_district(*connection, {"DOVER", "Dover", "EAST", "East\tKent"}), std::invalid_argument);
  EXPECT_FALSE(reference::find_district(*connection, "DOVER"));
}

}  // namespace
}  // namespace pathway
