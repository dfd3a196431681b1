#include "store/migrations.h"

#include <gtest/gtest.h>

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
    auto row = connection->query_one("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?",
                                     {std::string(table)});
    EXPECT_EQ(row->integer(0), 1) << table;
  }
}

TEST(Migrations, AreAppliedOnlyOnce) {
  testing::TestDatabase test;
  EXPECT_EQ(store::migrate(test.database()), 0);
  auto connection = test.database().acquire();
  EXPECT_EQ(connection->query_one("SELECT COUNT(*) FROM schema_migrations")->integer(0),
            static_cast<std::int64_t>(store::migrations().size()));
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
  EXPECT_THROW(store::open_database("/no/such/folder/pathway.db"), store::StoreError);
}

}  // namespace
}  // namespace pathway
