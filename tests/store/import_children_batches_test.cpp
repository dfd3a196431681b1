// An import saves children many to a statement (children/new_children.h): each child must
// still be exactly what create_child saves, whichever statement it went in, the justice
// records naming children of every statement must find them, and the database must go on
// numbering new children after the imported ones (PostgreSQL's identity moved past them).
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <variant>

#include "children/child_repository.h"
#include "core/clock.h"
#include "demo/demo_parts.h"
#include "exchange/csv.h"
#include "exchange/exchange.h"
#include "store/batched_insert.h"
#include "temporary_folder.h"
#include "test_database.h"

namespace pathway {
namespace {

// More than two full statements and a part of one (the offences below name the first child,
// the last of the first statement and the last child).
constexpr std::size_t child_count = 2 * store::BatchedInsert::rows_per_statement + 7;

std::vector<std::string> all_rows(store::Database& database, const std::string& sql) {
  std::vector<std::string> rows;
  for (const auto& row : database.acquire()->query(sql, {})) {
    std::string text;
    for (std::size_t column = 0; column < row.size(); ++column) {
      const auto& value = row.value(column);
      if (row.is_null(column)) text += "NULL";
      else if (const auto* number = std::get_if<std::int64_t>(&value)) text += std::to_string(*number);
      else text += row.text(column);
      text += " | ";
    }
    rows.push_back(std::move(text));
  }
  return rows;
}

// Each child as stored, but for the public id (random) and times: by exchange id.
const std::string children_sql =
    "SELECT exchange_id, given_name, family_name, search_name, sort_key, date_of_birth, sex, ethnicity,"
    " district_code, looked_after, version, holding_team_code, restricted FROM children ORDER BY exchange_id";
const std::string history_sql =
    "SELECT c.exchange_id, h.version, h.changed_by, h.changed_by_name, h.reason, h.field, h.old_value, h.new_value"
    " FROM child_changes h JOIN children c ON c.id = h.child_id ORDER BY c.exchange_id, h.field";

class ImportedChildren : public ::testing::Test {
 protected:
  void SetUp() override {
    for (auto* test : {&imported_, &created_}) {
      auto connection = test->database().acquire();
      demo::add_demo_geography(*connection);
      demo::add_demo_teams(*connection);
    }
    demo::DemoRandom random(11);
    std::vector<std::string> districts;
    for (std::size_t i = 0; i < child_count; ++i) districts.push_back(i % 3 == 0 ? "DOVER" : "MAIDSTONE");
    children_ = demo::demo_children(random, districts, today_utc());
  }

  static std::string exchange_id(std::size_t index) { return "C-" + std::to_string(1000 + index); }

  void write_files() {
    std::ofstream children(folder_ / "children.csv", std::ios::binary);
    children << exchange::format_csv_record({"child_id", "given_name", "family_name", "date_of_birth", "sex",
                                             "ethnicity", "district_code", "looked_after"});
    for (std::size_t i = 0; i < children_.size(); ++i) {
      const auto& child = children_[i];
      auto fields = children::stored_fields(child);
      children << exchange::format_csv_record({exchange_id(i), child.given_name, child.family_name, *fields[2].second,
                                               *fields[3].second, child.ethnicity.value_or(""), child.district_code,
                                               fields[6].second.value_or("")});
    }
    // An offence for a child of each statement: the first, the last of the first, one of
    // the part statement at the end.
    std::ofstream offences(folder_ / "offences.csv", std::ios::binary);
    offences << exchange::format_csv_record({"offence_id", "child_id", "offence_date", "category", "gravity",
                                             "description"});
    for (std::size_t i : {std::size_t{0}, store::BatchedInsert::rows_per_statement - 1, child_count - 1}) {
      offences << exchange::format_csv_record(
          {"F-" + std::to_string(i), exchange_id(i), to_iso(today_utc()), "theft_and_handling", "2", ""});
    }
  }

  testing::TestDatabase imported_;
  testing::TestDatabase created_;
  testing::TemporaryFolder folder_;
  std::vector<children::ChildDetails> children_;
};

TEST_F(ImportedChildren, AreSavedAsCreateChildSavesEachWhicheverStatementTheyWentIn) {
  write_files();
  auto report = exchange::import_data_set(imported_.database(), folder_.path(), "tester");
  ASSERT_TRUE(report.ok()) << exchange::describe(report.problems.front());
  EXPECT_EQ(report.children, child_count);
  {
    auto connection = created_.database().acquire();
    for (std::size_t i = 0; i < children_.size(); ++i) {
      children::create_child(*connection, children_[i], "tester", exchange_id(i));
    }
  }
  auto children = all_rows(imported_.database(), children_sql);
  ASSERT_EQ(children.size(), child_count);
  EXPECT_EQ(children, all_rows(created_.database(), children_sql));
  EXPECT_EQ(all_rows(imported_.database(), history_sql), all_rows(created_.database(), history_sql));
  std::vector<std::string> offences;
  for (std::size_t i : {std::size_t{0}, store::BatchedInsert::rows_per_statement - 1, child_count - 1}) {
    offences.push_back("F-" + std::to_string(i) + " | C-" + std::to_string(1000 + i) + " | ");
  }
  std::sort(offences.begin(), offences.end());  // as ORDER BY compares the ids' text
  EXPECT_EQ(all_rows(imported_.database(), "SELECT f.exchange_id, c.exchange_id FROM offences f"
                                           " JOIN children c ON c.id = f.child_id ORDER BY f.exchange_id"),
            offences);
  // Every child is found by name, through the name index built at the end.
  auto connection = imported_.database().acquire();
  for (const auto& child : children_) {
    auto found = children::search_children(*connection, {child.given_name + " " + child.family_name});
    EXPECT_GE(found.total, 1) << child.given_name << " " << child.family_name;
  }
  EXPECT_EQ(children::count_children(*connection), static_cast<std::int64_t>(child_count));
}

TEST_F(ImportedChildren, ANewChildAfterTheImportIsNumberedAfterThem) {
  write_files();
  ASSERT_TRUE(exchange::import_data_set(imported_.database(), folder_.path(), "tester").ok());
  auto connection = imported_.database().acquire();
  auto largest = connection->query_one("SELECT MAX(id) FROM children")->integer(0);
  auto added = children::create_child(*connection, children_.front(), "tester", std::string("C-NEW"));
  EXPECT_GT(added.id, largest);
}

}  // namespace
}  // namespace pathway
