// The audit trail's hash chain on a real database (both backends): both write paths link
// every event, migration 8 links the events already there and keeps the trail append-only,
// and verify finds a trail altered behind the program's back (triggers dropped with raw
// SQL, as someone with full rights on the database could).
#include "store/audit_chain.h"

#include <gtest/gtest.h>

#include <thread>

#include "access/audit.h"
#include "access/audit_writer.h"
#include "store/copy.h"
#include "store/transaction.h"
#include "test_database.h"

namespace pathway {
namespace {

access::AuditEvent viewed(const std::string& record_id) {
  return {"caseworker", "child.view", "child", record_id, "10.0.0.1", ""};
}

// Records `count` events, each in its own transaction, as a change's event is.
void record_events(store::Database& database, int count, const std::string& prefix = "R") {
  auto connection = database.acquire();
  for (int i = 0; i < count; ++i) {
    store::Transaction transaction(*connection);
    access::record_audit_event(*connection, viewed(prefix + std::to_string(i)));
    transaction.commit();
  }
}

store::AuditChainReport verify(store::Database& database, const std::optional<std::string>& anchor = std::nullopt) {
  auto connection = database.acquire();
  return store::verify_audit_chain(*connection, anchor);
}

std::string fault_of(store::Database& database) {
  auto report = verify(database);
  return report.fault ? report.fault->describe() : "intact";
}

std::int64_t last_id(store::Database& database) {
  return database.acquire()->query_one("SELECT MAX(id) FROM audit_events")->integer(0);
}

// What someone with full rights on the database can do: lift the append-only triggers.
void drop_append_only_triggers(store::Database& database) {
  auto connection = database.acquire();
  connection->execute_script(
      connection->backend() == store::Backend::sqlite
          ? "DROP TRIGGER audit_events_no_update; DROP TRIGGER audit_events_no_delete;"
            " DROP TRIGGER audit_events_no_replace; DROP TRIGGER audit_events_positive_ids;"
          : "ALTER TABLE audit_events DISABLE TRIGGER USER");
}

void raw(store::Database& database, const std::string& sql) { database.acquire()->execute_script(sql); }

TEST(AuditChain, RecordAuditEventLinksEachEventToTheOneBefore) {
  testing::TestDatabase test;
  record_events(test.database(), 5);
  auto connection = test.database().acquire();
  std::string previous(store::audit_chain_start);
  auto rows = connection->query("SELECT previous_hash, event_hash FROM audit_events ORDER BY id", {});
  ASSERT_EQ(rows.size(), 5u);
  for (const auto& row : rows) {
    EXPECT_EQ(row.text(0), previous);
    EXPECT_EQ(row.text(1).size(), 64u);
    previous = row.text(1);
  }
  auto head = connection->query_one("SELECT last_id, last_hash FROM audit_chain_head");
  EXPECT_EQ(head->integer(0), last_id(test.database()));
  EXPECT_EQ(head->text(1), previous);
  auto report = verify(test.database());
  EXPECT_FALSE(report.fault.has_value()) << report.fault->describe();
  EXPECT_EQ(report.events, 5);
  EXPECT_EQ(report.head.last_hash, previous);
}

TEST(AuditChain, AnEmptyTrailIsIntact) {
  testing::TestDatabase test;
  auto report = verify(test.database());
  EXPECT_FALSE(report.fault.has_value());
  EXPECT_EQ(report.events, 0);
  EXPECT_EQ(report.head.last_hash, store::audit_chain_start);
}

TEST(AuditChain, TheGroupCommitWriterLinksEveryEventOfEveryBatch) {
  testing::TestDatabase test;
  {
    access::AuditWriter writer(test.database());
    std::vector<std::thread> requests;
    for (int t = 0; t < 8; ++t) {
      requests.emplace_back([&, t] {
        for (int i = 0; i < 25; ++i) writer.record(viewed(std::to_string(t) + "-" + std::to_string(i)));
      });
    }
    for (auto& request : requests) request.join();
  }
  auto report = verify(test.database());
  EXPECT_FALSE(report.fault.has_value()) << report.fault->describe();
  EXPECT_EQ(report.events, 200);
}

// Two servers are two pools of connections: both write paths of each, at once, still make
// one chain (on PostgreSQL this needs the chain's lock; on SQLite the write lock does it).
// A request's failure, reported from the thread that made it.
template <class Request>
auto failing_test_on_error(Request request) {
  return [request] {
    try {
      request();
    } catch (const store::StoreError& error) {
      ADD_FAILURE() << error.what();
    }
  };
}

TEST(AuditChain, SeveralServersWritingAtOnceMakeOneChain) {
  testing::TestDatabase test;
  std::vector<std::unique_ptr<store::Database>> servers;
  for (int s = 0; s < 2; ++s) servers.push_back(store::open_database(test.path(), 4));
  std::vector<std::thread> requests;
  for (int s = 0; s < 2; ++s) {
    auto& server = *servers[s];
    requests.emplace_back(
        failing_test_on_error([&server, s] { record_events(server, 40, "change" + std::to_string(s) + "-"); }));
    requests.emplace_back([&server, s] {
      access::AuditWriter writer(server);
      std::vector<std::thread> views;
      for (int t = 0; t < 4; ++t) {
        views.emplace_back(failing_test_on_error([&writer, s, t] {
          for (int i = 0; i < 20; ++i) {
            writer.record(viewed(std::to_string(s) + "/" + std::to_string(t) + "/" + std::to_string(i)));
          }
        }));
      }
      for (auto& view : views) view.join();
    });
  }
  for (auto& request : requests) request.join();
  servers.clear();
  auto report = verify(test.database());
  EXPECT_FALSE(report.fault.has_value()) << report.fault->describe();
  EXPECT_EQ(report.events, 2 * 40 + 2 * 4 * 20);
}

TEST(AuditChain, MigrationEightLinksTheEventsAlreadyThereAndKeepsTheTrailAppendOnly) {
  testing::TestDatabase test(testing::TestDatabase::Schema::empty);
  store::migrate(test.database(), 7);
  raw(test.database(),
      "INSERT INTO audit_events (occurred_at, actor, action, record_type, record_id, address, detail) VALUES"
      " ('2026-01-01T09:00:00Z', 'caseworker', 'sign_in', NULL, NULL, '10.0.0.1', NULL),"
      " ('2026-01-01T09:01:00Z', 'caseworker', 'child.view', 'child', 'K7M2P9QX4R', '10.0.0.1', ''),"
      " ('2026-01-01T09:02:00Z', 'caseworker', 'child.update', 'child', 'K7M2P9QX4R', '10.0.0.1', 'changed: sex')");
  store::migrate(test.database());
  auto report = verify(test.database());
  EXPECT_FALSE(report.fault.has_value()) << report.fault->describe();
  EXPECT_EQ(report.events, 3);
  EXPECT_EQ(report.head.last_id, last_id(test.database()));

  auto connection = test.database().acquire();
  EXPECT_THROW(connection->execute("UPDATE audit_events SET actor = 'mallory'"), store::StoreError);
  EXPECT_THROW(connection->execute("DELETE FROM audit_events"), store::StoreError);
  // New events continue the chain from the linked ones.
  store::Transaction transaction(*connection);
  access::record_audit_event(*connection, viewed("K7M2P9QX4R"));
  transaction.commit();
  EXPECT_EQ(verify(test.database()).events, 4);
  EXPECT_FALSE(verify(test.database()).fault.has_value());
}

TEST(AuditChain, TheHeadHasOneRowAndMovesOnlyForward) {
  testing::TestDatabase test;
  record_events(test.database(), 3);
  auto connection = test.database().acquire();
  auto first = connection->query_one("SELECT id, event_hash FROM audit_events ORDER BY id LIMIT 1");
  EXPECT_THROW(connection->execute("UPDATE audit_chain_head SET last_id = ?, last_hash = ?",
                                   {first->integer(0), first->text(1)}),
               store::StoreError);
  EXPECT_THROW(connection->execute("UPDATE audit_chain_head SET last_id = last_id + 100"), store::StoreError);
  EXPECT_THROW(connection->execute("DELETE FROM audit_chain_head"), store::StoreError);
  EXPECT_THROW(connection->execute("INSERT INTO audit_chain_head (only_row, last_id, last_hash) VALUES (2, 0, 'x')"),
               store::StoreError);
  if (test.backend() == store::Backend::postgresql) {
    EXPECT_THROW(connection->execute("TRUNCATE audit_chain_head"), store::StoreError);
  }
  EXPECT_FALSE(verify(test.database()).fault.has_value());
}

TEST(AuditVerify, FindsAChangedField) {
  testing::TestDatabase test;
  record_events(test.database(), 5);
  drop_append_only_triggers(test.database());
  auto id = last_id(test.database()) - 2;
  raw(test.database(), "UPDATE audit_events SET actor = 'someone else' WHERE id = " + std::to_string(id));
  EXPECT_EQ(fault_of(test.database()), "event " + std::to_string(id) + " was altered");
}

TEST(AuditVerify, FindsADeletedRow) {
  testing::TestDatabase test;
  record_events(test.database(), 5);
  drop_append_only_triggers(test.database());
  auto id = last_id(test.database()) - 2;
  raw(test.database(), "DELETE FROM audit_events WHERE id = " + std::to_string(id));
  EXPECT_EQ(fault_of(test.database()), "an event before " + std::to_string(id + 1) +
                                           " was removed (or the event before it was altered and its hash recomputed)");
}

TEST(AuditVerify, FindsARowInsertedBeforeTheFirst) {
  testing::TestDatabase test;
  record_events(test.database(), 3);
  drop_append_only_triggers(test.database());
  raw(test.database(), "INSERT INTO audit_events (id, occurred_at, actor, action) VALUES (0, 't', 'mallory', 'forged')");
  EXPECT_EQ(fault_of(test.database()), "event 0 was inserted out of order");
}

TEST(AuditVerify, FindsARowInsertedAfterTheLast) {
  testing::TestDatabase test;
  record_events(test.database(), 3);
  // No trigger stops an INSERT: only the chain shows it was not the program's.
  raw(test.database(), "INSERT INTO audit_events (occurred_at, actor, action) VALUES ('t', 'mallory', 'forged')");
  EXPECT_EQ(fault_of(test.database()), "event " + std::to_string(last_id(test.database())) + " was inserted out of order");
}

TEST(AuditVerify, FindsTheLastRowRemoved) {
  testing::TestDatabase test;
  record_events(test.database(), 4);
  drop_append_only_triggers(test.database());
  auto id = last_id(test.database());
  raw(test.database(), "DELETE FROM audit_events WHERE id = " + std::to_string(id));
  EXPECT_EQ(fault_of(test.database()), "an event after " + std::to_string(id - 1) +
                                           " was removed: the chain's recorded head is event " + std::to_string(id));
}

TEST(AuditVerify, FindsARewriteThatMovedTheHeadAgainstAnAnchor) {
  testing::TestDatabase test;
  record_events(test.database(), 3);
  std::string anchor = verify(test.database()).head.last_hash;
  EXPECT_FALSE(verify(test.database(), anchor).fault.has_value());
  // Everything removed and written again by the program's own rules: consistent, but the
  // anchored event is gone.
  drop_append_only_triggers(test.database());
  raw(test.database(), test.backend() == store::Backend::sqlite
                           ? "DROP TRIGGER audit_chain_head_moves_forward; DELETE FROM audit_events;"
                             " UPDATE audit_chain_head SET last_id = 0, last_hash = '" +
                                 std::string(store::audit_chain_start) + "'"
                           : "ALTER TABLE audit_chain_head DISABLE TRIGGER USER; DELETE FROM audit_events;"
                             " UPDATE audit_chain_head SET last_id = 0, last_hash = '" +
                                 std::string(store::audit_chain_start) + "'");
  record_events(test.database(), 3, "forged");
  EXPECT_FALSE(verify(test.database()).fault.has_value());
  auto report = verify(test.database(), anchor);
  ASSERT_TRUE(report.fault.has_value());
  EXPECT_EQ(report.fault->kind, store::AuditChainFault::Kind::anchor_missing);
}

TEST(AuditVerify, SeesOneMomentWhileServersGoOnWriting) {
  testing::TestDatabase test;
  record_events(test.database(), 20);
  std::atomic<bool> done{false};
  std::thread writer([&] {
    while (!done) record_events(test.database(), 1, "meanwhile");
  });
  for (int i = 0; i < 5; ++i) {
    auto report = verify(test.database());
    EXPECT_FALSE(report.fault.has_value()) << report.fault->describe();
  }
  done = true;
  writer.join();
}

TEST(AuditChain, ACopyKeepsTheChainAndGoesOnFromIt) {
  testing::TestDatabase original;
  testing::TestDatabase copy;
  record_events(original.database(), 5);
  store::copy_database(original.database(), copy.database());
  auto report = verify(copy.database());
  EXPECT_FALSE(report.fault.has_value()) << report.fault->describe();
  EXPECT_EQ(report.head.last_hash, verify(original.database()).head.last_hash);
  record_events(copy.database(), 2, "after");
  EXPECT_FALSE(verify(copy.database()).fault.has_value());
  EXPECT_EQ(verify(copy.database()).events, 7);
}

}  // namespace
}  // namespace pathway
