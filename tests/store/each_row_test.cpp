// Connection::each_row on both backends: the same rows and values as query(), read in
// place; NULLs, empty text and wrong-type reads behave as Row's do; nothing for no rows; the
// statement can be run again (it is reset after a visit that throws).
#include <gtest/gtest.h>

#include <stdexcept>

#include "test_database.h"

namespace pathway {
namespace {

class EachRow : public ::testing::Test {
 protected:
  void SetUp() override {
    auto connection = test_.database().acquire();
    connection->execute("INSERT INTO areas (code, name) VALUES ('EAST', 'East Kent'), ('WEST', '')");
    connection->execute("INSERT INTO districts (code, name, area_code) VALUES ('THANET', 'Thanet', 'EAST')");
    connection->execute(
        "INSERT INTO district_populations (district_code, year, population_10_17) VALUES ('THANET', 2025, 14000)");
  }

  testing::TestDatabase test_;
};

TEST_F(EachRow, GivesTheRowsQueryGives) {
  auto connection = test_.database().acquire();
  const char* sql = "SELECT code, name, LENGTH(name) FROM areas WHERE code >= ? ORDER BY code";
  std::vector<std::tuple<std::string, std::string, std::int64_t>> seen;
  connection->each_row(sql, {std::string("A")}, [&](const store::RowView& row) {
    seen.emplace_back(std::string(row.text(0)), std::string(row.text(1)), row.integer(2));
  });
  auto rows = connection->query(sql, {std::string("A")});
  ASSERT_EQ(seen.size(), rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    EXPECT_EQ(std::get<0>(seen[i]), rows[i].text(0));
    EXPECT_EQ(std::get<1>(seen[i]), rows[i].text(1));
    EXPECT_EQ(std::get<2>(seen[i]), rows[i].integer(2));
  }
  ASSERT_EQ(seen.size(), 2u);
  EXPECT_EQ(std::get<1>(seen[1]), "");  // empty text is text, not NULL
}

TEST_F(EachRow, NullsAndWrongTypesAreTold) {
  auto connection = test_.database().acquire();
  int rows = 0;
  connection->each_row("SELECT NULL, population_10_17, district_code FROM district_populations", {},
                       [&](const store::RowView& row) {
                         ++rows;
                         EXPECT_TRUE(row.is_null(0));
                         EXPECT_FALSE(row.is_null(1));
                         EXPECT_EQ(row.integer(1), 14000);
                         EXPECT_THROW(row.text(0), store::StoreError);
                         EXPECT_THROW(row.integer(0), store::StoreError);
                         EXPECT_THROW(row.text(1), store::StoreError);
                         EXPECT_THROW(row.integer(2), store::StoreError);
                       });
  EXPECT_EQ(rows, 1);
}

TEST_F(EachRow, NoRowsNoVisitAndTheStatementRunsAgainAfterAThrow) {
  auto connection = test_.database().acquire();
  const char* sql = "SELECT code FROM areas WHERE code > ? ORDER BY code";
  int visits = 0;
  connection->each_row(sql, {std::string("Z")}, [&](const store::RowView&) { ++visits; });
  EXPECT_EQ(visits, 0);
  EXPECT_THROW(connection->each_row(sql, {std::string("")},
                                    [&](const store::RowView&) { throw std::runtime_error("stop"); }),
               std::runtime_error);
  std::vector<std::string> codes;
  connection->each_row(sql, {std::string("")},
                       [&](const store::RowView& row) { codes.emplace_back(row.text(0)); });
  EXPECT_EQ(codes, (std::vector<std::string>{"EAST", "WEST"}));
}

}  // namespace
}  // namespace pathway
