// The bulk load of store/bulk_load.h, on either backend: with the indexes and triggers set
// aside and made again, the schema after is the schema before, and the rows loaded
// meanwhile are in every index, the name index and the count; the connection's settings
// go back as they were.
#include <gtest/gtest.h>

#include <array>
#include <vector>

#include "children/child_repository.h"
#include "core/clock.h"
#include "demo/demo_parts.h"
#include "store/bulk_load.h"
#include "store/transaction.h"
#include "test_database.h"

namespace pathway {
namespace {

using testing::TestDatabase;

constexpr std::string_view loaded[] = {"children", "offences", "outcomes"};

// Every index and trigger of the database, with the SQL that made it.
std::vector<std::string> schema_of(store::Connection& connection) {
  std::string sql =
      connection.backend() == store::Backend::sqlite
          ? "SELECT type || ' ' || name || ' ' || COALESCE(sql, '') FROM sqlite_master ORDER BY type, name"
          : "SELECT indexname || ' ' || indexdef FROM pg_indexes WHERE schemaname = current_schema() UNION ALL"
            " SELECT tgname FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1";
  std::vector<std::string> schema;
  for (const auto& row : connection.query(sql, {})) schema.push_back(row.text(0));
  return schema;
}

std::int64_t count(store::Connection& connection, const std::string& sql) {
  return connection.query_one(sql)->integer(0);
}

TEST(DeferredIndexes, TheSchemaAfterIsTheSchemaBeforeWithTheRowsInEveryIndex) {
  TestDatabase test;
  auto connection = test.database().acquire();
  auto before = schema_of(*connection);
  demo::DemoRandom random(5);
  std::vector<children::GeneratedChild> generated;
  {
    store::Transaction transaction(*connection);
    demo::add_demo_geography(*connection);
    store::DeferredIndexes deferred(*connection, loaded);
    EXPECT_LT(schema_of(*connection).size(), before.size()) << "the indexes were set aside";
    std::vector<std::string> districts(40, "DOVER");
    for (auto& details : demo::demo_children(random, districts, today_utc())) {
      generated.push_back({std::move(details), "PUBLIC" + std::to_string(generated.size())});
    }
    children::insert_generated_children(*connection, generated, "2026-01-01T00:00:00Z");
    deferred.restore();
    transaction.commit();
  }
  EXPECT_EQ(schema_of(*connection), before);
  EXPECT_EQ(children::count_children(*connection), 40);
  // Found through the name index, as a search of a whole name is.
  for (const auto& child : generated) {
    auto found = children::search_children(*connection, {child.details.given_name + " " + child.details.family_name});
    EXPECT_GE(found.total, 1) << child.details.given_name << " " << child.details.family_name;
  }
  // The index on the date of birth holds every child.
  EXPECT_EQ(count(*connection, "SELECT COUNT(*) FROM children WHERE date_of_birth >= '1900-01-01'"), 40);
}

TEST(DeferredIndexes, RolledBackLeavesTheSchemaAsItWas) {
  TestDatabase test;
  auto connection = test.database().acquire();
  auto before = schema_of(*connection);
  {
    store::Transaction transaction(*connection);
    store::DeferredIndexes deferred(*connection, loaded);
  }
  EXPECT_EQ(schema_of(*connection), before);
}

// An import into a database whose tables all hold rows defers nothing: no table to name,
// which PostgreSQL would refuse as "IN ()".
TEST(DeferredIndexes, NoTablesSetsNothingAside) {
  TestDatabase test;
  auto connection = test.database().acquire();
  auto before = schema_of(*connection);
  store::Transaction transaction(*connection);
  store::DeferredIndexes deferred(*connection, {});
  EXPECT_EQ(schema_of(*connection), before);
  deferred.restore();
  EXPECT_EQ(schema_of(*connection), before);
}

TEST(EmptyTables, NameOnlyTheTablesWithNoRows) {
  TestDatabase test;
  auto connection = test.database().acquire();
  connection->execute("INSERT INTO areas (code, name) VALUES ('TESTAREA', 'Test area')");
  constexpr std::array<std::string_view, 2> tables = {"areas", "offences"};
  EXPECT_EQ(store::empty_tables(*connection, tables), (std::vector<std::string_view>{"offences"}));
}

TEST(BulkLoadSettings, PutsTheConnectionBackAsItWas) {
  TestDatabase test;
  auto connection = test.database().acquire();
  if (test.backend() != store::Backend::sqlite) GTEST_SKIP() << "SQLite's settings";
  auto setting = [&](const std::string& name) { return connection->query_one("PRAGMA " + name)->value(0); };
  {
    store::BulkLoadSettings settings(*connection, true);
    EXPECT_EQ(setting("journal_mode"), store::Value{std::string("off")});
    EXPECT_EQ(setting("foreign_keys"), store::Value{std::int64_t{0}});
  }
  EXPECT_EQ(setting("journal_mode"), store::Value{std::string("wal")});
  EXPECT_EQ(setting("foreign_keys"), store::Value{std::int64_t{1}});
  EXPECT_EQ(setting("synchronous"), store::Value{std::int64_t{2}});
  EXPECT_EQ(setting("cache_size"), store::Value{std::int64_t{-2000}});
}

}  // namespace
}  // namespace pathway
