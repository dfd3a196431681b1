// The quarters the performance pages and board reports count by: as written in a URL, their
// days, the ones compared, and the ended quarters a board report offers.
#include "performance/board_report_quarter.h"

#include <gtest/gtest.h>

namespace pathway::performance {
namespace {

measures::Day day(const char* iso) { return measures::day_of(*parse_iso_date(iso)); }

TEST(Quarter, ReadsAQuarterAsWrittenInALink) {
  auto quarter = parse_quarter("2026-Q2");
  ASSERT_TRUE(quarter);
  EXPECT_EQ(quarter->year, 2026);
  EXPECT_EQ(quarter->number, 2);
  EXPECT_EQ(quarter->code(), "2026-Q2");
  EXPECT_EQ(quarter->label(), "April to June 2026");
  for (const char* wrong : {"", "2026-Q0", "2026-Q5", "2026Q2", "2026-q2", "26-Q2", "2026-Q2x", "0000-Q1", "20x6-Q1"}) {
    EXPECT_FALSE(parse_quarter(wrong)) << wrong;
  }
}

TEST(Quarter, APeriodRunsFromTheFirstDayToTheLastIncludingLeapDays) {
  EXPECT_EQ((Quarter{2024, 1}.period().from), day("2024-01-01"));
  EXPECT_EQ((Quarter{2024, 1}.period().to), day("2024-03-31"));
  EXPECT_EQ((Quarter{2026, 2}.period().to), day("2026-06-30"));
  EXPECT_EQ((Quarter{2026, 4}.period().from), day("2026-10-01"));
  EXPECT_EQ((Quarter{2026, 4}.period().to), day("2026-12-31"));
}

TEST(Quarter, ComparesWithThePreviousQuarterAcrossAYearEndAndTheSameQuarterAYearBefore) {
  EXPECT_EQ((Quarter{2026, 1}.previous()), (Quarter{2025, 4}));
  EXPECT_EQ((Quarter{2026, 3}.previous()), (Quarter{2026, 2}));
  EXPECT_EQ((Quarter{2026, 3}.year_before()), (Quarter{2025, 3}));
}

TEST(Quarter, CountsQuartersForwardAndBackAcrossYears) {
  EXPECT_EQ((Quarter{2026, 1}.plus(-5)), (Quarter{2024, 4}));
  EXPECT_EQ((Quarter{2026, 3}.plus(6)), (Quarter{2028, 1}));
  EXPECT_EQ((Quarter{2026, 3}.plus(0)), (Quarter{2026, 3}));
  EXPECT_EQ((Quarter{2026, 4}.plus(1)), (Quarter{2027, 1}));
  EXPECT_TRUE((Quarter{2025, 4} < Quarter{2026, 1}));
}

TEST(Quarter, OffersOnlyQuartersThatHaveEndedNewestFirst) {
  auto today = *parse_iso_date("2026-10-01");  // the first day of Q4: Q3 has just ended
  auto quarters = ended_quarters(today, 3);
  ASSERT_EQ(quarters.size(), 3u);
  EXPECT_EQ(quarters[0], (Quarter{2026, 3}));
  EXPECT_EQ(quarters[2], (Quarter{2026, 1}));
  EXPECT_EQ(quarter_of(*parse_iso_date("2026-09-30")), (Quarter{2026, 3}));
}

}  // namespace
}  // namespace pathway::performance
