// The demo county's corrections of the justice record, on either backend: offences' dates,
// orders' ends and unpaid work hours are each corrected somewhere, by a member of staff,
// and every correction ends at the value the record holds (the county's shape is what the
// demo drew).
#include <gtest/gtest.h>

#include "shared_demo_county.h"

namespace pathway {
namespace {

std::int64_t count(store::Connection& connection, const std::string& sql) {
  return connection.query_one(sql)->integer(0);
}

TEST(DemoRecordCorrections, EachKindIsCorrectedToWhatTheRecordHolds) {
  auto db = testing::SharedDemoCounty::instance().database().acquire();
  for (const char* kind : {"offence", "outcome", "requirement"}) {
    EXPECT_GT(count(*db, std::string("SELECT COUNT(*) FROM record_corrections WHERE record_kind = '") + kind + "'"), 0)
        << kind;
  }
  EXPECT_EQ(count(*db, "SELECT COUNT(*) FROM record_corrections r LEFT JOIN staff s ON s.username = r.corrected_by"
                       " WHERE s.id IS NULL OR s.display_name <> r.corrected_by_name"),
            0);
  EXPECT_GT(count(*db, "SELECT COUNT(*) FROM record_corrections WHERE reason IS NOT NULL"), 0);
  EXPECT_EQ(count(*db, "SELECT COUNT(*) FROM record_correction_fields f JOIN record_corrections r ON r.id = f.correction_id"
                       " JOIN offences o ON o.id = r.record_id WHERE r.record_kind = 'offence'"
                       " AND (f.field <> 'offence_date' OR f.new_value <> o.offence_date OR f.old_value <= o.offence_date)"),
            0);
  EXPECT_EQ(count(*db, "SELECT COUNT(*) FROM record_correction_fields f JOIN record_corrections r ON r.id = f.correction_id"
                       " JOIN outcomes u ON u.id = r.record_id WHERE r.record_kind = 'outcome'"
                       " AND (f.field <> 'end_date' OR f.new_value <> u.end_date)"),
            0);
  EXPECT_EQ(count(*db, "SELECT COUNT(*) FROM record_correction_fields f JOIN record_corrections r ON r.id = f.correction_id"
                       " JOIN yro_requirements q ON q.id = r.record_id WHERE r.record_kind = 'requirement'"
                       " AND (f.field <> 'amount' OR f.new_value <> CAST(q.amount AS TEXT))"),
            0);
}

}  // namespace
}  // namespace pathway
