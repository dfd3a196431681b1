// The store's two doors for volume, on either backend: insert_rows (PostgreSQL's COPY,
// SQLite's many-row INSERTs) saves exactly what one INSERT a row saves, whatever the text
// holds; Connection::each_row gives a query's rows one at a time, in the query's order, and
// leaves the connection usable when the reader stops early.
#include <gtest/gtest.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "store/row_streams.h"
#include "store/transaction.h"
#include "test_database.h"

namespace pathway {
namespace {

using store::Value;
using testing::TestDatabase;

constexpr std::string_view create_table =
    "CREATE TABLE bulk_rows (id BIGINT PRIMARY KEY, label TEXT UNIQUE, note TEXT, amount BIGINT)";

// Text COPY's format would misread if sent as it is, and text from beyond ASCII.
const std::vector<std::string>& awkward_texts() {
  static const std::vector<std::string> texts = {
      "plain", "tab\there", "new\nline", "carriage\rreturn", "back\\slash", "\\N", "\\.", "", "Zoë O'Brien",
      "comma, \"quoted\"", "end with backslash\\", "semicolon;"};
  return texts;
}

std::vector<Value> rows_to_insert(std::size_t count) {
  std::vector<Value> values;
  for (std::size_t i = 0; i < count; ++i) {
    const auto& text = awkward_texts()[i % awkward_texts().size()];
    values.emplace_back(static_cast<std::int64_t>(i + 1));
    values.emplace_back(text + " #" + std::to_string(i));
    values.emplace_back(i % 3 == 0 ? Value{nullptr} : Value{text});
    values.emplace_back(i % 4 == 0 ? Value{nullptr} : Value{static_cast<std::int64_t>(i) * -7 + 3});
  }
  return values;
}

std::vector<Value> saved_rows(store::Connection& connection) {
  std::vector<Value> values;
  for (const auto& row : connection.query("SELECT id, label, note, amount FROM bulk_rows ORDER BY id", {})) {
    for (std::size_t column = 0; column < row.size(); ++column) values.push_back(row.value(column));
  }
  return values;
}

TEST(InsertRows, SavesWhatOneInsertARowSavesWhateverTheTextHolds) {
  // Sizes around SQLite's rows per statement and a large COPY: a remainder, none, many.
  for (std::size_t count : {0u, 1u, 63u, 64u, 65u, 200u, 5000u}) {
    TestDatabase test;
    auto connection = test.database().acquire();
    connection->execute_script(std::string(create_table));
    auto values = rows_to_insert(count);
    {
      store::Transaction transaction(*connection);
      store::insert_rows(*connection, "bulk_rows", "id, label, note, amount", 4, values);
      transaction.commit();
    }
    EXPECT_EQ(saved_rows(*connection), values) << count << " rows";
  }
}

TEST(InsertRows, ADuplicateKeyIsRefusedAndTheConnectionStaysUsable) {
  TestDatabase test;
  auto connection = test.database().acquire();
  connection->execute_script(std::string(create_table));
  std::vector<Value> twice = {std::int64_t{1}, std::string("same"), nullptr, nullptr,
                              std::int64_t{2}, std::string("same"), nullptr, nullptr};
  {
    store::Transaction transaction(*connection);
    EXPECT_THROW(store::insert_rows(*connection, "bulk_rows", "id, label, note, amount", 4, twice), store::UniqueViolation);
  }
  EXPECT_TRUE(saved_rows(*connection).empty());
  store::insert_rows(*connection, "bulk_rows", "id, label, note, amount", 4, std::span<const Value>(twice).first(4));
  EXPECT_EQ(saved_rows(*connection).size(), 4u);
}

TEST(InsertRows, RefusesValuesThatAreNotWholeRows) {
  TestDatabase test;
  auto connection = test.database().acquire();
  connection->execute_script(std::string(create_table));
  std::vector<Value> ragged = {std::int64_t{1}, std::string("a"), nullptr};
  EXPECT_THROW(store::insert_rows(*connection, "bulk_rows", "id, label, note, amount", 4, ragged), store::StoreError);
}

TEST(EachRowInVolume, GivesEveryRowInTheQuerysOrderOneAtATime) {
  TestDatabase test;
  auto connection = test.database().acquire();
  connection->execute_script(std::string(create_table));
  auto values = rows_to_insert(300);
  store::insert_rows(*connection, "bulk_rows", "id, label, note, amount", 4, values);
  std::vector<Value> read;
  connection->each_row("SELECT id, label, note, amount FROM bulk_rows WHERE id > ? ORDER BY id DESC",
                       {std::int64_t{100}}, [&](const store::RowView& row) {
                         ASSERT_EQ(row.size(), 4u);
                         for (std::size_t column = 0; column < row.size(); ++column) {
                           if (row.is_null(column)) {
                             read.emplace_back(nullptr);
                           } else if (row.is_integer(column)) {
                             read.emplace_back(row.integer(column));
                           } else {
                             read.emplace_back(std::string(row.text(column)));
                           }
                         }
                       });
  std::vector<Value> expected;
  for (std::size_t row = 300; row-- > 100;) {
    for (std::size_t column = 0; column < 4; ++column) expected.push_back(values[row * 4 + column]);
  }
  EXPECT_EQ(read, expected);
}

TEST(EachRowInVolume, AReaderThatStopsEarlyLeavesTheConnectionUsable) {
  TestDatabase test;
  auto connection = test.database().acquire();
  connection->execute_script(std::string(create_table));
  store::insert_rows(*connection, "bulk_rows", "id, label, note, amount", 4, rows_to_insert(1000));
  int seen = 0;
  EXPECT_THROW(connection->each_row("SELECT id FROM bulk_rows ORDER BY id", {},
                                    [&](const store::RowView&) {
                                      if (++seen == 10) throw std::runtime_error("enough");
                                    }),
               std::runtime_error);
  EXPECT_EQ(seen, 10);
  EXPECT_EQ(connection->query_one("SELECT COUNT(*) FROM bulk_rows")->integer(0), 1000);
}

TEST(EachRowInVolume, ReportsABadStatementAsAStoreError) {
  TestDatabase test;
  auto connection = test.database().acquire();
  EXPECT_THROW(connection->each_row("SELECT nothing FROM no_such_table", {}, [](const store::RowView&) {}),
               store::StoreError);
  EXPECT_EQ(connection->query_one("SELECT 1")->integer(0), 1);
}

}  // namespace
}  // namespace pathway
