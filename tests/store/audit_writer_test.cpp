#include "access/audit_writer.h"

#include <gtest/gtest.h>

#include <thread>

#include "test_database.h"

namespace pathway {
namespace {

std::int64_t audit_count(store::Database& database) {
  auto connection = database.acquire();
  return connection->query_one("SELECT COUNT(*) FROM audit_events")->integer(0);
}

TEST(AuditWriter, EveryEventIsDurableWhenRecordReturns) {
  testing::TestDatabase test;
  access::AuditWriter writer(test.database());
  std::vector<std::thread> requests;
  std::atomic<int> missing{0};
  for (int t = 0; t < 8; ++t) {
    requests.emplace_back([&, t] {
      for (int i = 0; i < 25; ++i) {
        std::string id = std::to_string(t) + "-" + std::to_string(i);
        writer.record({"tester", "child.view", "child", id, "127.0.0.1", ""});
        // Read back on another connection: the event must already be committed.
        auto connection = test.database().acquire();
        if (connection->query_one("SELECT COUNT(*) FROM audit_events WHERE record_id = ?", {id})->integer(0) != 1) {
          ++missing;
        }
      }
    });
  }
  for (auto& request : requests) request.join();
  EXPECT_EQ(missing, 0);
  EXPECT_EQ(audit_count(test.database()), 200);
}

TEST(AuditWriter, AFailedBatchFailsTheRequestsInIt) {
  testing::TestDatabase test;
  {
    auto connection = test.database().acquire();
    connection->execute_script(
        connection->backend() == store::Backend::sqlite
            ? "CREATE TRIGGER refuse BEFORE INSERT ON audit_events BEGIN SELECT RAISE(ABORT, 'disk full'); END"
            : "CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RAISE EXCEPTION 'disk full'; END$$;"
              " CREATE TRIGGER refuse BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION refuse()");
  }
  access::AuditWriter writer(test.database());
  EXPECT_THROW(writer.record({"tester", "child.view", "child", "X", "", ""}), store::StoreError);
  {
    auto connection = test.database().acquire();
    connection->execute_script(connection->backend() == store::Backend::sqlite ? "DROP TRIGGER refuse"
                                                                               : "DROP TRIGGER refuse ON audit_events");
  }
  EXPECT_NO_THROW(writer.record({"tester", "child.view", "child", "Y", "", ""}));
  EXPECT_EQ(audit_count(test.database()), 1);
}

TEST(AuditWriter, WritesWhatIsQueuedBeforeStopping) {
  testing::TestDatabase test;
  {
    access::AuditWriter writer(test.database());
    writer.record({"tester", "child.list", "", "", "", "page 1"});
  }
  EXPECT_EQ(audit_count(test.database()), 1);
}

std::int64_t filed_rows(store::Database& database) {
  auto connection = database.acquire();
  return connection->query_one("SELECT COUNT(*) FROM audit_event_records")->integer(0);
}

// The records a list page names are filed behind the trail, not in the commit its request
// waits for; the writer catches up between batches, and files all that is left as it stops.
TEST(AuditWriter, FilesTheRecordsEventsNameBehindTheTrail) {
  testing::TestDatabase test;
  {
    access::AuditWriter writer(test.database());
    writer.record({"tester", "child.list", "", "", "", "page 1; shown: A1 B2"});
    // A batch after the filing interval has passed is followed by a filing.
    std::this_thread::sleep_for(std::chrono::milliseconds(150));
    writer.record({"tester", "child.list", "", "", "", "page 1; shown: C3"});
    for (int i = 0; i < 100 && filed_rows(test.database()) < 2; ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    EXPECT_GE(filed_rows(test.database()), 2);
    writer.record({"tester", "child.view", "child", "D4", "", ""});
  }
  EXPECT_EQ(filed_rows(test.database()), 4);
  auto connection = test.database().acquire();
  EXPECT_EQ(connection->query_one("SELECT up_to_event_id FROM audit_records_filed")->integer(0),
            connection->query_one("SELECT MAX(id) FROM audit_events")->integer(0));
}

}  // namespace
}  // namespace pathway
