#include "store/copy.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "demo/demo_county.h"
#include "exchange/exchange.h"
#include "test_database.h"

namespace pathway {
namespace {

std::string read(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

std::int64_t rows(store::Database& database, const std::string& table) {
  auto connection = database.acquire();
  return connection->query_one("SELECT COUNT(*) FROM " + table)->integer(0);
}

// From a county of its own: copying the shared one (shared_demo_county.h) took over a
// minute on PostgreSQL. Fifty children fill every table that 150 did.
TEST(Copy, GivesADatabaseWhoseExportIsIdentical) {
  testing::TestDatabase original;
  testing::TestDatabase copy;
  demo::build_demo_county(original.database(), {3, 50, "a long demo pass phrase"});
  auto copied = store::copy_database(original.database(), copy.database());
  for (const auto& table : copied) EXPECT_EQ(table.rows, rows(original.database(), table.table)) << table.table;

  auto folder = std::filesystem::temp_directory_path() / ("pathway-copy-" + random_token(8));
  exchange::export_data_set(original.database(), folder / "original", "test");
  exchange::export_data_set(copy.database(), folder / "copy", "test");
  for (const char* file : {"districts.csv", "population.csv", "children.csv"}) {
    EXPECT_EQ(read(folder / "copy" / file), read(folder / "original" / file)) << file;
  }
  std::filesystem::remove_all(folder);
}

TEST(Copy, KeepsHistoryAuditTrailAndAccounts) {
  testing::TestDatabase original;
  testing::TestDatabase copy;
  demo::build_demo_county(original.database(), {3, 20, "a long demo pass phrase"});
  store::copy_database(original.database(), copy.database());
  for (const char* table : {"staff", "child_changes", "audit_events"}) {
    EXPECT_EQ(rows(copy.database(), table), rows(original.database(), table)) << table;
  }
  // New rows on the copy get new ids after the copied ones.
  auto connection = copy.database().acquire();
  auto before = connection->query_one("SELECT MAX(id) FROM audit_events")->integer(0);
  connection->execute("INSERT INTO audit_events (occurred_at, actor, action) VALUES ('t', 'a', 'b')");
  EXPECT_GT(connection->query_one("SELECT MAX(id) FROM audit_events")->integer(0), before);
}

TEST(Copy, RefusesATargetThatHoldsData) {
  testing::TestDatabase original;
  testing::TestDatabase target;
  demo::build_demo_county(original.database(), {3, 10, "a long demo pass phrase"});
  {
    auto connection = target.database().acquire();
    connection->execute("INSERT INTO areas (code, name) VALUES ('X', 'Somewhere')");
  }
  EXPECT_THROW(store::copy_database(original.database(), target.database()), store::StoreError);
  EXPECT_EQ(rows(target.database(), "districts"), 0);
}

TEST(Copy, CoversEveryTableButTheServicesOwn) {
  testing::TestDatabase test;
  auto connection = test.database().acquire();
  std::set<std::string> expected(store::copied_tables().begin(), store::copied_tables().end());
  expected.insert({"sessions", "sign_in_failures", "two_factor_failures", "schema_migrations"});
  for (const auto& derived : store::derived_tables(connection->backend())) expected.insert(derived);
  std::set<std::string> schema;
  std::string list = connection->backend() == store::Backend::sqlite
                         ? "SELECT name FROM sqlite_master WHERE type = 'table'"
                         : "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'";
  for (const auto& row : connection->query(list, {})) schema.insert(row.text(0));
  EXPECT_EQ(schema, expected) << "a new table must be added to store/copy.cpp (or excluded there on purpose)";
}

}  // namespace
}  // namespace pathway
