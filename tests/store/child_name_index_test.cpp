// The name index and the kept count of schema version 17 (docs/decisions/0012), on both
// backends: every write of a child keeps them in step, a search is partial and ignores
// accents and punctuation whatever the length of its words, and restricted records stay
// hidden from those not named on them.
#include <gtest/gtest.h>

#include "access/accounts.h"
#include "access/restricted_records.h"
#include "children/child_repository.h"
#include "reference/geography.h"
#include "store/migrations.h"
#include "store/transaction.h"
#include "test_database.h"

namespace pathway {
namespace {

using namespace std::chrono;
using children::ChildDetails;

class ChildNameIndex : public ::testing::Test {
 protected:
  void SetUp() override { reference::add_district(connection(), {"MAIDSTONE", "Maidstone", "WEST", "West Kent"}); }

  store::Connection& connection() {
    if (!connection_) connection_.emplace(test_.database().acquire());
    return **connection_;
  }

  static ChildDetails child(std::string given, std::string family) {
    return {std::move(given), std::move(family), year{2011} / 3 / 27, children::Sex::male, "WBRI", "MAIDSTONE",
            children::LookedAfter::unknown};
  }

  children::Child add(const std::string& given, const std::string& family) {
    return children::create_child(connection(), child(given, family), "tester");
  }

  std::vector<std::string> found(const std::string& name, const access::StaffMember* viewer = nullptr) {
    std::vector<std::string> names;
    children::ChildSearch search{name};
    search.viewer = viewer;
    for (const auto& summary : children::search_children(connection(), search).children) {
      names.push_back(summary.child.details.given_name + " " + summary.child.details.family_name);
    }
    return names;
  }

  std::int64_t total(const std::string& name, const access::StaffMember* viewer = nullptr) {
    children::ChildSearch search{name};
    search.viewer = viewer;
    return children::search_children(connection(), search).total;
  }

  std::int64_t rows_in_table() { return connection().query_one("SELECT COUNT(*) FROM children")->integer(0); }

  testing::TestDatabase test_;
  std::optional<store::Database::Handle> connection_;
};

using Names = std::vector<std::string>;

TEST_F(ChildNameIndex, FindsAnyPartOfANameWithoutAccentsOrPunctuation) {
  add("Zoë", "O'Brien");
  add("Anne-Marie", "Ó Súilleabháin");
  add("Siobhán", "Nic Giolla Phádraig");
  add("Łukasz", "Wiśniewski");
  add("Callum", "Brown");
  EXPECT_EQ(found("brie"), Names{"Zoë O'Brien"});
  EXPECT_EQ(found("o'bri"), Names{"Zoë O'Brien"});
  EXPECT_EQ(found("ZOE"), Names{"Zoë O'Brien"});
  EXPECT_EQ(found("annemarie"), Names{"Anne-Marie Ó Súilleabháin"});
  EXPECT_EQ(found("anne-mar suilleab"), Names{"Anne-Marie Ó Súilleabháin"});
  EXPECT_EQ(found("giollaphad"), Names{"Siobhán Nic Giolla Phádraig"});
  EXPECT_EQ(found("lukasz wisn"), Names{"Łukasz Wiśniewski"});
  EXPECT_EQ(found("śnie"), Names{"Łukasz Wiśniewski"});
  EXPECT_EQ(found("callum brownx"), Names{});
}

// Words too short for the index (one or two letters) still match any part of a name, alone
// or beside a longer word.
TEST_F(ChildNameIndex, ShortWordsMatchAnyPartOfANameToo) {
  add("Zoë", "O'Brien");
  add("Jo", "Adams");
  add("Joe", "Zephyr");
  add("Amir", "Khan");
  EXPECT_EQ(found("jo"), (Names{"Jo Adams", "Joe Zephyr"}));
  EXPECT_EQ(found("oe"), (Names{"Zoë O'Brien", "Joe Zephyr"}));
  EXPECT_EQ(found("z"), (Names{"Zoë O'Brien", "Joe Zephyr"}));
  EXPECT_EQ(found("o'"), (Names{"Zoë O'Brien", "Jo Adams", "Joe Zephyr"}));
  EXPECT_EQ(found("jo zeph"), Names{"Joe Zephyr"});
  EXPECT_EQ(found("adams j"), Names{"Jo Adams"});
  EXPECT_EQ(found("kh a"), Names{"Amir Khan"});
}

// Every write of a child keeps the index in step: a corrected name is found by its new
// spelling only, in the same transaction as the correction.
TEST_F(ChildNameIndex, ACorrectedNameIsFoundByItsNewSpellingOnly) {
  auto zoe = add("Zoe", "Obrien");
  ASSERT_TRUE(children::update_child(connection(), zoe.public_id, zoe.version, child("Zoë", "Okonkwo"), "tester").ok());
  EXPECT_EQ(found("obrien"), Names{});
  EXPECT_EQ(found("okonk"), Names{"Zoë Okonkwo"});
  // A correction of something other than the name leaves the index as it was.
  auto details = child("Zoë", "Okonkwo");
  details.looked_after = children::LookedAfter::yes;
  ASSERT_TRUE(children::update_child(connection(), zoe.public_id, zoe.version + 1, details, "tester").ok());
  EXPECT_EQ(found("okonk"), Names{"Zoë Okonkwo"});
}

TEST_F(ChildNameIndex, RestrictedRecordsStayHiddenFromThoseNotNamedOnThem) {
  auto owner = access::add_staff_member(connection(), {"owner", "Owner", access::Role::case_manager,
                                                       "a long enough pass phrase"}).value();
  auto other = access::add_staff_member(connection(), {"other", "Other", access::Role::case_manager,
                                                       "a long enough pass phrase"}).value();
  auto hidden = add("Zoë", "O'Brien");
  add("Zoe", "Obrien-Smith");
  ASSERT_TRUE(access::restrict_record(connection(), hidden.id, owner, {}).ok());
  EXPECT_EQ(found("obrien", &other), Names{"Zoe Obrien-Smith"});
  EXPECT_EQ(total("obrien", &other), 1);
  EXPECT_EQ(total("", &other), 1);
  EXPECT_EQ(found("o", &other), Names{"Zoe Obrien-Smith"});
  EXPECT_EQ(total("obrien", &owner), 2);
  EXPECT_EQ(total("", &owner), 2);
}

// The list's total is kept by the database in the writing transaction: exact after every
// insert, whoever made it, and after a transaction that rolled back.
TEST_F(ChildNameIndex, TheKeptCountIsExactAfterEveryWrite) {
  EXPECT_EQ(children::count_children(connection()), 0);
  add("Amir", "Khan");
  auto other_server = store::open_database(test_.path(), 1);
  children::create_child(*other_server->acquire(), child("Bilal", "Khan"), "tester");
  EXPECT_EQ(children::count_children(connection()), 2);
  {
    store::Transaction abandoned(connection());
    add("Chloe", "Adams");
    EXPECT_EQ(children::count_children(connection()), 3);
  }
  EXPECT_EQ(children::count_children(connection()), rows_in_table());
  EXPECT_EQ(children::count_children(connection()), 2);
  EXPECT_EQ(total(""), 2);
}

TEST_F(ChildNameIndex, TheMigrationIndexesAndCountsTheChildrenAlreadyThere) {
  testing::TestDatabase earlier(testing::TestDatabase::Schema::empty);
  store::migrate(earlier.database(), 15);
  {
    auto connection = earlier.database().acquire();
    reference::add_district(*connection, {"MAIDSTONE", "Maidstone", "WEST", "West Kent"});
    children::create_child(*connection, child("Zoë", "O'Brien"), "tester");
    children::create_child(*connection, child("Amir", "Khan"), "tester");
  }
  store::migrate(earlier.database());
  auto connection = earlier.database().acquire();
  EXPECT_EQ(children::count_children(*connection), 2);
  EXPECT_EQ(children::search_children(*connection, {"brie"}).total, 1);
  EXPECT_EQ(children::search_children(*connection, {"khan"}).total, 1);
}

// The class of fault this index fixes: a name search that reads every child.
TEST_F(ChildNameIndex, ANameSearchReadsTheIndexNotEveryChild) {
  if (connection().backend() != store::Backend::sqlite) GTEST_SKIP() << "PostgreSQL chooses its plan by table size";
  std::string plan;
  for (const auto& row : connection().query(
           "EXPLAIN QUERY PLAN SELECT c.id FROM children c WHERE c.id IN"
           " (SELECT rowid FROM children_names WHERE children_names MATCH '\"brie\"')",
           {})) {
    plan += row.text(row.size() - 1) + "\n";
  }
  EXPECT_NE(plan.find("VIRTUAL TABLE"), std::string::npos) << plan;
  EXPECT_NE(plan.find("SEARCH c USING INTEGER PRIMARY KEY"), std::string::npos) << plan;
  EXPECT_EQ(plan.find("SCAN c\n"), std::string::npos) << plan;
}

}  // namespace
}  // namespace pathway
