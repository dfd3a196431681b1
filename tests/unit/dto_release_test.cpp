#include "justice/dto_release.h"

#include <gtest/gtest.h>

namespace pathway::justice {
namespace {

Date day(const char* iso) { return *parse_iso_date(iso); }

DtoRelease release(const char* order_date, int months, const std::vector<RemandPeriod>& remands = {}) {
  auto result = dto_release(day(order_date), months, remands);
  EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().message);
  return result.value();
}

RemandPeriod custody(const char* from, const char* to) {
  return {{day(from), day(to), "remand_youth_detention"}, std::nullopt};
}

TEST(DtoRelease, TwelveMonthsMadeIn2021) {
  // 1 March 2021 to 28 February 2022: 365 days; half, rounded up, is 183; the 183rd day,
  // counting 1 March as the first, is 30 August 2021. The remand was taken into account
  // when the term was set, so nothing moves.
  auto order = release("2021-03-01", 12, {custody("2021-02-09", "2021-02-28")});
  EXPECT_EQ(order.term_days, 365);
  EXPECT_EQ(order.halfway_days, 183);
  EXPECT_EQ(order.halfway_date, day("2021-08-30"));
  EXPECT_EQ(order.credit.custody_days, 20);
  EXPECT_EQ(order.credit.days_credited, 0);
  EXPECT_EQ(order.release_date, day("2021-08-30"));
  EXPECT_EQ(order.early_release, (DateSpan{day("2021-07-30"), day("2021-08-29")}));
  EXPECT_EQ(order.late_release_dates, std::vector<Date>{day("2021-09-30")});
  EXPECT_EQ(order.order_end, day("2022-02-28"));
  EXPECT_EQ(order.community_supervision, (DateSpan{day("2021-08-30"), day("2022-02-28")}));
  // 6 months: 184 days to 31 August, the 92nd is 31 May; under 8 months, no windows.
  auto six = release("2021-03-01", 6);
  EXPECT_EQ(six.term_days, 184);
  EXPECT_EQ(six.release_date, day("2021-05-31"));
  EXPECT_FALSE(six.early_release);
  EXPECT_EQ(six.order_end, day("2021-08-31"));
}

TEST(DtoRelease, EighteenMonthsMadeTheDayBeforeTheChange) {
  // 27 June 2022 to 26 December 2023: 548 days, half 274, the 274th day 27 March 2023.
  auto order = release("2022-06-27", 18, {custody("2022-06-01", "2022-06-26")});
  EXPECT_EQ(order.term_days, 548);
  EXPECT_EQ(order.release_date, day("2023-03-27"));
  EXPECT_EQ(order.credit.days_credited, 0);
  EXPECT_EQ(order.early_release, (DateSpan{day("2023-01-27"), day("2023-03-26")}));
  EXPECT_EQ(order.late_release_dates, (std::vector<Date>{day("2023-04-27"), day("2023-05-27")}));
  EXPECT_EQ(order.order_end, day("2023-12-26"));
}

TEST(DtoRelease, TwelveMonthsMadeOnTheChangeWithRemandCredit) {
  // 28 June 2022 to 27 June 2023: 365 days, halfway 27 December 2022. 30 days in youth
  // detention and 30 days on tagged bail (credit 15): 45 days earlier, 12 November 2022;
  // the order ends 45 days earlier too.
  auto order = release("2022-06-28", 12,
                       {custody("2022-05-01", "2022-05-30"),
                        {{day("2022-04-01"), day("2022-04-30"), "conditional_bail"}, BailCurfew{12, true}}});
  EXPECT_EQ(order.halfway_date, day("2022-12-27"));
  EXPECT_EQ(order.credit.days_credited, 45);
  EXPECT_EQ(order.release_date, day("2022-11-12"));
  EXPECT_EQ(order.early_release, (DateSpan{day("2022-10-12"), day("2022-11-11")}));
  EXPECT_EQ(order.late_release_dates, std::vector<Date>{day("2022-12-12")});
  EXPECT_EQ(order.order_end, day("2023-05-13"));
  EXPECT_EQ(order.community_supervision, (DateSpan{day("2022-11-12"), day("2023-05-13")}));
}

TEST(DtoRelease, AnOddNumberOfMonthsAfterTheChange) {
  // 5 months from 28 June 2022: 153 days to 27 November; half is 76.5, rounded up 77: the
  // 77th day is 12 September 2022. Under 8 months: no early or late release.
  auto five = release("2022-06-28", 5);
  EXPECT_EQ(five.term_days, 153);
  EXPECT_EQ(five.halfway_days, 77);
  EXPECT_EQ(five.release_date, day("2022-09-12"));
  EXPECT_FALSE(five.early_release);
  EXPECT_TRUE(five.late_release_dates.empty());
  // 7 months from 31 January 2023 end on 30 August (31 August less a day): 212 days, the
  // 106th is 16 May.
  auto seven = release("2023-01-31", 7);
  EXPECT_EQ(seven.order_end, day("2023-08-30"));
  EXPECT_EQ(seven.term_days, 212);
  EXPECT_EQ(seven.release_date, day("2023-05-16"));
}

TEST(DtoRelease, LeapYearsCountTheirExtraDay) {
  auto order = release("2024-01-01", 12);
  EXPECT_EQ(order.term_days, 366);
  EXPECT_EQ(order.release_date, day("2024-07-01"));
  EXPECT_EQ(order.early_release, (DateSpan{day("2024-06-01"), day("2024-06-30")}));
  EXPECT_EQ(order.late_release_dates, std::vector<Date>{day("2024-08-01")});
  EXPECT_EQ(order.order_end, day("2024-12-31"));
}

TEST(DtoRelease, ReleaseWindowsByTermOnBothSidesOfEachBand) {
  // Under 8 months: neither window; 8 to 17: 1 month early, 1 late; 18 and over: 2 early,
  // 1 or 2 late.
  for (int months : {4, 7}) {
    auto order = release("2023-03-15", months);
    EXPECT_FALSE(order.early_release) << months;
    EXPECT_TRUE(order.late_release_dates.empty()) << months;
  }
  for (int months : {8, 17}) {
    auto order = release("2023-03-15", months);
    ASSERT_TRUE(order.early_release) << months;
    EXPECT_EQ(order.early_release->first, add_months(order.release_date, -1)) << months;
    EXPECT_EQ(order.late_release_dates, std::vector<Date>{add_months(order.release_date, 1)}) << months;
  }
  for (int months : {18, 24}) {
    auto order = release("2023-03-15", months);
    ASSERT_TRUE(order.early_release) << months;
    EXPECT_EQ(order.early_release->first, add_months(order.release_date, -2)) << months;
    EXPECT_EQ(order.late_release_dates,
              (std::vector<Date>{add_months(order.release_date, 1), add_months(order.release_date, 2)}))
        << months;
  }
}

TEST(DtoRelease, CreditNeverTakesReleaseBeforeTheOrder) {
  // 4 months from 1 March 2023: halfway 30 April (61st day). 70 days in custody: released
  // on the day of the order, with no window; the order still ends 70 days early.
  auto order = release("2023-03-01", 4, {custody("2022-12-21", "2023-02-28")});
  EXPECT_EQ(order.credit.days_credited, 70);
  EXPECT_EQ(order.release_date, day("2023-03-01"));
  EXPECT_TRUE(order.released_on_order_date);
  EXPECT_FALSE(order.early_release);
  EXPECT_TRUE(order.late_release_dates.empty());
  EXPECT_EQ(order.order_end, day("2023-04-21"));
  // With credit close to the halfway point, the early window starts no earlier than the order.
  // 8 months from 1 March 2023: halfway 1 July; 110 days in custody bring it to 13 March.
  auto near = release("2023-03-01", 8, {custody("2022-11-11", "2023-02-28")});
  EXPECT_EQ(near.credit.days_credited, 110);
  EXPECT_EQ(near.release_date, day("2023-03-13"));
  EXPECT_EQ(near.early_release, (DateSpan{day("2023-03-01"), day("2023-03-12")}));
  EXPECT_EQ(near.late_release_dates, std::vector<Date>{day("2023-04-13")});
  EXPECT_EQ(near.order_end, day("2023-07-13"));
}

TEST(DtoRelease, ATermTheLawDidNotAllowOnTheOrdersDateIsRefused) {
  auto old_five = dto_release(day("2021-06-01"), 5, {});
  ASSERT_FALSE(old_five.ok());
  EXPECT_NE(old_five.error().message.find("4, 6, 8, 10, 12, 18 or 24"), std::string::npos);
  EXPECT_FALSE(dto_release(day("2023-06-01"), 25, {}).ok());
  EXPECT_FALSE(dto_release(day("2023-06-01"), 3, {}).ok());
  EXPECT_TRUE(dto_release(day("2023-06-01"), 24, {}).ok());
  auto bad_remand = dto_release(day("2023-06-01"), 6, {custody("2023-05-10", "2023-05-01")});
  ASSERT_FALSE(bad_remand.ok());
  EXPECT_NE(bad_remand.error().message.find("Remand 1"), std::string::npos);
}

}  // namespace
}  // namespace pathway::justice
