// The quarters a board report covers: as written in a URL, their days, the ones compared.
#include "performance/board_report_quarter.h"

#include <gtest/gtest.h>

namespace pathway::performance {
namespace {

measures::Day day(const char* iso) { return measures::day_of(*parse_iso_date(iso)); }

TEST(BoardReportQuarter, ReadsAQuarterAsWrittenInALink) {
  auto quarter = parse_quarter("2026-Q2");
  ASSERT_TRUE(quarter.ok());
  EXPECT_EQ(quarter->year, 2026);
  EXPECT_EQ(quarter->number, 2);
  EXPECT_EQ(quarter_code(quarter.value()), "2026-Q2");
  EXPECT_EQ(quarter_label(quarter.value()), "April to June 2026");
  for (const char* wrong : {"", "2026-Q0", "2026-Q5", "2026Q2", "2026-q2", "26-Q2", "2026-Q2x", "0000-Q1", "20x6-Q1"}) {
    EXPECT_FALSE(parse_quarter(wrong).ok()) << wrong;
  }
}

TEST(BoardReportQuarter, APeriodRunsFromTheFirstDayToTheLastIncludingLeapDays) {
  EXPECT_EQ(quarter_period({2024, 1}).from, day("2024-01-01"));
  EXPECT_EQ(quarter_period({2024, 1}).to, day("2024-03-31"));
  EXPECT_EQ(quarter_period({2026, 2}).to, day("2026-06-30"));
  EXPECT_EQ(quarter_period({2026, 4}).from, day("2026-10-01"));
  EXPECT_EQ(quarter_period({2026, 4}).to, day("2026-12-31"));
}

TEST(BoardReportQuarter, ComparesWithThePreviousQuarterAcrossAYearEndAndTheSameQuarterAYearBefore) {
  EXPECT_EQ(previous_quarter({2026, 1}), (Quarter{2025, 4}));
  EXPECT_EQ(previous_quarter({2026, 3}), (Quarter{2026, 2}));
  EXPECT_EQ(same_quarter_a_year_before({2026, 3}), (Quarter{2025, 3}));
}

TEST(BoardReportQuarter, OffersOnlyQuartersThatHaveEndedNewestFirst) {
  auto today = *parse_iso_date("2026-10-01");  // the first day of Q4: Q3 has just ended
  auto quarters = ended_quarters(today, 3);
  ASSERT_EQ(quarters.size(), 3u);
  EXPECT_EQ(quarters[0], (Quarter{2026, 3}));
  EXPECT_EQ(quarters[2], (Quarter{2026, 1}));
  EXPECT_EQ(quarter_of(*parse_iso_date("2026-09-30")), (Quarter{2026, 3}));
}

}  // namespace
}  // namespace pathway::performance
