#include "access/audit_records.h"

#include <gtest/gtest.h>

namespace pathway::access {
namespace {

AuditEvent event(std::string action, std::string record_type, std::string record_id, std::string detail) {
  return {"alex", std::move(action), std::move(record_type), std::move(record_id), "127.0.0.1", std::move(detail)};
}

TEST(RecordsNamedBy, AnEventNamesItsOwnRecord) {
  EXPECT_EQ(records_named_by(event("child.view", "child", "K7M2", "")),
            (std::vector<NamedRecord>{{"child", "K7M2"}}));
  EXPECT_TRUE(records_named_by(event("sign_in", "", "", "")).empty());
}

TEST(RecordsNamedBy, AListNamesEveryRecordItShowedIdentityOnlyRowsIncluded) {
  EXPECT_EQ(records_named_by(event("child.list", "", "", "page 2; name 'ann'; shown: K7M2 P9QX (identity only) R3TT")),
            (std::vector<NamedRecord>{{"child", "K7M2"}, {"child", "P9QX"}, {"child", "R3TT"}}));
}

TEST(RecordsNamedBy, ListedRecordsAreOfTheKindTheActionNames) {
  EXPECT_EQ(records_named_by(event("staff.list", "", "", "shown: alex sam")),
            (std::vector<NamedRecord>{{"staff", "alex"}, {"staff", "sam"}}));
}

TEST(RecordsNamedBy, AListedRecordMaySayItsKind) {
  EXPECT_EQ(records_named_by(event("audit.search", "", "", "person 'sam'; shown: child:K7M2 staff:j.smith")),
            (std::vector<NamedRecord>{{"child", "K7M2"}, {"staff", "j.smith"}}));
  EXPECT_TRUE(records_named_by(event("audit.search", "", "", "shown: child: K7M2")).empty());
}

TEST(ShownRecords, NamesEachRecordOnceWithItsKindAndReadsBack) {
  std::vector<NamedRecord> records = {{"child", "K7M2"}, {"staff", "sam"}, {"child", "K7M2"}};
  EXPECT_EQ(shown_records(records), "shown: child:K7M2 staff:sam");
  EXPECT_EQ(records_named_by(event("audit.search", "", "", "person 'x'; " + shown_records(records))),
            (std::vector<NamedRecord>{{"child", "K7M2"}, {"staff", "sam"}}));
  EXPECT_EQ(shown_records({}), "shown:");
}

TEST(RecordsNamedBy, APossibleDuplicateNotShownIsNamedToo) {
  EXPECT_EQ(records_named_by(event("child.restricted_match", "child", "A111",
                                   "a restricted record may be the same child, not shown to the user: B222 A111")),
            (std::vector<NamedRecord>{{"child", "A111"}, {"child", "B222"}}));
}

TEST(RecordsNamedBy, AnEmptyListNamesNothing) {
  EXPECT_TRUE(records_named_by(event("child.list", "", "", "page 1; name 'zz'; shown: ")).empty());
}

// What a user typed is quoted in a detail, and is never read as a record shown.
TEST(RecordsNamedBy, ASearchTermCannotNameARecord) {
  EXPECT_EQ(records_named_by(event("child.list", "", "", "page 1; name 'x shown: FAKE'; shown: REAL")),
            (std::vector<NamedRecord>{{"child", "REAL"}}));
  EXPECT_TRUE(records_named_by(event("child.list", "", "", "page 1; name 'x'; shown: FAKE'; shown: ")).empty());
  EXPECT_TRUE(records_named_by(event("audit.search", "", "", "person 'shown: FAKE'")).empty());
  EXPECT_TRUE(records_named_by(event("audit.search", "", "", "person 'shown: FAKE X'; from 2026-01-01")).empty());
}

TEST(RecordsNamedBy, AnEventWithoutAKindListsNothing) {
  EXPECT_TRUE(records_named_by(event("sign_in_failed", "", "", "shown: K7M2")).empty());
}

}  // namespace
}  // namespace pathway::access
