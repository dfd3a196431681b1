// The quarters the performance pages count by (performance/quarter.h) and how a
// figure stands against its target (performance/dashboard_model.h).
#include <gtest/gtest.h>

#include "performance/dashboard_model.h"
#include "performance/quarter.h"

namespace pathway::performance {
namespace {

Date date(const char* iso) { return *parse_iso_date(iso); }

TEST(DashboardQuarter, ReadsOnlyAQuarterWrittenLikeTheAddressWritesIt) {
  EXPECT_EQ(parse_quarter("2026-Q3"), (Quarter{2026, 3}));
  EXPECT_EQ(parse_quarter("1999-Q1"), (Quarter{1999, 1}));
  for (const char* wrong : {"", "2026-Q5", "2026-Q0", "2026Q3", "2026-q3", "26-Q3", "2026-Q31", "+026-Q3", "1899-Q4",
                            "3000-Q1", " 2026-Q3"}) {
    EXPECT_FALSE(parse_quarter(wrong)) << wrong;
  }
}

TEST(DashboardQuarter, IsACalendarQuarterWithItsNeighbours) {
  Quarter q2{2024, 2};
  EXPECT_EQ(measures::date_of(q2.period().from), date("2024-04-01"));
  EXPECT_EQ(measures::date_of(q2.period().to), date("2024-06-30"));
  EXPECT_EQ(measures::date_of(Quarter{2024, 1}.period().to), date("2024-03-31"));
  EXPECT_EQ(measures::date_of(Quarter{2024, 4}.period().to), date("2024-12-31"));
  EXPECT_EQ(q2.code(), "2024-Q2");
  EXPECT_EQ(q2.label(), "April to June 2024");
  EXPECT_EQ((Quarter{2024, 1}.previous()), (Quarter{2023, 4}));
  EXPECT_EQ(q2.previous(), (Quarter{2024, 1}));
  EXPECT_EQ(q2.year_before(), (Quarter{2023, 2}));
  EXPECT_EQ(quarter_of(date("2026-12-01")), (Quarter{2026, 4}));
  EXPECT_EQ(quarter_of(date("2026-01-01")), (Quarter{2026, 1}));
  EXPECT_EQ(quarter_of(date("2026-06-30")), (Quarter{2026, 2}));
  EXPECT_EQ(quarter_of(date("2026-07-01")), (Quarter{2026, 3}));
}

TEST(DashboardStanding, OnTargetWhenNoWorseThanTheTargetOneWayOrTheOther) {
  using measures::Better;
  EXPECT_EQ(standing_of(3.5, 3.5, Better::lower), TargetStanding::on_target);
  EXPECT_EQ(standing_of(3.6, 3.5, Better::lower), TargetStanding::off_target);
  EXPECT_EQ(standing_of(80.0, 80.0, Better::higher), TargetStanding::on_target);
  EXPECT_EQ(standing_of(79.9, 80.0, Better::higher), TargetStanding::off_target);
  EXPECT_EQ(standing_of(std::nullopt, 80.0, Better::higher), TargetStanding::no_figure);
  EXPECT_EQ(standing_of(50.0, std::nullopt, Better::higher), TargetStanding::no_target);
  EXPECT_EQ(figure_text(3.456, "%"), "3.5%");
  EXPECT_EQ(figure_text(412.66, "per 100,000 children aged 10 to 17"), "412.7");
  EXPECT_EQ(figure_text(std::nullopt, "%"), "No figure");
}

}  // namespace
}  // namespace pathway::performance
