#include "store/migrations.h"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "store/transaction.h"
#include "test_database.h"

namespace pathway {
namespace {

TEST(Migrations, BuildTheSchemaFromAnEmptyFile) {
  testing::TestDatabase test;
  auto connection = test.database().acquire();
  EXPECT_EQ(store::schema_version(*connection), store::migrations().back().version);
  for (const char* table : {"areas", "districts", "district_populations", "staff", "sessions", "children",
                            "child_changes", "audit_events", "sign_in_failures"}) {
    auto row = connection->query_one(
        connection->backend() == store::Backend::sqlite
            ? "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?"
            : "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ?",
        {std::string(table)});
    EXPECT_EQ(row->integer(0), 1) << table;
  }
}

// migrate() applies the list in order and stops at the last entry's version, so a version
// listed after a higher one would never be applied (and would make the newer database look
// like one from a newer program).
TEST(Migrations, AreListedInAscendingVersionOrder) {
  const auto& all = store::migrations();
  for (std::size_t i = 1; i < all.size(); ++i) {
    EXPECT_LT(all[i - 1].version, all[i].version) << "entry " << i;
  }
}

TEST(Migrations, AreAppliedOnlyOnce) {
  testing::TestDatabase test;
  EXPECT_EQ(store::migrate(test.database()), 0);
  auto connection = test.database().acquire();
  EXPECT_EQ(connection->query_one("SELECT COUNT(*) FROM schema_migrations")->integer(0),
            static_cast<std::int64_t>(store::migrations().size()));
}

TEST(Migrations, ServersStartingTogetherApplyEachMigrationOnce) {
  testing::TestDatabase test(testing::TestDatabase::Schema::empty);
  std::atomic<int> applied{0};
  std::atomic<int> failures{0};
  std::vector<std::thread> servers;
  for (int i = 0; i < 4; ++i) {
    servers.emplace_back([&] {
      try {
        auto database = store::open_database(test.path(), 1);
        applied += store::migrate(*database);
      } catch (const store::StoreError& error) {
        ADD_FAILURE() << error.what();
        ++failures;
      }
    });
  }
  for (auto& server : servers) server.join();
  EXPECT_EQ(failures, 0);
  EXPECT_EQ(applied, static_cast<int>(store::migrations().size()));
  auto connection = test.database().acquire();
  EXPECT_EQ(store::schema_version(*connection), store::migrations().back().version);
}

// Changes saved before the history kept names get the name of the account that made them,
// or keep the username of a process that is not an account.
TEST(Migrations, GiveEarlierChangesTheirAuthorsNames) {
  testing::TestDatabase test(testing::TestDatabase::Schema::empty);
  store::migrate(test.database(), 5);
  auto connection = test.database().acquire();
  connection->execute_script(
      "INSERT INTO areas VALUES ('WEST', 'West Kent');"
      "INSERT INTO districts VALUES ('MAIDSTONE', 'Maidstone', 'WEST');"
      "INSERT INTO staff (id, username, display_name, role, password_hash, created_at)"
      " VALUES (1, 'caseworker', 'Amara Nwosu', 'case_manager', 'x', 'x');"
      "INSERT INTO children (id, public_id, exchange_id, given_name, family_name, search_name, sort_key,"
      " date_of_birth, sex, district_code, created_at, updated_at)"
      " VALUES (1, 'A', 'A', 'Amir', 'Khan', 'amir khan', 'khan', '2011-03-27', 'male', 'MAIDSTONE', 'x', 'x');"
      "INSERT INTO child_changes (child_id, version, changed_at, changed_by, field, old_value, new_value)"
      " VALUES (1, 1, 'x', 'import', 'given_name', NULL, 'Amir'), (1, 2, 'x', 'caseworker', 'family_name', 'Kahn', 'Khan');");
  store::migrate(test.database());
  auto rows = connection->query("SELECT changed_by_name, reason FROM child_changes ORDER BY version");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].text(0), "import");
  EXPECT_EQ(rows[1].text(0), "Amara Nwosu");
  EXPECT_EQ(rows[1].optional_text(1), std::nullopt);
}

TEST(Migrations, RefuseADatabaseFromANewerProgram) {
  testing::TestDatabase test;
  {
    auto connection = test.database().acquire();
    connection->execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 'x')");
  }
  EXPECT_THROW(store::migrate(test.database()), store::StoreError);
}

TEST(Store, UsesWalForeignKeysAndFullSync) {
  testing::TestDatabase test;
  auto connection = test.database().acquire();
  if (connection->backend() != store::Backend::sqlite) GTEST_SKIP() << "SQLite pragmas";
  EXPECT_EQ(connection->query_one("PRAGMA journal_mode")->text(0), "wal");
  EXPECT_EQ(connection->query_one("PRAGMA foreign_keys")->integer(0), 1);
  EXPECT_EQ(connection->query_one("PRAGMA synchronous")->integer(0), 2);  // FULL
}

TEST(Store, ATransactionNotCommittedLeavesNothing) {
  testing::TestDatabase test;
  auto connection = test.database().acquire();
  {
    store::Transaction transaction(*connection);
    connection->execute("INSERT INTO areas (code, name) VALUES ('EAST', 'East Kent')");
  }
  EXPECT_EQ(connection->query_one("SELECT COUNT(*) FROM areas")->integer(0), 0);
}

TEST(Store, DuplicateKeysAreReportedAsUniqueViolations) {
  testing::TestDatabase test;
  auto connection = test.database().acquire();
  connection->execute("INSERT INTO areas (code, name) VALUES ('EAST', 'East Kent')");
  EXPECT_THROW(connection->execute("INSERT INTO areas (code, name) VALUES ('EAST', 'Again')"),
               store::UniqueViolation);
}

TEST(Store, ForeignKeysAreEnforced) {
  testing::TestDatabase test;
  auto connection = test.database().acquire();
  EXPECT_THROW(connection->execute("INSERT INTO districts (code, name, area_code) VALUES ('X', 'X', 'NOWHERE')"),
               store::StoreError);
}

TEST(Store, AuditEventsAreAppendOnly) {
  testing::TestDatabase test;
  auto connection = test.database().acquire();
  connection->execute("INSERT INTO audit_events (occurred_at, actor, action) VALUES ('t', 'a', 'b')");
  EXPECT_THROW(connection->execute("UPDATE audit_events SET actor = 'c'"), store::StoreError);
  EXPECT_THROW(connection->execute("DELETE FROM audit_events"), store::StoreError);
}

TEST(Store, AnUnopenableFileIsAClearError) {
  if (testing::testing_postgres()) GTEST_SKIP() << "SQLite files (see postgres_database_test.cpp for URLs)";
  EXPECT_THROW(store::open_database("/no/such/folder/pathway.db"), store::StoreError);
}

}  // namespace
}  // namespace pathway
