// The audit trail is append-only against every statement that could change or remove an
// event, not only plain UPDATE and DELETE: each attempt below must be refused and leave
// every event, and the number of events, exactly as they were. Runs on both backends.
#include <gtest/gtest.h>

#include "access/audit.h"
#include "test_database.h"

namespace pathway {
namespace {

enum class On { sqlite, postgresql };

struct Attempt {
  const char* name;
  On backend;
  // {id} is the id of an existing event, {other} the id of another one.
  const char* sql;
};

std::ostream& operator<<(std::ostream& out, const Attempt& attempt) { return out << attempt.name; }

constexpr Attempt attempts[] = {
    {"Update", On::sqlite, "UPDATE audit_events SET actor = 'mallory' WHERE id = {id}"},
    {"UpdateOrReplace", On::sqlite, "UPDATE OR REPLACE audit_events SET id = {id} WHERE id = {other}"},
    {"Delete", On::sqlite, "DELETE FROM audit_events WHERE id = {id}"},
    // SQLite has no TRUNCATE: a DELETE with no WHERE is its equivalent, and skips row-by-row
    // deletion (the "truncate optimisation") unless a trigger is there to stop it.
    {"DeleteEverything", On::sqlite, "DELETE FROM audit_events"},
    {"InsertOrReplace", On::sqlite,
     "INSERT OR REPLACE INTO audit_events (id, occurred_at, actor, action) VALUES ({id}, 't', 'mallory', 'forged')"},
    {"InsertOrReplaceWithTheIdAsText", On::sqlite,
     "INSERT OR REPLACE INTO audit_events (id, occurred_at, actor, action) VALUES ('{id}', 't', 'mallory', 'forged')"},
    {"ReplaceInto", On::sqlite,
     "REPLACE INTO audit_events (id, occurred_at, actor, action) VALUES ({id}, 't', 'mallory', 'forged')"},
    {"UpsertDoUpdate", On::sqlite,
     "INSERT INTO audit_events (id, occurred_at, actor, action) VALUES ({id}, 't', 'mallory', 'forged')"
     " ON CONFLICT (id) DO UPDATE SET actor = excluded.actor"},
    {"UpsertDoNothing", On::sqlite,
     "INSERT INTO audit_events (id, occurred_at, actor, action) VALUES ({id}, 't', 'mallory', 'forged')"
     " ON CONFLICT DO NOTHING"},
    {"InsertOrIgnore", On::sqlite,
     "INSERT OR IGNORE INTO audit_events (id, occurred_at, actor, action) VALUES ({id}, 't', 'mallory', 'forged')"},
    // SQLite shows a BEFORE INSERT trigger -1 as the id it has yet to choose: an event
    // stored with id -1 would make the check for an existing id refuse every new event.
    {"InsertWithANegativeId", On::sqlite,
     "INSERT INTO audit_events (id, occurred_at, actor, action) VALUES (-1, 't', 'mallory', 'forged')"},
    {"Update", On::postgresql, "UPDATE audit_events SET actor = 'mallory' WHERE id = {id}"},
    {"Delete", On::postgresql, "DELETE FROM audit_events WHERE id = {id}"},
    {"UpsertDoUpdate", On::postgresql,
     "INSERT INTO audit_events (id, occurred_at, actor, action) VALUES ({id}, 't', 'mallory', 'forged')"
     " ON CONFLICT (id) DO UPDATE SET actor = EXCLUDED.actor"},
    {"UpsertDoNothing", On::postgresql,
     "INSERT INTO audit_events (id, occurred_at, actor, action) VALUES ({id}, 't', 'mallory', 'forged')"
     " ON CONFLICT DO NOTHING"},
    {"Truncate", On::postgresql, "TRUNCATE audit_events"},
    {"TruncateRestartIdentity", On::postgresql, "TRUNCATE TABLE audit_events RESTART IDENTITY CASCADE"},
    {"MergeUpdate", On::postgresql,
     "MERGE INTO audit_events a USING (SELECT {id}::bigint AS id) s ON a.id = s.id"
     " WHEN MATCHED THEN UPDATE SET actor = 'mallory'"},
    {"MergeDelete", On::postgresql,
     "MERGE INTO audit_events a USING (SELECT {id}::bigint AS id) s ON a.id = s.id WHEN MATCHED THEN DELETE"},
};

std::string with_ids(std::string sql, std::int64_t id, std::int64_t other) {
  for (auto [token, value] : {std::pair<std::string_view, std::int64_t>{"{id}", id}, {"{other}", other}}) {
    for (std::size_t at; (at = sql.find(token)) != std::string::npos;) {
      sql.replace(at, token.size(), std::to_string(value));
    }
  }
  return sql;
}

// Every column of every event, in id order: what must not change.
std::vector<std::string> audit_trail(store::Connection& connection) {
  std::vector<std::string> events;
  for (const auto& row : connection.query(
           "SELECT id, occurred_at, actor, action, COALESCE(record_type, '-'), COALESCE(record_id, '-'),"
           " COALESCE(address, '-'), COALESCE(detail, '-') FROM audit_events ORDER BY id")) {
    std::string event = std::to_string(row.integer(0));
    for (std::size_t column = 1; column < 8; ++column) event += "|" + row.text(column);
    events.push_back(event);
  }
  return events;
}

class AuditTrailRefuses : public ::testing::TestWithParam<Attempt> {};

TEST_P(AuditTrailRefuses, TheStatementAndKeepsEveryEvent) {
  const Attempt& attempt = GetParam();
  testing::TestDatabase test;
  // Listed for both backends and skipped on the other, as the tests are listed before the
  // backend is known (ctest lists them once, on SQLite).
  if ((attempt.backend == On::postgresql) != (test.backend() == store::Backend::postgresql)) {
    GTEST_SKIP() << "a statement for the other backend";
  }
  auto connection = test.database().acquire();
  access::record_audit_event(*connection, {"caseworker", "child.view", "child", "K7M2P9QX4R", "10.0.0.1", ""});
  access::record_audit_event(*connection, {"caseworker", "child.update", "child", "K7M2P9QX4R", "10.0.0.1",
                                           "changed: family name"});
  auto before = audit_trail(*connection);
  ASSERT_EQ(before.size(), 2u);
  auto id = connection->query_one("SELECT MIN(id) FROM audit_events")->integer(0);
  auto other = connection->query_one("SELECT MAX(id) FROM audit_events")->integer(0);

  EXPECT_THROW(connection->execute(with_ids(attempt.sql, id, other)), store::StoreError);
  EXPECT_EQ(audit_trail(*connection), before);

  // Refusing the forgery does not refuse the next real event.
  access::record_audit_event(*connection, {"caseworker", "child.view", "child", "K7M2P9QX4R", "10.0.0.1", ""});
  EXPECT_EQ(audit_trail(*connection).size(), 3u);
}

INSTANTIATE_TEST_SUITE_P(EveryChange, AuditTrailRefuses, ::testing::ValuesIn(attempts), [](const auto& info) {
  return std::string(info.param.backend == On::sqlite ? "Sqlite" : "Postgresql") + info.param.name;
});

// A replace deletes whichever rows conflict on any unique constraint, and SQLite fires no
// delete trigger for them: the triggers guard the id, so the id must stay the only unique
// key of audit_events. Adding another means guarding it as well.
TEST(AuditTrail, HasNoUniqueKeyButItsId) {
  testing::TestDatabase test;
  auto connection = test.database().acquire();
  auto unique_keys = connection->query_one(
      test.backend() == store::Backend::sqlite
          ? "SELECT COUNT(*) FROM pragma_index_list('audit_events') WHERE \"unique\" = 1"
          : "SELECT COUNT(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid"
            " WHERE c.relname = 'audit_events' AND i.indisunique AND NOT i.indisprimary");
  EXPECT_EQ(unique_keys->integer(0), 0);
}

}  // namespace
}  // namespace pathway
