#include "justice/remand_credit.h"

#include <gtest/gtest.h>

namespace pathway::justice {
namespace {

Date day(const char* iso) { return *parse_iso_date(iso); }

RemandPeriod custody(const char* from, const char* to) {
  return {{day(from), day(to), "remand_youth_detention"}, std::nullopt};
}
RemandPeriod local_authority(const char* from, const char* to) {
  return {{day(from), day(to), "remand_local_authority"}, std::nullopt};
}
RemandPeriod bail(const char* from, const char* to, int hours, bool tagged, const char* type = "conditional_bail") {
  return {{day(from), day(to), type}, BailCurfew{hours, tagged}};
}

RemandCredit credit(const char* order_date, const std::vector<RemandPeriod>& remands) {
  auto result = remand_credit(day(order_date), remands);
  EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().message);
  return result.value();
}

TEST(RemandCredit, AnOrderMadeBeforeTwentyEighthJune2022DeductsNothing) {
  // The court took the remand into account when it set the term (s. 239).
  auto before = credit("2022-06-27", {custody("2022-05-01", "2022-05-30"), bail("2022-04-01", "2022-04-30", 12, true)});
  EXPECT_EQ(before.custody_days, 30);
  EXPECT_EQ(before.qualifying_bail_days, 30);
  EXPECT_EQ(before.days_credited, 0);
  EXPECT_FALSE(before.rule->deducted);
}

TEST(RemandCredit, FromTwentyEighthJune2022CustodyCountsInFullAndTaggedBailByHalf) {
  auto on = credit("2022-06-28", {custody("2022-05-01", "2022-05-30"), bail("2022-04-01", "2022-04-30", 12, true)});
  EXPECT_EQ(on.custody_days, 30);
  EXPECT_EQ(on.qualifying_bail_days, 30);
  EXPECT_EQ(on.days_credited, 45);
  EXPECT_TRUE(on.rule->deducted);
}

TEST(RemandCredit, ARemandSpanningTheChangeFollowsTheOrdersDate) {
  // Remanded to youth detention from 1 June 2022: sentenced on 11 July, all 40 days count
  // (1 to 30 June and 1 to 10 July); sentenced on 27 June instead, none is deducted.
  EXPECT_EQ(credit("2022-07-11", {custody("2022-06-01", "2022-07-10")}).days_credited, 40);
  auto earlier = credit("2022-06-27", {custody("2022-06-01", "2022-06-26")});
  EXPECT_EQ(earlier.custody_days, 26);
  EXPECT_EQ(earlier.days_credited, 0);
}

TEST(RemandCredit, ARemandStartingAndEndingOnOneDayIsOneDay) {
  EXPECT_EQ(credit("2023-04-01", {custody("2023-03-10", "2023-03-10")}).days_credited, 1);
  EXPECT_EQ(credit("2023-04-01", {custody("2023-03-10", "2023-03-11")}).days_credited, 2);
}

TEST(RemandCredit, OnlyDaysBeforeTheOrderCount) {
  // Remanded until the day of sentence, or still remanded: the order runs from its own day.
  EXPECT_EQ(credit("2023-04-01", {custody("2023-03-25", "2023-04-01")}).days_credited, 7);
  EXPECT_EQ(
      credit("2023-04-01", {{{day("2023-03-25"), std::nullopt, "remand_youth_detention"}, std::nullopt}}).days_credited,
      7);
  EXPECT_EQ(credit("2023-04-01", {custody("2023-04-01", "2023-04-05")}).days_credited, 0);
}

TEST(RemandCredit, TaggedBailNeedsNineHoursAndATag) {
  EXPECT_EQ(credit("2023-04-01", {bail("2023-03-01", "2023-03-10", 9, true)}).days_credited, 5);
  EXPECT_EQ(credit("2023-04-01", {bail("2023-03-01", "2023-03-10", 8, true)}).days_credited, 0);
  EXPECT_EQ(credit("2023-04-01", {bail("2023-03-01", "2023-03-10", 9, false)}).days_credited, 0);
  EXPECT_EQ(
      credit("2023-04-01", {{{day("2023-03-01"), day("2023-03-10"), "conditional_bail"}, std::nullopt}}).days_credited,
      0);
  // Bail supervision and support and bail ISS count when they carry such a curfew.
  EXPECT_EQ(credit("2023-04-01", {bail("2023-03-01", "2023-03-10", 10, true, "bail_iss")}).days_credited, 5);
  EXPECT_EQ(
      credit("2023-04-01", {bail("2023-03-01", "2023-03-10", 10, true, "bail_supervision_and_support")}).days_credited,
      5);
}

TEST(RemandCredit, HalfOfAnOddNumberOfBailDaysIsRoundedUp) {
  auto odd = credit("2023-04-01", {bail("2023-03-01", "2023-03-05", 12, true)});
  EXPECT_EQ(odd.qualifying_bail_days, 5);
  EXPECT_EQ(odd.days_credited, 3);
  // Rounded once over all the bail, not per remand: 3 + 2 days is 5, credit 3.
  EXPECT_EQ(
      credit("2023-04-01", {bail("2023-03-01", "2023-03-03", 12, true), bail("2023-03-10", "2023-03-11", 12, true)})
          .days_credited,
      3);
}

TEST(RemandCredit, LocalAuthorityAccommodationDoesNotCount) {
  auto result = credit("2023-04-01", {local_authority("2023-03-01", "2023-03-20")});
  EXPECT_EQ(result.local_authority_days, 20);
  EXPECT_EQ(result.days_credited, 0);
}

TEST(RemandCredit, ADayCountsOnceAndAsCustodyWhenAnyRemandThatDayIsCustody) {
  // Tagged bail 1 to 10 March, remanded in custody on the 10th (the bail's last day) to
  // the 20th; the 10th is a custody day, not also a bail day.
  auto result = credit("2023-04-01", {bail("2023-03-01", "2023-03-10", 12, true), custody("2023-03-10", "2023-03-20")});
  EXPECT_EQ(result.custody_days, 11);
  EXPECT_EQ(result.qualifying_bail_days, 9);
  EXPECT_EQ(result.days_credited, 11 + 5);
  // Two custody remands recorded over the same days count those days once.
  EXPECT_EQ(
      credit("2023-04-01", {custody("2023-03-01", "2023-03-10"), custody("2023-03-05", "2023-03-12")}).days_credited,
      12);
}

TEST(RemandCredit, ImpossibleRemandsAreRefusedWithTheReason) {
  auto check = [](const RemandPeriod& period, const char* words) {
    auto result = remand_credit(day("2023-04-01"), {period});
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ErrorKind::invalid);
    EXPECT_NE(result.error().message.find(words), std::string::npos) << result.error().message;
    EXPECT_NE(result.error().message.find("Remand 1"), std::string::npos);
  };
  check(custody("2023-03-10", "2023-03-09"), "end is before its start");
  check({{day("2023-03-01"), day("2023-03-02"), "house_arrest"}, std::nullopt}, "not one of the remand types");
  check({{day("2023-03-01"), day("2023-03-02"), "remand_youth_detention"}, BailCurfew{12, true}},
        "condition of conditional bail");
  check(bail("2023-03-01", "2023-03-02", 12, true, "unconditional_bail"), "condition of conditional bail");
  check(bail("2023-03-01", "2023-03-02", 0, true), "1 to 24");
  check(bail("2023-03-01", "2023-03-02", 25, true), "1 to 24");
  EXPECT_TRUE(remand_credit(day("2023-04-01"), {bail("2023-03-01", "2023-03-02", 24, true)}).ok());
}

}  // namespace
}  // namespace pathway::justice
