// The server's snapshot of the records (measures/snapshot_cache.h): loaded once, loaded again
// when a record the measures count changes (schema version 25's count of changes), and
// kept when a change touches nothing they count. On SQLite, and PostgreSQL under
// scripts/with-postgres.
#include <gtest/gtest.h>

#include "measures/snapshot_cache.h"
#include "measures_fixture.h"

namespace pathway {
namespace {

// One district with a population and one child in it: the row id of the child.
std::int64_t one_child(testing::MeasuresFixture& db) {
  db.district("D1", "AREA", {{2025, 1000}});
  return db.child("2010-05-01", "D1");
}

TEST(SnapshotCache, LoadsOnceAndAgainOnlyWhenACountedRecordChanges) {
  testing::MeasuresFixture db;
  auto sam = one_child(db);
  measures::SnapshotCache cache;
  auto& database = db.database().database();
  auto first = cache.current(database);
  EXPECT_EQ(cache.loads(), 1);
  EXPECT_EQ(cache.current(database), first);
  EXPECT_EQ(cache.loads(), 1);

  db.proven(sam, "2025-02-01", "youth_caution");
  auto second = cache.current(database);
  EXPECT_EQ(cache.loads(), 2);
  EXPECT_EQ(second->records.outcomes.size(), 1u);

  db.connection().execute("UPDATE children SET given_name = 'Samuel' WHERE id = ?", {sam});
  EXPECT_EQ(cache.current(database), second);  // a name counts in no measure

  db.connection().execute("UPDATE children SET date_of_birth = '2011-05-01' WHERE id = ?", {sam});
  auto third = cache.current(database);
  EXPECT_EQ(cache.loads(), 3);
  EXPECT_EQ(measures::date_of(third->records.children.tenth_birthday[0]), *parse_iso_date("2021-05-01"));

  for (const char* change : {"UPDATE outcomes SET completion = 'completed'", "DELETE FROM outcome_offences",
                             "UPDATE district_populations SET population_10_17 = 2000", "DELETE FROM offences"}) {
    auto before = cache.loads();
    db.connection().execute(change);
    cache.current(database);
    EXPECT_EQ(cache.loads(), before + 1) << change;
  }
}

TEST(SnapshotCache, ARolledBackChangeLeavesTheSnapshotCurrent) {
  testing::MeasuresFixture db;
  auto sam = one_child(db);
  measures::SnapshotCache cache;
  auto& database = db.database().database();
  cache.current(database);
  {
    store::Transaction transaction(db.connection());
    db.proven(sam, "2025-02-01", "youth_caution");
  }  // rolled back
  cache.current(database);
  EXPECT_EQ(cache.loads(), 1);
}

TEST(SnapshotCache, CountsEachPeriodOnceForTheSnapshotItHolds) {
  testing::MeasuresFixture db;
  auto sam = one_child(db);
  db.proven(sam, "2025-02-01", "youth_caution");
  measures::SnapshotCache cache;
  auto held = cache.current(db.database().database());
  auto quarter = measures::parse_period("2025-01-01", "2025-03-31").value();
  auto counts = held->periods.of(quarter);
  EXPECT_EQ(held->periods.of(quarter), counts);  // kept, not counted again
  EXPECT_EQ((*counts)[0].first_time_entrants, 1);
  EXPECT_EQ((*held->periods.of(measures::parse_period("2025-04-01", "2025-06-30").value()))[0].first_time_entrants, 0);
  // Only so many periods are kept: the least recently asked is counted again.
  for (int i = 0; i < static_cast<int>(measures::CountedPeriods::kept_periods); ++i) {
    held->periods.of({quarter.from + i + 1, quarter.to});
  }
  EXPECT_NE(held->periods.of(quarter), counts);
}

}  // namespace
}  // namespace pathway
