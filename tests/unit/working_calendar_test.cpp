// The working-day calendar: weekends without bank holidays (the arithmetic the old
// core/dates add_working_days did, kept), then the bank holidays of England and Wales from
// data/bank-holidays-england-and-wales.csv, forwards and backwards.
#include <gtest/gtest.h>

#include "deadlines/calendar.h"
#include "england_and_wales_calendar.h"

namespace pathway {
namespace {

using namespace std::chrono;
using deadlines::WorkingCalendar;

const WorkingCalendar calendar({});
using testing::england_and_wales;

// 2025-03-07 is a Friday.
TEST(AddWorkingDays, SkipsTheWeekend) {
  EXPECT_EQ(calendar.add_working_days(year{2025} / 3 / 7, 1), year{2025} / 3 / 10);
  EXPECT_EQ(calendar.add_working_days(year{2025} / 3 / 6, 1), year{2025} / 3 / 7);
  EXPECT_EQ(calendar.add_working_days(year{2025} / 3 / 6, 2), year{2025} / 3 / 10);
}

TEST(AddWorkingDays, CountsFromAWeekendAsFromTheFridayBefore) {
  EXPECT_EQ(calendar.add_working_days(year{2025} / 3 / 8, 1), year{2025} / 3 / 10);  // Saturday
  EXPECT_EQ(calendar.add_working_days(year{2025} / 3 / 9, 1), year{2025} / 3 / 10);  // Sunday
  EXPECT_EQ(calendar.add_working_days(year{2025} / 3 / 8, 5), year{2025} / 3 / 14);
}

TEST(AddWorkingDays, ZeroDaysIsTheSameDateEvenAtAWeekend) {
  EXPECT_EQ(calendar.add_working_days(year{2025} / 3 / 7, 0), year{2025} / 3 / 7);
  EXPECT_EQ(calendar.add_working_days(year{2025} / 3 / 8, 0), year{2025} / 3 / 8);
}

TEST(AddWorkingDays, CountsWholeWeeksAndAcrossMonthAndYearEnds) {
  EXPECT_EQ(calendar.add_working_days(year{2025} / 3 / 3, 5), year{2025} / 3 / 10);   // Monday + 5
  EXPECT_EQ(calendar.add_working_days(year{2025} / 3 / 5, 10), year{2025} / 3 / 19);  // Wednesday + 10
  EXPECT_EQ(calendar.add_working_days(year{2025} / 12 / 31, 3), year{2026} / 1 / 5);  // Wednesday + 3
  EXPECT_EQ(calendar.add_working_days(year{2025} / 3 / 7, 4), year{2025} / 3 / 13);   // Friday + 4
}

// Checks every start day and count against counting one day at a time.
TEST(AddWorkingDays, AgreesWithCountingDayByDay) {
  for (int start = 0; start < 7; ++start) {
    Date from = sys_days{year{2025} / 3 / 3} + days{start};
    for (int count = 0; count <= 25; ++count) {
      sys_days expected{from};
      for (int left = count; left > 0;) {
        expected += days{1};
        weekday d{expected};
        if (d != Saturday && d != Sunday) --left;
      }
      EXPECT_EQ(calendar.add_working_days(from, count), Date{expected}) << to_iso(from) << " + " << count;
    }
  }
}

TEST(WorkingCalendar, TheFileListsEveryYearFrom2015To2030WithTheOneOffDays) {
  auto holidays = testing::seeded_bank_holidays();
  ASSERT_EQ(holidays.size(), 131u);
  EXPECT_EQ(holidays.front().date, year{2015} / 1 / 1);
  EXPECT_EQ(holidays.back().date, year{2030} / 12 / 26);
  EXPECT_EQ(holidays[holidays.size() - 1].name, "Boxing Day");
}

TEST(WorkingCalendar, BankHolidaysAndWeekendsAreNotWorkingDays) {
  auto calendar = england_and_wales();
  EXPECT_FALSE(calendar.is_working_day(year{2026} / 12 / 25));  // Christmas, a Friday
  EXPECT_FALSE(calendar.is_working_day(year{2026} / 12 / 28));  // Boxing Day's substitute, a Monday
  EXPECT_FALSE(calendar.is_working_day(year{2026} / 12 / 26));  // a Saturday
  EXPECT_TRUE(calendar.is_working_day(year{2026} / 12 / 29));
  EXPECT_FALSE(calendar.is_working_day(year{2022} / 6 / 2));   // the spring bank holiday, moved
  EXPECT_FALSE(calendar.is_working_day(year{2022} / 6 / 3));   // the Platinum Jubilee
  EXPECT_TRUE(calendar.is_working_day(year{2022} / 5 / 30));   // where the spring holiday would have been
  EXPECT_FALSE(calendar.is_working_day(year{2022} / 9 / 19));  // the State Funeral
  EXPECT_FALSE(calendar.is_working_day(year{2023} / 5 / 8));   // the Coronation
}

TEST(WorkingCalendar, CountsBackwardsAcrossTheYearEnd) {
  auto calendar = england_and_wales();
  // Wednesday 5 January 2022: Monday 3rd is New Year's Day's substitute.
  EXPECT_EQ(calendar.add_working_days(year{2022} / 1 / 5, -1), year{2022} / 1 / 4);
  EXPECT_EQ(calendar.add_working_days(year{2022} / 1 / 5, -2), year{2021} / 12 / 31);
  EXPECT_EQ(calendar.add_working_days(year{2022} / 1 / 5, -3), year{2021} / 12 / 30);
  // From a Saturday, one working day back is the Friday.
  EXPECT_EQ(calendar.add_working_days(year{2026} / 12 / 26, -1), year{2026} / 12 / 24);
}

TEST(WorkingCalendar, ForwardsAndBackwardsMeetOnWorkingDays) {
  auto calendar = england_and_wales();
  for (sys_days day = sys_days{year{2026} / 12 / 1}; day < sys_days{year{2027} / 5 / 1}; day += days{1}) {
    Date date{day};
    if (!calendar.is_working_day(date)) continue;
    for (int count : {1, 5, 20}) {
      EXPECT_EQ(calendar.add_working_days(calendar.add_working_days(date, count), -count), date) << to_iso(date);
    }
  }
}

TEST(CalendarDays, CountBothWays) {
  EXPECT_EQ(deadlines::add_calendar_days(year{2026} / 12 / 23, 10), year{2027} / 1 / 2);
  EXPECT_EQ(deadlines::add_calendar_days(year{2024} / 3 / 1, -1), year{2024} / 2 / 29);
}

}  // namespace
}  // namespace pathway
