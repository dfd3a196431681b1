#include "access/audit_search.h"

#include <gtest/gtest.h>

#include "access/audit_records.h"
#include "access/staff.h"
#include "core/clock.h"
#include "core/dates.h"
#include "store/migrations.h"
#include "test_database.h"

namespace pathway {
namespace {

using access::AuditEvent;

void record(store::Database& database, AuditEvent event) {
  auto connection = database.acquire();
  access::record_audit_event(*connection, event);
}

std::vector<std::string> actions_of(const access::AuditPage& page) {
  std::vector<std::string> actions;
  for (const auto& entry : page.entries) actions.push_back(entry.recorded.event.action + " " + entry.recorded.event.actor);
  return actions;
}

access::AuditPage find(store::Database& database, const access::AuditSearch& search,
                       access::AuditPosition position = {}, int page_size = 50) {
  auto connection = database.acquire();
  return access::find_audit_events(*connection, search, position, page_size);
}

TEST(AuditSearch, ARecordsEventsIncludeTheSearchesThatShowedIt) {
  testing::TestDatabase test;
  auto& db = test.database();
  record(db, {"sam", "child.list", "", "", "10.0.0.1", "page 1; name 'ann'; shown: K7M2 P9QX (identity only)"});
  record(db, {"alex", "child.view", "child", "K7M2", "10.0.0.2", ""});
  record(db, {"alex", "child.view", "child", "OTHER", "10.0.0.2", ""});
  record(db, {"kim", "child.list", "", "", "10.0.0.3", "page 1; shown: P9QX (identity only) K7M2"});
  record(db, {"kim", "child.list", "", "", "10.0.0.3", "page 1; shown: OTHER"});
  record(db, {"lee", "child.refused", "child", "K7M2", "10.0.0.4", "GET /children/K7M2"});

  auto page = find(db, {.record_type = "child", .record_id = "K7M2"});
  EXPECT_EQ(actions_of(page), (std::vector<std::string>{"child.refused lee", "child.list kim", "child.view alex",
                                                        "child.list sam"}));
  EXPECT_FALSE(page.has_newer);
  EXPECT_FALSE(page.has_older);
  EXPECT_EQ(page.entries.front().recorded.event.address, "10.0.0.4");
}

TEST(AuditSearch, NamesThePersonAndTheirJobTitle) {
  testing::TestDatabase test;
  auto& db = test.database();
  {
    auto connection = db.acquire();
    ASSERT_TRUE(access::add_staff_member(*connection, {.username = "dpo1",
                                                       .display_name = "Dana Price",
                                                       .role = access::Role::data_protection_officer,
                                                       .password = "a long enough passphrase 93"})
                    .ok());
  }
  record(db, {"dpo1", "child.view", "child", "K7M2", "", ""});
  record(db, {"system", "staff.create", "staff", "dpo1", "", ""});
  auto page = find(db, {});
  ASSERT_EQ(page.entries.size(), 2u);
  EXPECT_EQ(page.entries[0].display_name, "");  // "system" is no account
  EXPECT_EQ(page.entries[1].display_name, "Dana Price");
  EXPECT_EQ(page.entries[1].role_label, "Data protection officer");
}

TEST(AuditSearch, FiltersByPersonAndAction) {
  testing::TestDatabase test;
  auto& db = test.database();
  record(db, {"alex", "child.view", "child", "A", "", ""});
  record(db, {"sam", "child.view", "child", "B", "", ""});
  record(db, {"alex", "sign_in", "", "", "", ""});
  record(db, {"alex", "child.view", "child", "C", "", ""});
  EXPECT_EQ(actions_of(find(db, {.actor = "alex"})),
            (std::vector<std::string>{"child.view alex", "sign_in alex", "child.view alex"}));
  EXPECT_EQ(actions_of(find(db, {.actor = "alex", .action = "child.view"})),
            (std::vector<std::string>{"child.view alex", "child.view alex"}));
  EXPECT_EQ(actions_of(find(db, {.actor = "alex", .record_type = "child", .record_id = "C"})),
            std::vector<std::string>{"child.view alex"});
}

// Events are written at the current time (a test cannot wait a day), so the bounds are
// placed around the time an event was written: "from" includes that instant, "until" does not.
TEST(AuditSearch, FiltersByTimeFromIncludedUntilExcluded) {
  testing::TestDatabase test;
  auto& db = test.database();
  record(db, {"alex", "sign_in", "", "", "", ""});
  auto written = parse_iso_instant(find(db, {}).entries.front().recorded.occurred_at);
  ASSERT_TRUE(written);
  EXPECT_EQ(find(db, {.from = *written}).entries.size(), 1u);
  EXPECT_EQ(find(db, {.from = *written + 1}).entries.size(), 0u);
  EXPECT_EQ(find(db, {.until = *written}).entries.size(), 0u);
  EXPECT_EQ(find(db, {.until = *written + 1}).entries.size(), 1u);
  EXPECT_EQ(find(db, {.from = *written - 86400, .until = *written + 86400}).entries.size(), 1u);
}

TEST(AuditSearch, PagesThroughTheTrailNewestFirstInBothDirections) {
  testing::TestDatabase test;
  auto& db = test.database();
  for (int i = 1; i <= 5; ++i) record(db, {"user" + std::to_string(i), "sign_in", "", "", "", ""});
  auto first = find(db, {}, {}, 2);
  EXPECT_EQ(actions_of(first), (std::vector<std::string>{"sign_in user5", "sign_in user4"}));
  EXPECT_FALSE(first.has_newer);
  EXPECT_TRUE(first.has_older);
  auto second = find(db, {}, {.before = first.entries.back().recorded.id}, 2);
  EXPECT_EQ(actions_of(second), (std::vector<std::string>{"sign_in user3", "sign_in user2"}));
  EXPECT_TRUE(second.has_newer);
  EXPECT_TRUE(second.has_older);
  auto last = find(db, {}, {.before = second.entries.back().recorded.id}, 2);
  EXPECT_EQ(actions_of(last), std::vector<std::string>{"sign_in user1"});
  EXPECT_FALSE(last.has_older);
  auto back = find(db, {}, {.after = second.entries.front().recorded.id}, 2);
  EXPECT_EQ(actions_of(back), (std::vector<std::string>{"sign_in user5", "sign_in user4"}));
  EXPECT_FALSE(back.has_newer);
  EXPECT_TRUE(back.has_older);
}

TEST(AuditSearch, CountsNoFurtherThanAsked) {
  testing::TestDatabase test;
  auto& db = test.database();
  for (int i = 0; i < 5; ++i) record(db, {"alex", "sign_in", "", "", "", ""});
  auto connection = db.acquire();
  EXPECT_EQ(access::count_audit_events(*connection, {.actor = "alex"}, 3), 3);
  EXPECT_EQ(access::count_audit_events(*connection, {.actor = "alex"}, 10), 5);
  EXPECT_EQ(access::count_audit_events(*connection, {.actor = "sam"}, 10), 0);
}

// An audit search page names every record its 50 events name: more than one statement's worth.
TEST(AuditEventRecords, AreAllFiledForAnEventNamingHundreds) {
  testing::TestDatabase test;
  std::string shown = "shown:";
  for (int i = 0; i < 260; ++i) shown += " child:C" + std::to_string(i);
  record(test.database(), {"dpo", "audit.search", "", "", "", "no filters; " + shown});
  auto connection = test.database().acquire();
  access::file_all_records_behind_trail(*connection);
  EXPECT_EQ(connection->query_one("SELECT COUNT(*) FROM audit_event_records")->integer(0), 260);
  EXPECT_EQ(find(test.database(), {.record_type = "child", .record_id = "C259"}).entries.size(), 1u);
}

TEST(AuditEventRecords, RefuseChangesAndDeletions) {
  testing::TestDatabase test;
  record(test.database(), {"alex", "child.view", "child", "K7M2", "", ""});
  auto connection = test.database().acquire();
  access::file_all_records_behind_trail(*connection);
  EXPECT_THROW(connection->execute("UPDATE audit_event_records SET record_id = 'OTHER'"), store::StoreError);
  EXPECT_THROW(connection->execute("DELETE FROM audit_event_records"), store::StoreError);
  EXPECT_EQ(connection->query_one("SELECT COUNT(*) FROM audit_event_records")->integer(0), 1);
}

std::int64_t filed_rows(store::Connection& connection) {
  return connection.query_one("SELECT COUNT(*) FROM audit_event_records")->integer(0);
}

// Filing goes on from where it stopped, each event once, and a search by record files what
// is not filed yet before it reads, so it never misses the newest events.
TEST(AuditEventRecords, AreFiledBehindTheTrailEachEventOnce) {
  testing::TestDatabase test;
  auto& db = test.database();
  record(db, {"sam", "child.list", "", "", "", "page 1; shown: K7M2 P9QX"});
  record(db, {"alex", "child.view", "child", "K7M2", "", ""});
  record(db, {"kim", "child.list", "", "", "", "page 1; shown: K7M2"});
  auto connection = db.acquire();
  EXPECT_EQ(filed_rows(*connection), 0);
  EXPECT_EQ(access::file_records_behind_trail(*connection, 2), 2);
  EXPECT_EQ(filed_rows(*connection), 3);
  EXPECT_EQ(access::file_records_behind_trail(*connection, 2), 1);
  EXPECT_EQ(access::file_records_behind_trail(*connection, 2), 0);
  EXPECT_EQ(filed_rows(*connection), 4);

  record(db, {"lee", "child.refused", "child", "K7M2", "", "GET /children/K7M2"});
  EXPECT_EQ(actions_of(find(db, {.record_type = "child", .record_id = "K7M2"})),
            (std::vector<std::string>{"child.refused lee", "child.list kim", "child.view alex", "child.list sam"}));
  EXPECT_EQ(access::count_audit_events(*connection, {.record_type = "child", .record_id = "K7M2"}, 100), 4);
  EXPECT_EQ(filed_rows(*connection), 5);
}

// A trail written before version 13 is filed when the database is upgraded, so "who has
// seen this record" covers the searches made before the upgrade too.
TEST(AuditEventRecords, AreFiledForEventsWrittenBeforeTheUpgrade) {
  testing::TestDatabase test(testing::TestDatabase::Schema::empty);
  store::migrate(test.database(), 7);
  {
    auto connection = test.database().acquire();
    for (const char* detail : {"page 1; shown: K7M2 P9QX (identity only)", "page 2; shown: OTHER"}) {
      connection->execute("INSERT INTO audit_events (occurred_at, actor, action, detail) VALUES (?, ?, ?, ?)",
                          {to_iso_instant(now_unix_seconds()), std::string("sam"), std::string("child.list"),
                           std::string(detail)});
    }
    connection->execute(
        "INSERT INTO audit_events (occurred_at, actor, action, record_type, record_id) VALUES (?, ?, ?, ?, ?)",
        {to_iso_instant(now_unix_seconds()), std::string("alex"), std::string("child.view"), std::string("child"),
         std::string("P9QX")});    // Written with bare references before version 14 (filed under "caseload" by version 13).
    connection->execute("INSERT INTO audit_events (occurred_at, actor, action, detail) VALUES (?, ?, ?, ?)",
                        {to_iso_instant(now_unix_seconds()), std::string("amara"), std::string("caseload.mine"),
                         std::string("shown: P9QX")});
  }
  store::migrate(test.database());
  {
    // Version 14 starts filing behind the trail after the events version 13 filed.
    auto connection = test.database().acquire();
    EXPECT_EQ(connection->query_one("SELECT up_to_event_id FROM audit_records_filed")->integer(0), 4);
    EXPECT_EQ(access::file_records_behind_trail(*connection, 10), 0);
  }
  EXPECT_EQ(actions_of(find(test.database(), {.record_type = "child", .record_id = "P9QX"})),
            (std::vector<std::string>{"caseload.mine amara", "child.view alex", "child.list sam"}));
  EXPECT_EQ(actions_of(find(test.database(), {.record_type = "child", .record_id = "OTHER"})),
            std::vector<std::string>{"child.list sam"});
}

}  // namespace
}  // namespace pathway
