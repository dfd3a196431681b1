#include "justice/rule_versions.h"

#include <gtest/gtest.h>

#include "justice/periods.h"

namespace pathway::justice {
namespace {

Date day(const char* iso) { return *parse_iso_date(iso); }

struct Limit {
  Date starts_on;
  int value;
};

TEST(RuleVersions, TheVersionInForceIsTheLastToStartOnOrBeforeTheDay) {
  std::vector<Limit> versions = {{since_records_began, 16}, {day("2022-06-28"), 20}};
  EXPECT_EQ(rule_in_force(versions, day("1990-01-01")).value, 16);
  EXPECT_EQ(rule_in_force(versions, day("2022-06-27")).value, 16);
  EXPECT_EQ(rule_in_force(versions, day("2022-06-28")).value, 20);
  EXPECT_EQ(rule_in_force(versions, day("2030-01-01")).value, 20);
  std::vector<Limit> late_start = {{day("2022-06-28"), 20}};
  EXPECT_THROW(rule_in_force(late_start, day("2022-06-27")), std::logic_error);
}

TEST(Periods, MonthsBeginningWithADayEndTheDayBeforeTheSameDateLater) {
  EXPECT_EQ(last_day_of_months(day("2024-01-01"), 3), day("2024-03-31"));
  EXPECT_EQ(last_day_of_months(day("2021-03-01"), 12), day("2022-02-28"));
  EXPECT_EQ(last_day_of_months(day("2023-01-31"), 1), day("2023-02-27"));  // 28 February less a day
  EXPECT_EQ(add_days(day("2024-02-28"), 1), day("2024-02-29"));
  EXPECT_EQ(add_days(day("2024-03-01"), -1), day("2024-02-29"));
}

TEST(Periods, ARunOfDaysCountsItsFirstAndLastDay) {
  EXPECT_EQ(days_counting_both_ends(day("2024-03-10"), day("2024-03-10")), 1);
  EXPECT_EQ(days_counting_both_ends(day("2024-03-10"), day("2024-03-11")), 2);
  EXPECT_EQ(days_counting_both_ends(day("2024-03-10"), day("2024-03-09")), 0);
  EXPECT_EQ(days_counting_both_ends(day("2024-01-01"), day("2024-12-31")), 366);
}

}  // namespace
}  // namespace pathway::justice
