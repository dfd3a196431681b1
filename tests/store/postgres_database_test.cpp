// PostgreSQL specifics behind the backend-neutral interface. The placeholder rewriting is
// plain text and always tested; the rest needs a server (scripts/with-postgres) and is
// skipped without PATHWAY_TEST_POSTGRES_URL.
#include "store/postgres_database.h"

#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "test_database.h"

namespace pathway {
namespace {

std::string numbered(std::string_view sql) {
  std::size_t count = 0;
  std::string text = store::number_placeholders(sql, count);
  return text + " [" + std::to_string(count) + "]";
}

TEST(PostgresPlaceholders, AreNumberedInOrder) {
  EXPECT_EQ(numbered("SELECT a FROM t WHERE b = ? AND c = ? LIMIT ? OFFSET ?"),
            "SELECT a FROM t WHERE b = $1 AND c = $2 LIMIT $3 OFFSET $4 [4]");
  EXPECT_EQ(numbered("SELECT 1"), "SELECT 1 [0]");
}

TEST(PostgresPlaceholders, InsideQuotesAndCommentsAreLeftAlone) {
  EXPECT_EQ(numbered("SELECT '?', 'it''s ?', ? FROM \"odd?name\""), "SELECT '?', 'it''s ?', $1 FROM \"odd?name\" [1]");
  EXPECT_EQ(numbered("WHERE s LIKE ? ESCAPE '\\' AND t = ?"), "WHERE s LIKE $1 ESCAPE '\\' AND t = $2 [2]");
  EXPECT_EQ(numbered("SELECT E'\\'?', ?"), "SELECT E'\\'?', $1 [1]");
  EXPECT_EQ(numbered("SELECT ? -- why?\n, ? /* what? /* nested? */ */"),
            "SELECT $1 -- why?\n, $2 /* what? /* nested? */ */ [2]");
  EXPECT_EQ(numbered("SELECT $$a ? b$$, $tag$?$tag$, ?"), "SELECT $$a ? b$$, $tag$?$tag$, $1 [1]");
}

TEST(PostgresUrl, APasswordInTheUrlIsRefusedWithoutEchoingIt) {
  try {
    store::open_database("postgresql://someone:hunter2secret@/pathway?host=/no/such/dir");
    FAIL() << "a URL with a password was accepted";
  } catch (const store::StoreError& error) {
    EXPECT_EQ(std::string(error.what()).find("hunter2secret"), std::string::npos) << error.what();
    EXPECT_NE(std::string(error.what()).find("PGPASSWORD"), std::string::npos) << error.what();
  }
}

TEST(PostgresUrl, AnUnreachableServerNamesTheDatabaseAndHost) {
  try {
    store::open_database("postgres://someone@/casework?host=/no/such/dir");
    FAIL() << "connected to nothing";
  } catch (const store::StoreError& error) {
    std::string message = error.what();
    EXPECT_NE(message.find("'casework'"), std::string::npos) << message;
    EXPECT_NE(message.find("/no/such/dir"), std::string::npos) << message;
  }
}

class PostgresDatabase : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!testing::testing_postgres()) GTEST_SKIP() << "set PATHWAY_TEST_POSTGRES_URL (scripts/with-postgres)";
    test_ = std::make_unique<testing::TestDatabase>();
  }
  store::Database& database() { return test_->database(); }
  std::unique_ptr<testing::TestDatabase> test_;
};

TEST_F(PostgresDatabase, QuestionMarksInStringLiteralsAreNotParameters) {
  auto connection = database().acquire();
  auto row = connection->query_one("SELECT ? || '?' || ?, 'it''s?'", {std::string("a"), std::string("b")});
  EXPECT_EQ(row->text(0), "a?b");
  EXPECT_EQ(row->text(1), "it's?");
  auto like = connection->query_one("SELECT CASE WHEN ? LIKE ? ESCAPE '\\' THEN 1 ELSE 0 END",
                                    {std::string("a_b"), std::string("a\\_b")});
  EXPECT_EQ(like->integer(0), 1);
}

TEST_F(PostgresDatabase, ResultsAreTyped) {
  auto connection = database().acquire();
  auto row = connection->query_one(
      "SELECT 1::int2, 2::int4, 9000000000::int8, true, false, NULL, 'x', 1.5::numeric, COUNT(*) FROM areas");
  EXPECT_EQ(row->integer(0), 1);
  EXPECT_EQ(row->integer(1), 2);
  EXPECT_EQ(row->integer(2), 9000000000);
  EXPECT_EQ(row->integer(3), 1);
  EXPECT_EQ(row->integer(4), 0);
  EXPECT_TRUE(row->is_null(5));
  EXPECT_EQ(row->text(6), "x");
  EXPECT_EQ(row->text(7), "1.5");
  EXPECT_EQ(row->integer(8), 0);
}

TEST_F(PostgresDatabase, ParametersRoundTrip) {
  auto connection = database().acquire();
  connection->execute("INSERT INTO areas (code, name) VALUES (?, ?)", {std::string("EAST"), std::string("Ĺ'?\\")});
  connection->execute("INSERT INTO districts (code, name, area_code) VALUES (?, ?, ?)",
                      {std::string("D1"), std::string("One"), std::string("EAST")});
  connection->execute("INSERT INTO district_populations (district_code, year, population_10_17) VALUES (?, ?, ?)",
                      {std::string("D1"), std::int64_t{2024}, std::int64_t{12345}});
  auto row = connection->query_one(
      "SELECT a.name, p.population_10_17 FROM areas a JOIN districts d ON d.area_code = a.code"
      " JOIN district_populations p ON p.district_code = d.code WHERE p.year = ? AND a.name <> ?",
      {std::int64_t{2024}, nullptr});
  EXPECT_FALSE(row) << "NULL compares as unknown";
  row = connection->query_one("SELECT name FROM areas WHERE code = ?", {std::string("EAST")});
  EXPECT_EQ(row->text(0), "Ĺ'?\\");
}

TEST_F(PostgresDatabase, DuplicateKeysAreUniqueViolationsAndOtherErrorsStoreErrors) {
  auto connection = database().acquire();
  connection->execute("INSERT INTO areas (code, name) VALUES ('EAST', 'East Kent')");
  EXPECT_THROW(connection->execute("INSERT INTO areas (code, name) VALUES (?, 'Again')", {std::string("EAST")}),
               store::UniqueViolation);
  try {
    connection->execute("INSERT INTO no_such_table VALUES (1)");
    FAIL();
  } catch (const store::UniqueViolation&) {
    FAIL() << "not a unique violation";
  } catch (const store::StoreError& error) {
    EXPECT_NE(std::string(error.what()).find("no_such_table"), std::string::npos) << error.what();
  }
  // The connection is still usable after errors.
  EXPECT_EQ(connection->query_one("SELECT COUNT(*) FROM areas")->integer(0), 1);
}

TEST_F(PostgresDatabase, InsertReturningGivesTheNewId) {
  auto connection = database().acquire();
  const char* insert = "INSERT INTO audit_events (occurred_at, actor, action) VALUES ('t', 'a', 'b') RETURNING id";
  auto first = connection->query(insert);
  auto second = connection->query(insert);
  EXPECT_EQ(second.at(0).integer(0), first.at(0).integer(0) + 1);
}

TEST_F(PostgresDatabase, ABrokenConnectionIsReplaced) {
  auto pool = store::open_database(test_->path(), 1);
  std::int64_t first_pid = 0;
  {
    auto connection = pool->acquire();
    first_pid = connection->query_one("SELECT pg_backend_pid()")->integer(0);
    database().acquire()->query("SELECT pg_terminate_backend(?)", {first_pid});
    EXPECT_THROW(connection->query("SELECT 1"), store::StoreError);
  }
  auto connection = pool->acquire();
  EXPECT_NE(connection->query_one("SELECT pg_backend_pid()")->integer(0), first_pid);
}

TEST_F(PostgresDatabase, AnIdleConnectionTheServerDroppedIsReplacedBeforeUse) {
  // As after a database restart: the pooled connection is idle when its server goes away,
  // and the next request must not be the one that finds out.
  auto pool = store::open_database(test_->path(), 1);
  std::int64_t first_pid = pool->acquire()->query_one("SELECT pg_backend_pid()")->integer(0);
  {
    auto admin = database().acquire();
    admin->query("SELECT pg_terminate_backend(?)", {first_pid});
    // pg_terminate_backend only signals; wait until that backend has gone.
    for (int i = 0; i < 200; ++i) {
      if (admin->query_one("SELECT COUNT(*) FROM pg_stat_activity WHERE pid = ?", {first_pid})->integer(0) == 0) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
  }
  auto connection = pool->acquire();
  std::int64_t pid = 0;
  EXPECT_NO_THROW(pid = connection->query_one("SELECT pg_backend_pid()")->integer(0));
  EXPECT_NE(pid, first_pid);
}

}  // namespace
}  // namespace pathway
