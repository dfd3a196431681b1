#include "core/dates.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace pathway {
namespace {

using namespace std::chrono;

TEST(ParseIsoDate, ReadsARealDate) {
  EXPECT_EQ(parse_iso_date("2025-03-03"), year{2025} / 3 / 3);
  EXPECT_EQ(parse_iso_date("1900-01-01"), year{1900} / 1 / 1);
  EXPECT_EQ(parse_iso_date("2999-12-31"), year{2999} / 12 / 31);
}

TEST(ParseIsoDate, KnowsWhichYearsHaveA29February) {
  EXPECT_EQ(parse_iso_date("2024-02-29"), year{2024} / 2 / 29);
  EXPECT_EQ(parse_iso_date("2000-02-29"), year{2000} / 2 / 29);
  EXPECT_FALSE(parse_iso_date("2023-02-29"));
  EXPECT_FALSE(parse_iso_date("1900-02-29"));  // divisible by 100, not by 400
}

TEST(ParseIsoDate, RefusesDaysAndMonthsThatDoNotExist) {
  EXPECT_FALSE(parse_iso_date("2025-04-31"));
  EXPECT_FALSE(parse_iso_date("2025-13-01"));
  EXPECT_FALSE(parse_iso_date("2025-00-10"));
  EXPECT_FALSE(parse_iso_date("2025-01-00"));
}

TEST(ParseIsoDate, RefusesYearsOutsideTheRange) {
  EXPECT_FALSE(parse_iso_date("1899-12-31"));
  EXPECT_FALSE(parse_iso_date("3000-01-01"));
  EXPECT_FALSE(parse_iso_date("0000-01-01"));
}

TEST(ParseIsoDate, RefusesAnyOtherFormat) {
  for (std::string_view text :
       {"", "2025-3-3", "2025-03-3", "25-03-03", "03/03/2025", "2025/03/03", "2025-03-03 ",
        " 2025-03-03", "2025-03-03T00:00:00Z", "20250303", "2025-0a-03", "+025-03-03", "2025--3-03",
        "2025-03-+3", "２０２５-03-03"}) {
    EXPECT_FALSE(parse_iso_date(text)) << text;
  }
}

TEST(DateFromParts, BuildsADateFromTheThreeBoxes) {
  EXPECT_EQ(date_from_parts("27", "3", "2011"), year{2011} / 3 / 27);
  EXPECT_EQ(date_from_parts("07", "03", "2011"), year{2011} / 3 / 7);
}

TEST(DateFromParts, UnderstandsMonthNamesAndTheirFirstThreeLetters) {
  EXPECT_EQ(date_from_parts("27", "March", "2011"), year{2011} / 3 / 27);
  EXPECT_EQ(date_from_parts("27", "mar", "2011"), year{2011} / 3 / 27);
  EXPECT_EQ(date_from_parts("27", " MAR ", "2011"), year{2011} / 3 / 27);
  EXPECT_EQ(date_from_parts("1", "Sept", "2011"), year{2011} / 9 / 1);
  EXPECT_EQ(date_from_parts("1", "sep", "2011"), year{2011} / 9 / 1);
  EXPECT_EQ(date_from_parts("31", "december", "2010"), year{2010} / 12 / 31);
  EXPECT_FALSE(date_from_parts("31", "Feb", "2011"));
}

TEST(ParseTypedDate, ReadsTheWaysPeopleWriteADate) {
  for (std::string_view text : {"27/3/2011", "27/03/2011", "27-3-2011", "27.3.2011", "27 3 2011", "27 March 2011",
                                "27 mar 2011", " 27  MARCH  2011 ", "2011-03-27", "27/Mar/2011"}) {
    EXPECT_EQ(parse_typed_date(text), year{2011} / 3 / 27) << text;
  }
}

TEST(ParseTypedDate, RefusesWhatIsNotOneRealDate) {
  for (std::string_view text : {"", "2011", "27/3", "27/3/11", "31/4/2011", "27//3/2011", "27/3/2011/1", "Zoe O'Brien",
                                "mar 27 2011", "27 Marc 2011", "/27/3/2011", "27/3/2011/"}) {
    EXPECT_FALSE(parse_typed_date(text)) << text;
  }
}

TEST(MistypedDates, SwapsDayAndMonthAndNeighbouringDigits) {
  auto slips = mistyped_dates(year{2011} / 3 / 12);
  auto has = [&](Date date) { return std::ranges::find(slips, date) != slips.end(); };
  EXPECT_TRUE(has(year{2011} / 12 / 3));   // day and month swapped
  EXPECT_TRUE(has(year{2011} / 3 / 21));   // 12 typed 21
  EXPECT_TRUE(has(year{2101} / 3 / 12));   // 2011 typed 2101
  EXPECT_FALSE(has(year{2011} / 3 / 12));  // never the date itself
  for (Date date : slips) EXPECT_TRUE(date.ok());
  EXPECT_TRUE(mistyped_dates(year{2011} / 11 / 11).size() < slips.size());
}

TEST(DateFromParts, AllowsSpacesAroundEachPart) {
  EXPECT_EQ(date_from_parts(" 1 ", "\t12", "2010 "), year{2010} / 12 / 1);
}

TEST(DateFromParts, RefusesPartsThatAreNotWholeNumbers) {
  EXPECT_FALSE(date_from_parts("one", "3", "2011"));
  EXPECT_FALSE(date_from_parts("1", "Marc", "2011"));
  EXPECT_FALSE(date_from_parts("1", "Ma", "2011"));
  EXPECT_FALSE(date_from_parts("1", "Mars", "2011"));
  EXPECT_FALSE(date_from_parts("1.5", "3", "2011"));
  EXPECT_FALSE(date_from_parts("-1", "3", "2011"));
  EXPECT_FALSE(date_from_parts("+1", "3", "2011"));
  EXPECT_FALSE(date_from_parts("1 2", "3", "2011"));
  EXPECT_FALSE(date_from_parts("", "3", "2011"));
  EXPECT_FALSE(date_from_parts("1", "3", "20l1"));
}

TEST(DateFromParts, RequiresAFourDigitYear) {
  EXPECT_FALSE(date_from_parts("1", "3", "11"));
  EXPECT_FALSE(date_from_parts("1", "3", "011"));
  EXPECT_FALSE(date_from_parts("1", "3", "02011"));
}

TEST(DateFromParts, RefusesDatesThatDoNotExist) {
  EXPECT_FALSE(date_from_parts("31", "4", "2011"));
  EXPECT_FALSE(date_from_parts("29", "2", "2011"));
  EXPECT_EQ(date_from_parts("29", "2", "2012"), year{2012} / 2 / 29);
  EXPECT_FALSE(date_from_parts("0", "1", "2011"));
  EXPECT_FALSE(date_from_parts("1", "13", "2011"));
  EXPECT_FALSE(date_from_parts("99999999999", "1", "2011"));
}

TEST(DateFormats, WritesIsoWithPadding) {
  EXPECT_EQ(to_iso(year{2025} / 3 / 3), "2025-03-03");
  EXPECT_EQ(to_iso(year{2011} / 11 / 27), "2011-11-27");
}

TEST(DateFormats, DisplaysInGovUkStyle) {
  EXPECT_EQ(to_display(year{2025} / 3 / 3), "3 March 2025");
  EXPECT_EQ(to_display(year{2024} / 12 / 31), "31 December 2024");
  EXPECT_EQ(to_display(year{2010} / 1 / 1), "1 January 2010");
}

TEST(DateFormats, IsoRoundTripsThroughParse) {
  Date date = year{2011} / 2 / 28;
  EXPECT_EQ(parse_iso_date(to_iso(date)), date);
}

TEST(AgeOn, TurnsOlderOnTheBirthday) {
  Date born = year{2010} / 6 / 15;
  EXPECT_EQ(age_on(born, year{2020} / 6 / 14), 9);
  EXPECT_EQ(age_on(born, year{2020} / 6 / 15), 10);
  EXPECT_EQ(age_on(born, year{2020} / 6 / 16), 10);
}

TEST(AgeOn, CountsTheMonthAsWellAsTheDay) {
  Date born = year{2010} / 6 / 15;
  EXPECT_EQ(age_on(born, year{2020} / 5 / 30), 9);
  EXPECT_EQ(age_on(born, year{2020} / 7 / 1), 10);
}

// The youth justice age boundaries: criminal responsibility at 10, adult at 18.
TEST(AgeOn, FindsTheTenthAndEighteenthBirthdays) {
  Date born = year{2008} / 3 / 1;
  EXPECT_EQ(age_on(born, year{2018} / 2 / 28), 9);
  EXPECT_EQ(age_on(born, year{2018} / 3 / 1), 10);
  EXPECT_EQ(age_on(born, year{2026} / 2 / 28), 17);
  EXPECT_EQ(age_on(born, year{2026} / 3 / 1), 18);
}

TEST(AgeOn, ChildBornOn29FebruaryTurnsOlderOn1MarchInOtherYears) {
  Date born = year{2012} / 2 / 29;
  EXPECT_EQ(age_on(born, year{2022} / 2 / 28), 9);
  EXPECT_EQ(age_on(born, year{2022} / 3 / 1), 10);
  EXPECT_EQ(age_on(born, year{2030} / 2 / 28), 17);
  EXPECT_EQ(age_on(born, year{2030} / 3 / 1), 18);
}

TEST(AgeOn, ChildBornOn29FebruaryTurnsOlderOn29FebruaryInLeapYears) {
  Date born = year{2012} / 2 / 29;
  EXPECT_EQ(age_on(born, year{2024} / 2 / 28), 11);
  EXPECT_EQ(age_on(born, year{2024} / 2 / 29), 12);
}

TEST(AgeOn, IsZeroOnTheDayOfBirth) {
  Date born = year{2025} / 1 / 1;
  EXPECT_EQ(age_on(born, born), 0);
  EXPECT_EQ(age_on(born, year{2025} / 12 / 31), 0);
}

TEST(AgeOn, IsNegativeBeforeBirth) {
  Date born = year{2025} / 6 / 15;
  EXPECT_LT(age_on(born, year{2025} / 6 / 14), 0);
  EXPECT_LT(age_on(born, year{2024} / 12 / 31), 0);
}

TEST(AddMonths, KeepsTheDayWhenTheMonthHasIt) {
  EXPECT_EQ(add_months(year{2025} / 1 / 15, 1), year{2025} / 2 / 15);
  EXPECT_EQ(add_months(year{2025} / 1 / 31, 2), year{2025} / 3 / 31);
  EXPECT_EQ(add_months(year{2025} / 5 / 20, 0), year{2025} / 5 / 20);
}

TEST(AddMonths, UsesTheLastDayOfAShorterMonth) {
  EXPECT_EQ(add_months(year{2025} / 1 / 31, 1), year{2025} / 2 / 28);
  EXPECT_EQ(add_months(year{2024} / 1 / 31, 1), year{2024} / 2 / 29);
  EXPECT_EQ(add_months(year{2025} / 3 / 31, 1), year{2025} / 4 / 30);
  EXPECT_EQ(add_months(year{2024} / 2 / 29, 12), year{2025} / 2 / 28);
}

TEST(AddMonths, GoesBackwardsForNegativeMonths) {
  EXPECT_EQ(add_months(year{2025} / 3 / 31, -1), year{2025} / 2 / 28);
  EXPECT_EQ(add_months(year{2025} / 3 / 15, -3), year{2024} / 12 / 15);
  EXPECT_EQ(add_months(year{2025} / 1 / 10, -13), year{2023} / 12 / 10);
}

TEST(AddMonths, RollsOverTheYear) {
  EXPECT_EQ(add_months(year{2025} / 11 / 30, 3), year{2026} / 2 / 28);
  EXPECT_EQ(add_months(year{2025} / 12 / 1, 1), year{2026} / 1 / 1);
  EXPECT_EQ(add_months(year{2025} / 6 / 1, 24), year{2027} / 6 / 1);
}

TEST(TodayUtc, IsARealDate) { EXPECT_TRUE(today_utc().ok()); }

constexpr std::int64_t unix_time(Date date, int hour, int minute, int second) {
  return (sys_days{date}.time_since_epoch() + hours{hour} + minutes{minute} + seconds{second}) /
         seconds{1};
}

TEST(UkLocalDisplay, ShowsGmtInWinter) {
  EXPECT_EQ(to_uk_local_display(unix_time(year{2026} / 11 / 22, 14, 5, 9)),
            "22 November 2026, 14:05");
  EXPECT_EQ(to_uk_local_display(unix_time(year{2026} / 1 / 1, 0, 0, 0)), "1 January 2026, 00:00");
}

TEST(UkLocalDisplay, ShowsBstInSummerIncludingTheDayItChanges) {
  EXPECT_EQ(to_uk_local_display(unix_time(year{2026} / 7 / 1, 12, 30, 0)), "1 July 2026, 13:30");
  EXPECT_EQ(to_uk_local_display(unix_time(year{2026} / 6 / 30, 23, 30, 0)), "1 July 2026, 00:30");
}

// In 2026 the clocks go forward on Sunday 29 March and back on Sunday 25 October.
TEST(UkLocalDisplay, ClocksGoForwardAt0100UtcOnTheLastSundayOfMarch) {
  EXPECT_EQ(to_uk_local_display(unix_time(year{2026} / 3 / 29, 0, 59, 59)), "29 March 2026, 00:59");
  EXPECT_EQ(to_uk_local_display(unix_time(year{2026} / 3 / 29, 1, 0, 0)), "29 March 2026, 02:00");
  EXPECT_EQ(to_uk_local_display(unix_time(year{2026} / 3 / 22, 12, 0, 0)), "22 March 2026, 12:00");
}

TEST(UkLocalDisplay, ClocksGoBackAt0100UtcOnTheLastSundayOfOctober) {
  EXPECT_EQ(to_uk_local_display(unix_time(year{2026} / 10 / 25, 0, 59, 59)),
            "25 October 2026, 01:59");
  EXPECT_EQ(to_uk_local_display(unix_time(year{2026} / 10 / 25, 1, 0, 0)),
            "25 October 2026, 01:00");
  EXPECT_EQ(to_uk_local_display(unix_time(year{2026} / 10 / 31, 12, 0, 0)),
            "31 October 2026, 12:00");
  EXPECT_EQ(to_uk_local_display(unix_time(year{2026} / 10 / 24, 12, 0, 0)),
            "24 October 2026, 13:00");
}

TEST(UkLocalDisplay, FindsTheLastSundayInOtherYears) {
  // 2025: 30 March and 26 October.
  EXPECT_EQ(to_uk_local_display(unix_time(year{2025} / 3 / 30, 1, 0, 0)), "30 March 2025, 02:00");
  EXPECT_EQ(to_uk_local_display(unix_time(year{2025} / 3 / 29, 23, 0, 0)), "29 March 2025, 23:00");
  EXPECT_EQ(to_uk_local_display(unix_time(year{2025} / 10 / 26, 0, 30, 0)),
            "26 October 2025, 01:30");
  EXPECT_EQ(to_uk_local_display(unix_time(year{2025} / 10 / 26, 1, 30, 0)),
            "26 October 2025, 01:30");
}

TEST(IsoInstant, WritesUtcWithSeconds) {
  EXPECT_EQ(to_iso_instant(unix_time(year{2026} / 11 / 22, 14, 5, 9)), "2026-11-22T14:05:09Z");
  EXPECT_EQ(to_iso_instant(0), "1970-01-01T00:00:00Z");
  EXPECT_EQ(to_iso_instant(unix_time(year{2026} / 7 / 1, 23, 59, 59)), "2026-07-01T23:59:59Z");
}

TEST(IsoInstant, HandlesInstantsBefore1970) {
  EXPECT_EQ(to_iso_instant(-1), "1969-12-31T23:59:59Z");
}

TEST(Dates, ParsesIsoInstantsBackToTheSameSecond) {
  EXPECT_EQ(parse_iso_instant("1970-01-01T00:00:00Z"), 0);
  EXPECT_EQ(parse_iso_instant(to_iso_instant(1795358709)), 1795358709);
  EXPECT_EQ(parse_iso_instant("2026-02-29T10:00:00Z"), std::nullopt);
  EXPECT_EQ(parse_iso_instant("2026-11-22T24:00:00Z"), std::nullopt);
  EXPECT_EQ(parse_iso_instant("2026-11-22 14:05:09Z"), std::nullopt);
  EXPECT_EQ(parse_iso_instant("2026-11-22T14:05:09"), std::nullopt);
}

// In 2026 the clocks go forward on Sunday 29 March and back on Sunday 25 October.
TEST(UkLocalDayStart, IsMidnightGmtInWinterAnd2300UtcTheDayBeforeInSummer) {
  EXPECT_EQ(uk_local_day_start(year{2026} / 1 / 15), unix_time(year{2026} / 1 / 15, 0, 0, 0));
  EXPECT_EQ(uk_local_day_start(year{2026} / 7 / 1), unix_time(year{2026} / 6 / 30, 23, 0, 0));
  // The clocks change at 01:00 UTC, after midnight on both days.
  EXPECT_EQ(uk_local_day_start(year{2026} / 3 / 29), unix_time(year{2026} / 3 / 29, 0, 0, 0));
  EXPECT_EQ(uk_local_day_start(year{2026} / 3 / 30), unix_time(year{2026} / 3 / 29, 23, 0, 0));
  EXPECT_EQ(uk_local_day_start(year{2026} / 10 / 25), unix_time(year{2026} / 10 / 24, 23, 0, 0));
  EXPECT_EQ(uk_local_day_start(year{2026} / 10 / 26), unix_time(year{2026} / 10 / 26, 0, 0, 0));
}

}  // namespace
}  // namespace pathway
