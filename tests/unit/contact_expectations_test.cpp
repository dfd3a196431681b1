// The contact expectation rule: contacts in each rolling period against the number the
// intensity asks for, not judged until a whole period has passed since it began; and
// the defaults of each intensity.
#include <gtest/gtest.h>

#include "practice/contacts/contact_expectations.h"

namespace pathway {
namespace {

using std::chrono::day;
using std::chrono::month;
using std::chrono::year;

Date on(int y, unsigned m, unsigned d) { return Date{year{y}, month{m}, day{d}}; }

TEST(ContactExpectations, DefaultsRiseWithIntensity) {
  using allocation::Intensity;
  EXPECT_EQ(practice::default_contact_expectation(Intensity::standard), (practice::ContactExpectation{2, 28}));
  EXPECT_EQ(practice::default_contact_expectation(Intensity::enhanced), (practice::ContactExpectation{1, 7}));
  EXPECT_EQ(practice::default_contact_expectation(Intensity::intensive), (practice::ContactExpectation{2, 7}));
}

TEST(ContactExpectations, CountsTheContactsInThePeriodEndingEachDay) {
  practice::ContactExpectation twice_a_week{2, 7};
  std::vector<Date> seen = {on(2026, 3, 2), on(2026, 3, 5), on(2026, 3, 12)};
  auto days = practice::planned_against_seen(twice_a_week, seen, on(2026, 2, 1), on(2026, 3, 8), on(2026, 3, 12));
  ASSERT_EQ(days.size(), 5u);
  EXPECT_EQ(days[0].day, on(2026, 3, 8));
  EXPECT_EQ(days[0].seen, 2);  // 2 and 5 March are within 2-8 March
  EXPECT_FALSE(days[0].short_of_plan());
  EXPECT_EQ(days[1].seen, 1);  // 3-9 March: only the 5th
  EXPECT_TRUE(days[1].short_of_plan());
  EXPECT_EQ(days[4].seen, 1);  // 6-12 March: the 12th; the 5th has gone
  EXPECT_TRUE(days[4].short_of_plan());
  EXPECT_EQ(days[4].day, on(2026, 3, 12));
}

TEST(ContactExpectations, APeriodReachingBackBeforeTheStartIsNotJudged) {
  practice::ContactExpectation weekly{1, 7};
  // Allocated on 10 March: the first period judged ends on 16 March.
  auto days = practice::planned_against_seen(weekly, {}, on(2026, 3, 10), on(2026, 3, 10), on(2026, 3, 17));
  ASSERT_EQ(days.size(), 2u);
  EXPECT_EQ(days[0].day, on(2026, 3, 16));
  EXPECT_TRUE(days[0].short_of_plan());
  EXPECT_TRUE(practice::seen_as_planned(weekly, {}, on(2026, 3, 10), on(2026, 3, 15)));
  EXPECT_FALSE(practice::seen_as_planned(weekly, {}, on(2026, 3, 10), on(2026, 3, 16)));
}

TEST(ContactExpectations, PeriodsCrossMonthAndYearEnds) {
  practice::ContactExpectation fortnightly{2, 28};
  std::vector<Date> seen = {on(2026, 12, 10), on(2027, 1, 2)};
  EXPECT_TRUE(practice::seen_as_planned(fortnightly, seen, on(2026, 1, 1), on(2027, 1, 6)));
  // 28 days ending 8 January 2027 begin 12 December: the 10th has gone.
  EXPECT_FALSE(practice::seen_as_planned(fortnightly, seen, on(2026, 1, 1), on(2027, 1, 8)));
}

}  // namespace
}  // namespace pathway
