// The connection pool, on whichever backend the suite runs on (SQLite files, or PostgreSQL
// under scripts/with-postgres).
#include "store/pooled_database.h"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "test_database.h"

namespace pathway {
namespace {

TEST(PooledDatabase, AnOpenTransactionIsNotLentToTheNextBorrower) {
  testing::TestDatabase test;
  auto pool = store::open_database(test.path(), 1);
  {
    auto connection = pool->acquire();
    connection->execute("BEGIN");
    connection->execute("INSERT INTO areas (code, name) VALUES ('EAST', 'East Kent')");
    // The request ends here without committing, as one that threw would.
  }
  auto connection = pool->acquire();
  EXPECT_EQ(connection->query_one("SELECT COUNT(*) FROM areas")->integer(0), 0);
  EXPECT_NO_THROW(connection->execute("BEGIN")) << "no transaction is still open";
  connection->execute("ROLLBACK");
}

TEST(PooledDatabase, ABorrowerWaitsForAConnectionWhenAllAreLent) {
  testing::TestDatabase test;
  auto pool = store::open_database(test.path(), 1);
  auto first = pool->acquire();
  std::atomic<bool> second_had_one{false};
  std::thread second([&] {
    auto connection = pool->acquire();
    second_had_one = true;
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  EXPECT_FALSE(second_had_one) << "the pool lent more connections than its limit";
  first.reset();
  second.join();
  EXPECT_TRUE(second_had_one);
}

}  // namespace
}  // namespace pathway
