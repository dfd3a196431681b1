// The children behind each number (measures/counted_figures.h): for every figure that counts
// children or their records, on generated records, for many periods and scopes, the list
// has exactly as many entries as the figure counts, each of a child in the scope on a day in
// the period, and a figure that counts children lists each child once. On SQLite, and
// PostgreSQL under scripts/with-postgres.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "measures/counted_figures.h"
#include "measures_fixture.h"
#include "measures_generator.h"

namespace pathway {
namespace {

TEST(MeasureLists, EveryListHasAsManyEntriesAsItsNumber) {
  testing::MeasuresFixture db;
  testing::MeasuresGenerator(db).districts_and_children(250);
  auto snapshot = db.snapshot();
  const std::vector<std::pair<std::string, std::string>> periods = {
      {"2020-01-01", "2020-03-31"}, {"2022-07-01", "2022-09-30"}, {"2024-02-29", "2024-02-29"},
      {"2023-04-01", "2024-03-31"}, {"2025-06-30", "2025-12-31"}, {"2018-01-01", "2030-12-31"}};
  const std::vector<std::vector<std::string>> district_sets = {{}, {"A1", "A2"}, {"B2"}, {"A2", "B1"}};
  std::int64_t listed = 0;
  for (const auto& [from, to] : periods) {
    auto period = measures::parse_period(from, to).value();
    for (const auto& districts : district_sets) {
      auto scope = measures::resolve_scope(snapshot, districts, {}).value();
      auto set = measures::measure_sets(snapshot, period, {scope}, period.to).front();
      for (const auto& figure : measures::counted_figures()) {
        std::string where = figure.key() + " " + from + " to " + to + " in " + std::to_string(districts.size());
        auto records = measures::counted_records(snapshot, figure, period, scope);
        EXPECT_EQ(static_cast<std::int64_t>(records.size()), figure.value(set)) << where;
        std::set<measures::ChildIndex> children;
        for (const auto& record : records) {
          EXPECT_TRUE(period.contains(record.day)) << where;
          auto district = snapshot.children.district[record.child];
          EXPECT_TRUE(std::find(scope.districts.begin(), scope.districts.end(), district) != scope.districts.end())
              << where;
          children.insert(record.child);
        }
        if (!figure.counts_records) {
          EXPECT_EQ(children.size(), records.size()) << where;
        }
        listed += static_cast<std::int64_t>(records.size());
      }
    }
  }
  EXPECT_GT(listed, 1000);  // the generated records reach every list
}

TEST(MeasureLists, ARecordCountedTwiceIsListedTwiceAndAChildOnce) {
  testing::MeasuresFixture db;
  db.district("D1", "AREA", {{2025, 1000}});
  auto sam = db.child("2010-05-01", "D1");
  db.proven(sam, "2025-02-01", "detention_and_training_order");
  db.proven(sam, "2025-03-01", "section_250");
  auto snapshot = db.snapshot();
  auto period = measures::parse_period("2025-01-01", "2025-03-31").value();
  auto scope = measures::whole_service(snapshot);
  auto custody = measures::counted_records(snapshot, *measures::find_counted_figure("custody.count"), period, scope);
  ASSERT_EQ(custody.size(), 2u);
  EXPECT_EQ(snapshot.children.id[custody[0].child], sam);
  EXPECT_EQ(measures::date_of(custody[0].day), *parse_iso_date("2025-02-01"));
  EXPECT_EQ(measures::date_of(custody[1].day), *parse_iso_date("2025-03-01"));
  auto entrants =
      measures::counted_records(snapshot, *measures::find_counted_figure("first_time_entrants.count"), period, scope);
  ASSERT_EQ(entrants.size(), 1u);
  EXPECT_EQ(measures::date_of(entrants[0].day), *parse_iso_date("2025-02-01"));
  EXPECT_EQ(measures::find_counted_figure("custody.percent_of_court_disposals"), nullptr);
  EXPECT_EQ(measures::find_counted_figure("reoffending.cohort"), nullptr);
}

}  // namespace
}  // namespace pathway
